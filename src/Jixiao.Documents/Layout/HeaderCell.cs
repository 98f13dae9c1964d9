namespace Jixiao.Documents.Layout;

/// <summary>A cell of the column header: top-left position (0-based header row and column), spans and text.</summary>
internal sealed record HeaderCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text)
{
    /// <summary>True for a group header over several columns (收入, 本年收入, 功能分类科目).</summary>
    public bool IsGroup => ColumnSpan > 1;
}
