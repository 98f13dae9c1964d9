namespace Jixiao.Documents.Layout;

/// <summary>A body line: its 序号 and one cell per printed column (the 序号 cell included).</summary>
internal sealed record LayoutLine(int Number, IReadOnlyList<LayoutCell> Cells);
