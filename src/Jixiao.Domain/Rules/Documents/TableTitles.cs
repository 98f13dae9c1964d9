using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Rules.Documents;

/// <summary>
/// Finds the table of a set that a printed title names (a contents entry such as <c>5.一般公共预算支出预算表（不含上年结转）</c>
/// or <c>表3 预算支出总表</c>): after normalising and removing a leading 表N / 附表N, the title or one of its aliases,
/// possibly after a unit name or year; the longest match wins.
/// </summary>
internal static class TableTitles
{
    public static TableTemplate? Match(TableSet set, string printed)
    {
        var n = Strip(Names.Normalize(printed));
        if (n.Length < 4) return null;
        TableTemplate? best = null;
        int bestLength = 0;
        foreach (var t in set.Tables)
        foreach (var title in t.TitleAliases.Prepend(t.Title))
        {
            var key = Names.Normalize(title);
            if (key.Length <= bestLength) continue;
            if (n == key || (n.EndsWith(key, StringComparison.Ordinal) && n.Length - key.Length <= 40)) { best = t; bestLength = key.Length; }
        }
        return best;
    }

    private static string Strip(string n)
    {
        foreach (var suffix in new[] { "(单位:万元)", "(单位:元)" })
            if (n.EndsWith(suffix, StringComparison.Ordinal)) n = n[..^suffix.Length];
        // trailing page numbers of a contents line: “……12”
        n = n.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '…', '·');
        int i = n.StartsWith("附表", StringComparison.Ordinal) ? 2 : n.StartsWith('表') ? 1 : 0;
        if (i > 0)
        {
            int j = i;
            while (j < n.Length && (char.IsAsciiDigit(n[j]) || n[j] is '-' or '.')) j++;
            if (j > i) n = n[j..].TrimStart(':', '、', '.');
        }
        return n;
    }
}
