namespace Jixiao.Rules;

/// <summary>
/// Where a line of a paged source is: its page (1-based), its box on the page when known, and the box of each of its
/// cells (in the order the reader reads them).
/// </summary>
public sealed record SourcePosition(int Page, PageBox? Box)
{
    public IReadOnlyList<PageBox?> CellBoxes { get; init; } = [];
}
