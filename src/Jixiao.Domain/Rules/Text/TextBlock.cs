using Jixiao.Disclosures;

namespace Jixiao.Rules.Text;

/// <summary>A paragraph of the explanations with its place in its section (1-based) and its statements read.</summary>
internal sealed record TextBlock(TextParagraph Paragraph, int Ordinal, IReadOnlyList<ParsedStatement> Statements, string? SectionContext)
{
    /// <summary>The subject of a finding: the section heading as printed.</summary>
    public string Subject => SubjectOf(Paragraph.Section);

    /// <summary>The location of a finding: 第2段.</summary>
    public string Location => $"第{Ordinal}段";

    public static string SubjectOf(string section) => section.Length > 0 ? $"说明“{section.Trim()}”" : "说明文字";

    /// <summary>The paragraphs of a disclosure with their place in their section (1-based).</summary>
    public static IEnumerable<(TextParagraph Paragraph, int Ordinal)> Number(IEnumerable<TextParagraph> paragraphs)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in paragraphs)
        {
            ordinals[p.Section] = ordinals.TryGetValue(p.Section, out var n) ? n + 1 : 1;
            yield return (p, ordinals[p.Section]);
        }
    }
}
