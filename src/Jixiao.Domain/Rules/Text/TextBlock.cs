using Jixiao.Disclosures;

namespace Jixiao.Rules.Text;

/// <summary>A paragraph of the explanations with its place in its section (1-based) and its statements read.</summary>
internal sealed record TextBlock(TextParagraph Paragraph, int Ordinal, IReadOnlyList<ParsedStatement> Statements, string? SectionContext)
{
    /// <summary>The subject of a finding: the section heading as printed.</summary>
    public string Subject => Paragraph.Section.Length > 0 ? $"说明“{Paragraph.Section.Trim()}”" : "说明文字";

    /// <summary>The location of a finding: 第2段.</summary>
    public string Location => $"第{Ordinal}段";
}
