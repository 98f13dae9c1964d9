namespace Jixiao.Documents.Grid;

/// <summary>
/// A table as the source drew it: a rectangle of rows × columns, each position covered by at most one
/// <see cref="GridCell"/> (a merged cell covers several). Column positions are kept: an empty cell is a position
/// without text, never dropped, so that a figure stays under its column header.
/// </summary>
public sealed class GridTable
{
    private readonly GridCell?[,] _at;

    public GridTable(int page, int rows, int columns, IReadOnlyList<GridCell> cells, GridBox? box)
    {
        Page = page;
        RowCount = rows;
        ColumnCount = columns;
        Cells = cells;
        Box = box;
        _at = new GridCell?[rows, columns];
        foreach (var c in cells)
            for (int r = c.Row; r < Math.Min(rows, c.Row + c.RowSpan); r++)
                for (int k = c.Column; k < Math.Min(columns, c.Column + c.ColumnSpan); k++)
                    _at[r, k] = c;
    }

    /// <summary>The page (1-based) the table starts on; 0 for sources without pages.</summary>
    public int Page { get; }

    public int RowCount { get; }
    public int ColumnCount { get; }
    public IReadOnlyList<GridCell> Cells { get; }
    public GridBox? Box { get; }

    /// <summary>
    /// The number of leading rows that repeat the header of the table this one continues (a table carried over to
    /// the next page prints its header again); 0 when it does not continue one.
    /// </summary>
    public int RepeatedHeaderRows { get; set; }

    /// <summary>True when this table continues the previous one on the next page.</summary>
    public bool ContinuesPrevious { get; set; }

    /// <summary>
    /// The columns of the rows under the header in the order they are read (label columns, then the figures in the
    /// template's order), when the header prints them in another order; null to read them as printed.
    /// </summary>
    public int[]? ValueOrder { get; set; }

    /// <summary>True for a table printed without ruling lines, whose columns were inferred from where its text stands.</summary>
    public bool Inferred { get; init; }

    /// <summary>True when the figures of this table cannot be placed in columns with confidence (read as unreadable).</summary>
    public bool Unplaced { get; set; }

    /// <summary>The header rows <see cref="ValueOrder"/> does not apply to.</summary>
    public int HeaderRows { get; set; }

    /// <summary>This table with <paramref name="cell"/> holding <paramref name="text"/> (a label completed from the next page).</summary>
    public GridTable WithText(GridCell cell, string text) =>
        Copy(RowCount, [.. Cells.Select(c => ReferenceEquals(c, cell) ? c with { Text = text } : c)], 0);

    /// <summary>This table without row <paramref name="row"/> (the rows below move up; a cell spanning it loses the row).</summary>
    public GridTable WithoutRow(int row)
    {
        var cells = new List<GridCell>(Cells.Count);
        foreach (var c in Cells)
        {
            if (c.Row == row && c.RowSpan == 1) continue;
            if (c.Row > row) cells.Add(c with { Row = c.Row - 1 });
            else if (c.Row + c.RowSpan > row) cells.Add(c with { RowSpan = c.RowSpan - 1 });
            else cells.Add(c);
        }
        return Copy(RowCount - 1, cells, row < HeaderRows ? 1 : 0);
    }

    private GridTable Copy(int rows, List<GridCell> cells, int headerLoss) => new(Page, rows, ColumnCount, cells, Box)
    {
        RepeatedHeaderRows = RepeatedHeaderRows,
        ContinuesPrevious = ContinuesPrevious,
        ValueOrder = ValueOrder,
        Inferred = Inferred,
        Unplaced = Unplaced,
        HeaderRows = HeaderRows - headerLoss,
    };

    /// <summary>The cell covering row <paramref name="row"/>, column <paramref name="column"/>, or null.</summary>
    public GridCell? At(int row, int column) => _at[row, column];

    /// <summary>
    /// The cells of one row from left to right: a cell merged across columns once (a 合计 label spanning the code
    /// and name columns is followed by the figures, as a printed row reads), a position covered by a cell merged down
    /// from a row above as "".
    /// </summary>
    public string[] RowTexts(int row) => RowCells(row).Select(c => c?.Row == row ? c.Text : "").ToArray();

    /// <summary>The cells of <see cref="RowTexts"/>, null where no cell covers a position.</summary>
    public List<GridCell?> RowCells(int row)
    {
        var cells = new List<GridCell?>(ColumnCount);
        var columns = ValueOrder is { } order && row >= HeaderRows ? order : Enumerable.Range(0, ColumnCount);
        foreach (int k in columns)
        {
            var c = _at[row, k];
            if (c is not null && c.Row == row && c.Column < k) continue;
            cells.Add(c);
        }
        return cells;
    }
}
