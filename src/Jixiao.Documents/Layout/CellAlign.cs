namespace Jixiao.Documents.Layout;

/// <summary>Horizontal alignment of a printed cell.</summary>
internal enum CellAlign { Left, Center, Right }
