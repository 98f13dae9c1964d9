namespace Jixiao.Documents.Layout;

/// <summary>
/// A printed column: its kind, the table part it belongs to (−1 for 序号), the template column it shows (value
/// columns; −1 otherwise), its header labels from the top row down (a shared leading label is a merged group
/// header), and its width in character units (a CJK character counts 2).
/// </summary>
internal sealed record LayoutColumn(ColumnKind Kind, int Part, int Source, IReadOnlyList<string> Header)
{
    public double Width { get; init; }

    /// <summary>The bottom header label (科目名称, 小计, 预算数 …).</summary>
    public string Leaf => Header[^1];

    public static LayoutColumn Index() => new(ColumnKind.Index, -1, -1, ["序号"]);
}
