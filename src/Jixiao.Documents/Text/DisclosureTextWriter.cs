using System.Globalization;
using System.Text;
using Jixiao.Disclosures;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Text;

/// <summary>
/// Writes a disclosure's tables as the published texts print them (as text extracted from a published page looks): per
/// table its title, the header line (unit, 预算年度, 单位), the column header rows (a merged cell's text in its first
/// column), the 栏次 row, one row per body line and the note — either tab-separated, one row a line, or one cell a line
/// (each starting with a tab) with a blank line between rows. Amounts are printed as <c>6596.36</c>, a blank cell empty.
/// </summary>
public static class DisclosureTextWriter
{
    /// <summary>The rows of cells the text prints, table after table (a title or a note is a row of one cell).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var table in disclosure.Tables.OrderBy(t => t.Template.Number))
            AddTable(rows, TableLayout.Build(disclosure, table));
        return rows;
    }

    /// <summary>Rows joined by tabs, one row a line.</summary>
    public static string TabSeparated(IEnumerable<IReadOnlyList<string>> rows) =>
        string.Concat(rows.Select(r => string.Join('\t', r) + "\n"));

    /// <summary>One cell a line, each starting with a tab, a blank line after each row.</summary>
    public static string CellPerLine(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            foreach (var cell in row) text.Append('\t').Append(cell).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    private static void AddTable(List<IReadOnlyList<string>> rows, TableLayout layout)
    {
        int width = layout.Columns.Count;
        rows.Add([layout.Title]);
        rows.Add([layout.UnitLine, layout.YearLine, layout.AmountUnitLine]);
        for (int r = 0; r < layout.HeaderDepth; r++)
        {
            var cells = Enumerable.Repeat("", width).ToArray();
            foreach (var h in layout.Header.Where(h => h.Row == r)) cells[h.Column] = h.Text;
            rows.Add(cells);
        }
        rows.Add(layout.ColumnIndexLabels().ToArray());
        foreach (var line in layout.Lines)
            rows.Add(line.Cells.Select(Cell).ToArray());
        if (layout.Note is { } note) rows.Add([note]);
    }

    private static string Cell(LayoutCell cell) =>
        cell.Amount is { } amount ? amount.ToString("0.00", CultureInfo.InvariantCulture) : cell.Text ?? "";
}
