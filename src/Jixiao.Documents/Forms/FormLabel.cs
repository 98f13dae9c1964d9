using System.Text;
using Jixiao.Text;

namespace Jixiao.Documents.Forms;

/// <summary>
/// A printed label and its aliases. A cell matches when its key equals the key of one of them: the key is the text
/// normalised (full-width to half-width, spaces inside words dropped, traditional characters simplified, list numbering
/// and 其中： dropped, <see cref="Names.Normalize"/>) without colons and without a gloss in brackets at its end
/// (项目资金（万元） → 项目资金), so that the extraction's variations of one label read as the label.
/// </summary>
internal sealed class FormLabel
{
    private readonly string[] _keys, _exact;

    public FormLabel(string text, IReadOnlyList<string> aliases)
    {
        Text = text;
        Aliases = aliases;
        _keys = [.. new[] { text }.Concat(aliases).Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];
        _exact = [.. new[] { text }.Concat(aliases).Select(ExactKey).Distinct(StringComparer.Ordinal)];
        Name = Key(text) is { Length: > 0 } key ? key : text;
    }

    /// <summary>The label without its colon and its gloss (项目资金情况（万元） → 项目资金情况; 综合得分： → 综合得分), for messages.</summary>
    public string Name { get; }

    /// <summary>
    /// True when the cell is this label with its gloss too: two headings that differ only by their gloss
    /// (绩效指标（二级） | 绩效指标（三级）) are told apart by it.
    /// </summary>
    public bool MatchesExactly(string? cell) => cell is not null && Array.IndexOf(_exact, ExactKey(cell)) >= 0;

    private static string ExactKey(string cell) => Names.Normalize(cell).Replace(":", "", StringComparison.Ordinal);

    /// <summary>The label as printed by Jixiao.</summary>
    public string Text { get; }

    /// <summary>Other printings of the same label (another province's, an older form's).</summary>
    public IReadOnlyList<string> Aliases { get; }

    public bool Matches(string? cell) => cell is not null && Array.IndexOf(_keys, Key(cell)) >= 0;

    /// <summary>True when <paramref name="key"/> (already a <see cref="Key"/>) is this label's.</summary>
    public bool MatchesKey(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <summary>The comparable form of a printed label.</summary>
    public static string Key(string cell)
    {
        var s = Names.Normalize(cell);
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) if (c != ':') sb.Append(c);
        // a gloss at the end: 项目资金(万元), 绩效指标(二级)
        while (sb.Length > 2 && sb[^1] == ')')
        {
            int open = sb.ToString().LastIndexOf('(');
            if (open <= 0) break;
            sb.Length = open;
        }
        return sb.ToString();
    }

    public override string ToString() => Text;
}
