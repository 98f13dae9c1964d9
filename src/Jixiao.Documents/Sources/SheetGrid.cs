using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources;

/// <summary>
/// A sheet of cells (row, column, text, spans) laid out as blocks: the empty rows and columns dropped, the leading rows
/// that hold one text alone (the title, a 单位：万元 line) as lines before the table, the trailing ones (注：…) as
/// lines after it, and the rest one <see cref="GridTable"/> with its merged cells as spans.
/// </summary>
internal static class SheetGrid
{
    public static IEnumerable<GridBlock> Blocks(IReadOnlyList<GridCell> sheet)
    {
        var cells = sheet.Where(c => c.Text.Length > 0 || c.RowSpan > 1 || c.ColumnSpan > 1).ToList();
        if (cells.Count == 0) yield break;
        // Rows and columns that hold text, or that a merged cell with text covers, are kept (a merged header keeps its width).
        var rows = new SortedSet<int>();
        var columns = new SortedSet<int>();
        foreach (var c in cells.Where(c => c.Text.Length > 0))
        {
            for (int r = c.Row; r < c.Row + c.RowSpan; r++) rows.Add(r);
            for (int k = c.Column; k < c.Column + c.ColumnSpan; k++) columns.Add(k);
        }
        if (rows.Count == 0) yield break;
        var rowIndex = Index(rows);
        var columnIndex = Index(columns);
        var placed = new List<GridCell>();
        foreach (var c in cells.Where(c => c.Text.Length > 0))
        {
            int r0 = rowIndex[c.Row], k0 = columnIndex[c.Column];
            int r1 = rows.GetViewBetween(c.Row, c.Row + c.RowSpan - 1).Count;
            int k1 = columns.GetViewBetween(c.Column, c.Column + c.ColumnSpan - 1).Count;
            placed.Add(c with { Row = r0, Column = k0, RowSpan = Math.Max(1, r1), ColumnSpan = Math.Max(1, k1) });
        }
        int rowCount = rows.Count, columnCount = columns.Count;
        var byRow = placed.GroupBy(c => c.Row).ToDictionary(g => g.Key, g => g.ToList());
        bool Alone(int r) => byRow.TryGetValue(r, out var list) && list.Count == 1 && list[0].RowSpan == 1;
        int first = 0, last = rowCount - 1;
        if (columnCount > 1)
        {
            while (first <= last && Alone(first)) first++;
            while (last >= first && Alone(last) && IsNote(byRow[last][0], columnCount)) last--;
        }
        for (int r = 0; r < first; r++) yield return Line(byRow[r][0]);
        if (first <= last)
        {
            var body = placed.Where(c => c.Row >= first && c.Row <= last)
                .Select(c => c with { Row = c.Row - first, RowSpan = Math.Min(c.RowSpan, last - c.Row + 1) }).ToList();
            yield return GridBlock.OfTable(new GridTable(0, last - first + 1, columnCount, body, null));
        }
        for (int r = last + 1; r < rowCount; r++) yield return Line(byRow[r][0]);
    }

    // A closing line is a note across the table (注：…, 说明), not a last row of figures with its other cells blank.
    private static bool IsNote(GridCell c, int columns) =>
        c.ColumnSpan * 2 > columns || c.Text.StartsWith('注') || c.Text.StartsWith("说明", StringComparison.Ordinal);

    private static GridBlock Line(GridCell c) => GridBlock.OfLine(0, [new GridText(c.Text, null)]);

    private static Dictionary<int, int> Index(SortedSet<int> set)
    {
        var index = new Dictionary<int, int>();
        foreach (var v in set) index[v] = index.Count;
        return index;
    }
}
