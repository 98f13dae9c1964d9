namespace Jixiao.Rules.Text;

/// <summary>
/// One statement of a paragraph (text up to 。, ！, ？ or a line end) with what it states: amounts, lists of parts under
/// a total, shares, changes. Offsets are those of the paragraph.
/// </summary>
public sealed record ParsedStatement(
    string Paragraph,
    int Start,
    int End,
    IReadOnlyList<StatedAmount> Amounts,
    IReadOnlyList<StatedList> Lists,
    IReadOnlyList<StatedShare> Shares,
    IReadOnlyList<StatedChange> Changes)
{
    public string Text => Paragraph[Start..End];

    /// <summary>An excerpt of the statement around <paramref name="at"/> (at most about 40 characters).</summary>
    public string Excerpt(int at, int end) => TextExcerpt.Around(Paragraph, Math.Max(Start, at), Math.Min(End, end), Start, End);
}
