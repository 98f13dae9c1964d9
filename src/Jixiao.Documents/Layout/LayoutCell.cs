namespace Jixiao.Documents.Layout;

/// <summary>
/// A body cell: text (a code, a name) or an amount, with the name's indent level (类 0, 款 1, 项 2), boldness (合计
/// rows) and alignment. A blank cell has neither text nor amount.
/// </summary>
internal sealed record LayoutCell(string? Text, decimal? Amount, int Indent, bool Bold, CellAlign Align)
{
    public static readonly LayoutCell Blank = new(null, null, 0, false, CellAlign.Left);

    public static LayoutCell Words(string text, int indent = 0, bool bold = false, CellAlign align = CellAlign.Left) =>
        new(text, null, indent, bold, align);

    public static LayoutCell Number(decimal amount, bool bold) => new(null, amount, 0, bold, CellAlign.Right);

    public bool IsBlank => Text is null && Amount is null;
}
