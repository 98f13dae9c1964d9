using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Documents.Text;

/// <summary>
/// Recognises a table by its printed title in any set of a library: the title or one of its aliases, once numbering
/// (表1、附表1-2、1.), a leading unit name and a trailing unit note (（单位：万元）) are removed.
/// </summary>
internal sealed class TitleMatcher
{
    private readonly List<(string Key, TableSet Set, TableTemplate Table)> _titles = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TableSetLibrary, TitleMatcher> ByLibrary = new();

    /// <summary>The titles of every set of <paramref name="sets"/>, built once per library for every reader.</summary>
    public static TitleMatcher For(TableSetLibrary sets) => ByLibrary.GetValue(sets, s => new TitleMatcher(s.Sets));

    public TitleMatcher(IEnumerable<TableSet> sets)
    {
        foreach (var set in sets)
        foreach (var t in set.Tables)
        foreach (var title in t.TitleAliases.Prepend(t.Title))
            _titles.Add((Names.Normalize(title), set, t));
        // longest first, so that 一般公共预算财政拨款基本支出表 wins over 一般公共预算财政拨款支出表
        _titles.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
    }

    /// <summary>All (set, table) pairs whose title the cell is.</summary>
    public List<(TableSet Set, TableTemplate Table)> Match(string cell)
    {
        var result = new List<(TableSet, TableTemplate)>();
        if (cell.Length is < 4 or > 80) return result;
        // Cheap rejection before normalising: a title ends with 表, a bracketed remark, or a unit note (单位：万元).
        var trimmed = cell.AsSpan().TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is not ('表' or ')' or '）' or '元' or ':' or '：' or '。' or '】')) return result;
        var n = Clean(Names.Normalize(cell));
        if (n.Length < 4) return result;
        int best = -1;
        foreach (var (key, set, table) in _titles)
        {
            if (best > key.Length) break;
            if (n == key || (n.EndsWith(key, StringComparison.Ordinal) && IsPrefixNoise(n[..^key.Length])))
            {
                best = key.Length;
                if (!result.Any(r => r.Item1 == set)) result.Add((set, table));
            }
        }
        return result;
    }

    private static string Clean(string n)
    {
        // trailing unit notes and bracketed remarks: (单位:万元), (不含上年结转) is part of some titles, keep it
        foreach (var suffix in new[] { "(单位:万元)", "(单位:元)", "单位:万元", "单位:元", "(万元)", "(元)" })
            if (n.EndsWith(suffix, StringComparison.Ordinal)) n = n[..^suffix.Length];
        n = n.TrimEnd(':', '。');
        // leading 表1 / 附表1-2 / 附件1
        int i = 0;
        if (n.StartsWith("附表", StringComparison.Ordinal) || n.StartsWith("附件", StringComparison.Ordinal)) i = 2;
        else if (n.StartsWith('表')) i = 1;
        if (i > 0)
        {
            int j = i;
            while (j < n.Length && (char.IsAsciiDigit(n[j]) || n[j] is '-' or '.' || Names.IsChineseNumeral(n[j]))) j++;
            if (j > i) n = n[j..].TrimStart(':', '、', '.', ' ');
        }
        return n;
    }

    // What may precede a title: a unit name (…局 / …中心 / …本级), a year (2021年), or nothing.
    private static bool IsPrefixNoise(string prefix)
    {
        if (prefix.Length == 0) return true;
        if (prefix.Length > 40) return false;
        if (prefix.EndsWith("年", StringComparison.Ordinal) || prefix.EndsWith("年度", StringComparison.Ordinal)) return true;
        foreach (var end in new[] { "局", "中心", "本级", "单位", "部门", "委员会", "办公室", "所", "站", "院", "队", "厅", "委" })
            if (prefix.EndsWith(end, StringComparison.Ordinal)) return true;
        return false;
    }
}
