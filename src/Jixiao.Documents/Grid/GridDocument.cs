using Jixiao.Documents.Text;

namespace Jixiao.Documents.Grid;

/// <summary>
/// The one intermediate form every source is read into: the blocks of a document (lines of text and tables of cells)
/// in reading order, with pages and boxes where the source has them, and what could not be read (a scanned page
/// without a text layer). Table, form and sentence readers read <see cref="Rows"/>, never the source.
/// </summary>
public sealed class GridDocument(string source, int pageCount, IReadOnlyList<GridBlock> blocks, IReadOnlyList<GridUnread> unread)
{
    /// <summary>False when the boxes are not page positions in points (a text laid out in columns of characters).</summary>
    public bool BoxesOnPage { get; init; } = true;

    private IReadOnlyList<TextRow>? _rows;

    public string Source { get; } = source;

    /// <summary>Pages of the source; 0 for sources without pages.</summary>
    public int PageCount { get; } = pageCount;

    public IReadOnlyList<GridBlock> Blocks { get; } = blocks;

    /// <summary>What was not read, in words (“第 3 页没有文字层（扫描件），未读取”).</summary>
    public IReadOnlyList<GridUnread> Unread { get; } = unread;

    public IEnumerable<GridTable> Tables => Blocks.Where(b => b.Table is not null).Select(b => b.Table!);

    /// <summary>
    /// The document as rows of cells, in reading order: each table row with one cell per column (the rows that repeat
    /// a continued table's header left out), each line of text with its pieces. A row's <see cref="TextRow.Line"/> is
    /// its number in this sequence; its page and cell boxes say where it is.
    /// </summary>
    public IReadOnlyList<TextRow> Rows => _rows ??= BuildRows();

    /// <summary>Builds <see cref="Rows"/> again (after the column order of a table was set).</summary>
    public void ResetRows() => _rows = null;

    private List<TextRow> BuildRows()
    {
        var rows = new List<TextRow>();
        foreach (var block in Blocks)
        {
            if (block.Line is { } pieces)
            {
                rows.Add(new TextRow(pieces.Select(p => p.Text).ToArray(), rows.Count + 1)
                {
                    Page = block.Page,
                    Boxes = pieces.Select(p => p.Box).ToArray(),
                });
                continue;
            }
            var t = block.Table!;
            for (int r = t.RepeatedHeaderRows; r < t.RowCount; r++)
            {
                var cells = t.RowCells(r);
                rows.Add(new TextRow(cells.Select(c => c?.Row == r ? c.Text : "").ToArray(), rows.Count + 1)
                {
                    Page = t.Page,
                    // a finding on a figure is drawn round the figure, a blank cell round the cell
                    Boxes = cells.Select(c => c?.TextBox ?? c?.Box).ToArray(),
                    InTable = true,
                    Unplaced = t.Unplaced,
                    Inferred = t.Inferred,
                });
            }
        }
        return rows;
    }
}
