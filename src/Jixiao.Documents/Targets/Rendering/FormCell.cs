namespace Jixiao.Documents.Targets.Rendering;

/// <summary>
/// One cell of a rendered form (1-based row and column, with its span). <see cref="Text"/> is what the cell shows;
/// a <see cref="FormCellKind.Number"/> also carries the number and the Excel format that shows it as that text.
/// </summary>
internal sealed record FormCell(int Row, int Column, string Text, FormCellKind Kind)
{
    public int RowSpan { get; init; } = 1;
    public int ColumnSpan { get; init; } = 1;

    /// <summary>The number of an amount or share cell (万元, 元, or a fraction for a share).</summary>
    public decimal? Number { get; init; }

    /// <summary>The Excel number format that prints <see cref="Number"/> as <see cref="Text"/>.</summary>
    public string? NumberFormat { get; init; }

    public int LastRow => Row + RowSpan - 1;
    public int LastColumn => Column + ColumnSpan - 1;
}
