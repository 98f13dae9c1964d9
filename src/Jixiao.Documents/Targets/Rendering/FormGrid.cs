using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Targets.Rendering;

/// <summary>
/// A form laid out on a grid of columns, as the published form is: its cells with their spans, the column widths (in
/// character units, a CJK character counting 2), the rows that carry borders, and the page orientation. The XLSX and
/// the HTML writer both render this one grid, so the two outputs hold the same fields in the same places.
/// </summary>
internal sealed class FormGrid(string name, IReadOnlyList<double> widths, bool landscape)
{
    /// <summary>Points per printed line of 11-point text, as the disclosure tables use.</summary>
    public const double LineHeight = 15;

    private readonly List<FormCell> cells = [];

    /// <summary>The project name (sheet and section names come from it).</summary>
    public string Name { get; } = name;

    public IReadOnlyList<double> Widths { get; } = widths;

    public int ColumnCount => Widths.Count;

    public bool Landscape { get; } = landscape;

    public IReadOnlyList<FormCell> Cells => cells;

    /// <summary>The last row holding a cell.</summary>
    public int RowCount => cells.Count == 0 ? 0 : cells.Max(c => c.LastRow);

    /// <summary>The first and last row of the bordered table (the title and sign-off lie outside it).</summary>
    public int TableTop { get; set; }

    public int TableBottom { get; set; }

    /// <summary>True when the form is printed on one page whatever its length (a 绩效自评表 is filed as one page).</summary>
    public bool OnePage { get; init; }

    /// <summary>Rows before which a printed page should break (a block that would otherwise be cut).</summary>
    public List<int> PageBreaksBefore { get; } = [];

    /// <summary>Places a cell; <paramref name="text"/> null prints an empty cell (kept for its borders and span).</summary>
    public FormCell Put(int row, int column, string? text, FormCellKind kind, int columnSpan = 1, int rowSpan = 1)
    {
        // what a converter left of LaTeX ($\geq 92\%$) is printed as the form printed it (≥92%)
        var cell = new FormCell(row, column, text is null ? "" : Jixiao.Targets.TargetValue.WithoutMarkup(text), kind) { ColumnSpan = columnSpan, RowSpan = rowSpan };
        cells.Add(cell);
        return cell;
    }

    /// <summary>Places a number cell, or an empty one when <paramref name="number"/> is null (a source left blank).</summary>
    public void PutNumber(int row, int column, PrintedNumber? number, int columnSpan = 1, FormCellKind kind = FormCellKind.Number)
    {
        if (number is not { } n) { Put(row, column, null, kind, columnSpan); return; }
        cells.Add(new FormCell(row, column, n.Text, kind) { ColumnSpan = columnSpan, Number = n.Number, NumberFormat = n.Format });
    }

    /// <summary>The total height of the rows in points.</summary>
    public double TotalHeight => Enumerable.Range(1, RowCount).Sum(Height);

    /// <summary>The width of columns <paramref name="column"/> … <paramref name="column"/> + span − 1.</summary>
    public double WidthOf(int column, int span) => Widths.Skip(column - 1).Take(span).Sum();

    /// <summary>The row's height in points: enough lines for the longest text in it (a cell spanning rows shares them).</summary>
    public double Height(int row)
    {
        double lines = 1;
        foreach (var cell in cells)
        {
            if (row < cell.Row || row > cell.LastRow) continue;
            if (cell.Kind == FormCellKind.Title) return 30;
            if (cell.Kind == FormCellKind.Subtitle) return 22;
            lines = Math.Max(lines, Math.Ceiling((double)Lines(cell) / cell.RowSpan));
        }
        return lines * LineHeight + 5;
    }

    /// <summary>How many lines a cell's text wraps to, each printed line break starting a new one.</summary>
    public int Lines(FormCell cell)
    {
        // Cells are padded; a bold heading is a little wider than its characters.
        double width = WidthOf(cell.Column, cell.ColumnSpan) - (cell.Kind == FormCellKind.Heading ? 1 : 0);
        return cell.Text.Split('\n').Sum(line => TextWidth.Lines(line, width));
    }
}
