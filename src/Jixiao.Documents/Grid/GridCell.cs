namespace Jixiao.Documents.Grid;

/// <summary>
/// A cell of a <see cref="GridTable"/>: its first row and column, how many rows and columns it spans (a merged
/// header), its text, and where it is in the source: the page and box for sources with positions (PDF).
/// </summary>
public sealed record GridCell(int Row, int Column, string Text)
{
    public int RowSpan { get; init; } = 1;
    public int ColumnSpan { get; init; } = 1;

    /// <summary>The cell's box on its page (PDF points), or null where the source has no positions.</summary>
    public GridBox? Box { get; init; }

    /// <summary>The box of the cell's printed text (a figure), where the source has positions and the cell has text.</summary>
    public GridBox? TextBox { get; init; }
}
