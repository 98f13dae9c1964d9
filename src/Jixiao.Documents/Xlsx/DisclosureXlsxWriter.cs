using ClosedXML.Excel;
using Jixiao.Disclosures;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Xlsx;

/// <summary>
/// Writes a disclosure's tables as an Excel workbook, one sheet per table (表1, 表2 …), laid out as the published
/// tables are: the title, a header line (unit, 预算年度, 单位), the column header with merged group cells, the 栏次
/// row, the rows (names indented by level, 合计 rows bold, amounts as numbers formatted <c>#,##0.00</c>) and the
/// note; printed on A4, one page wide, header rows repeated on every page.
/// </summary>
public static class DisclosureXlsxWriter
{
    /// <summary>The number format of every amount cell.</summary>
    public const string AmountFormat = TextWidth.AmountFormat;

    private const string FontName = "宋体";
    private const double FontSize = 11;
    private const double TitleSize = 16;
    private const double LineHeight = 15;
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#F2F2F2");

    /// <summary>Writes the workbook to <paramref name="path"/>, all or nothing; failures are <see cref="DocumentWriteException"/>.</summary>
    public static void Write(Disclosure disclosure, string path)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        RequireTables(disclosure, path);
        AtomicFile.Write(path, stream => Write(disclosure, stream));
    }

    /// <summary>Writes the workbook to a stream.</summary>
    public static void Write(Disclosure disclosure, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(stream);
        RequireTables(disclosure, "（输出流）");
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = FontSize;
        workbook.Properties.Title = $"{TableLayout.UnitText(disclosure)}{disclosure.Year?.Value}年单位预算公开表";
        workbook.Properties.Author = "Jixiao";
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in Ordered(disclosure))
            AddSheet(workbook, SheetName(table, names), TableLayout.Build(disclosure, table));
        workbook.SaveAs(stream);
    }

    internal static IEnumerable<DisclosureTable> Ordered(Disclosure disclosure) =>
        disclosure.Tables.OrderBy(t => t.Template.Number);

    private static void RequireTables(Disclosure disclosure, string target)
    {
        if (disclosure.Tables.Count == 0) throw new DocumentWriteException(target, "公开文件中没有表格，无法生成工作簿");
    }

    /// <summary>表N (unique, at most 31 characters as Excel allows).</summary>
    private static string SheetName(DisclosureTable table, HashSet<string> used)
    {
        var name = $"表{table.Template.Number}";
        for (int i = 2; !used.Add(name); i++) name = $"表{table.Template.Number}（{i}）";
        return name.Length <= 31 ? name : name[..31];
    }

    private static void AddSheet(XLWorkbook workbook, string name, TableLayout layout)
    {
        var sheet = workbook.Worksheets.Add(name);
        int row = WriteTitle(sheet, layout, 1);
        row = WriteHeaderBlock(sheet, layout, row);
        int headerTop = row;
        row = WriteColumnHeader(sheet, layout, row);
        row = WriteColumnIndexRow(sheet, layout, row);
        int bodyTop = row;
        foreach (var line in layout.Lines) row = WriteLine(sheet, layout, line, row);
        var grid = sheet.Range(headerTop, 1, row - 1, layout.Columns.Count);
        grid.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        grid.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        int last = WriteNote(sheet, layout, row);
        SetColumnWidths(sheet, layout);
        SetUpPage(sheet, layout, bodyTop - 1, last);
    }

    private static int WriteTitle(IXLWorksheet sheet, TableLayout layout, int row)
    {
        var range = sheet.Range(row, 1, row, layout.Columns.Count).Merge();
        range.FirstCell().SetValue(layout.Title);
        range.Style.Font.Bold = true;
        range.Style.Font.FontSize = TitleSize;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        sheet.Row(row).Height = 32;
        return row + 1;
    }

    /// <summary>Unit code and name left (over 序号 and the names), 预算年度 in the centre, 单位 right.</summary>
    private static int WriteHeaderBlock(IXLWorksheet sheet, TableLayout layout, int row)
    {
        var (lead, centreFirst, centreLast, width) = layout.HeaderBlockRanges();
        HeaderText(sheet.Range(row, 1, row, lead), layout.UnitLine, XLAlignmentHorizontalValues.Left);
        if (centreLast >= centreFirst)
        {
            HeaderText(sheet.Range(row, centreFirst, row, centreLast), layout.YearLine, XLAlignmentHorizontalValues.Center);
            HeaderText(sheet.Range(row, centreLast + 1, row, width), layout.AmountUnitLine, XLAlignmentHorizontalValues.Right);
        }
        else
        {
            HeaderText(sheet.Range(row, lead + 1, row, width), $"{layout.YearLine}　{layout.AmountUnitLine}", XLAlignmentHorizontalValues.Right);
        }
        sheet.Row(row).Height = 20;
        return row + 1;
    }

    private static void HeaderText(IXLRange range, string text, XLAlignmentHorizontalValues align)
    {
        if (range.ColumnCount() > 1) range.Merge();
        range.FirstCell().SetValue(text);
        range.Style.Alignment.Horizontal = align;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    /// <summary>The column header: one merged cell per header cell of the layout, centred, wrapped, shaded.</summary>
    private static int WriteColumnHeader(IXLWorksheet sheet, TableLayout layout, int row)
    {
        var all = sheet.Range(row, 1, row + layout.HeaderDepth - 1, layout.Columns.Count);
        HeaderStyle(all.Style);
        var lines = new int[layout.HeaderDepth];
        foreach (var cell in layout.Header)
        {
            var range = sheet.Range(row + cell.Row, cell.Column + 1, row + cell.Row + cell.RowSpan - 1, cell.Column + cell.ColumnSpan);
            if (cell.RowSpan > 1 || cell.ColumnSpan > 1) range.Merge();
            range.FirstCell().SetValue(cell.Text);
            double width = layout.Columns.Skip(cell.Column).Take(cell.ColumnSpan).Sum(c => c.Width);
            int needed = (int)Math.Ceiling((double)TextWidth.Lines(cell.Text, width) / cell.RowSpan);
            for (int r = cell.Row; r < cell.Row + cell.RowSpan; r++) lines[r] = Math.Max(lines[r], needed);
        }
        for (int r = 0; r < layout.HeaderDepth; r++) sheet.Row(row + r).Height = Math.Max(1, lines[r]) * LineHeight + 4;
        return row + layout.HeaderDepth;
    }

    /// <summary>The 栏次 row: 栏次 under 序号, then 1, 2, 3 … under the columns.</summary>
    private static int WriteColumnIndexRow(IXLWorksheet sheet, TableLayout layout, int row)
    {
        int c = 1;
        foreach (var label in layout.ColumnIndexLabels()) sheet.Cell(row, c++).SetValue(label);
        HeaderStyle(sheet.Range(row, 1, row, layout.Columns.Count).Style);
        return row + 1;
    }

    private static void HeaderStyle(IXLStyle style)
    {
        style.Font.Bold = true;
        style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        style.Alignment.WrapText = true;
        style.Fill.BackgroundColor = HeaderFill;
    }

    private static int WriteLine(IXLWorksheet sheet, TableLayout layout, LayoutLine line, int row)
    {
        int lines = 1;
        for (int c = 0; c < line.Cells.Count; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            WriteCell(cell, line.Cells[c]);
            if (line.Cells[c].Text is { } text) lines = Math.Max(lines, TextWidth.Lines(text, layout.Columns[c].Width - 2 * line.Cells[c].Indent));
        }
        sheet.Row(row).Height = lines * LineHeight + 3;
        return row + 1;
    }

    /// <summary>A body cell: an amount as a number with <see cref="AmountFormat"/>; a code or name as text.</summary>
    private static void WriteCell(IXLCell cell, LayoutCell content)
    {
        if (content.Amount is { } amount)
        {
            cell.SetValue(amount);
            cell.Style.NumberFormat.Format = AmountFormat;
        }
        else if (content.Text is { } text)
        {
            cell.SetValue(text);
            cell.DataType = XLDataType.Text;
        }
        CellStyle(cell.Style, content);
    }

    private static void CellStyle(IXLStyle style, LayoutCell content)
    {
        style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        style.Alignment.Horizontal = content.Align switch
        {
            CellAlign.Center => XLAlignmentHorizontalValues.Center,
            CellAlign.Right => XLAlignmentHorizontalValues.Right,
            _ => XLAlignmentHorizontalValues.Left,
        };
        if (content.Indent > 0) style.Alignment.Indent = content.Indent;
        // A right-aligned amount is kept one indent off the border, so that it never touches the next cell's name.
        else if (content.Amount is not null) style.Alignment.Indent = 1;
        if (content.Text is not null) style.Alignment.WrapText = true;
        if (content.Bold) style.Font.Bold = true;
    }

    /// <summary>The note under the table (注：本表无数据 …), merged across the table; returns the last printed row.</summary>
    private static int WriteNote(IXLWorksheet sheet, TableLayout layout, int row)
    {
        if (layout.Note is null) return row - 1;
        var range = sheet.Range(row, 1, row, layout.Columns.Count).Merge();
        range.FirstCell().SetValue(layout.Note);
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        sheet.Row(row).Height = TextWidth.Lines(layout.Note, layout.TotalWidth) * LineHeight + 6;
        return row;
    }

    private static void SetColumnWidths(IXLWorksheet sheet, TableLayout layout)
    {
        for (int c = 0; c < layout.Columns.Count; c++) sheet.Column(c + 1).Width = layout.Columns[c].Width;
    }

    /// <summary>A4, portrait unless wide, one page wide, title and column header repeated on every page.</summary>
    private static void SetUpPage(IXLWorksheet sheet, TableLayout layout, int lastHeaderRow, int lastRow)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = layout.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        page.Margins.Left = 0.5;
        page.Margins.Right = 0.5;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.6;
        page.Margins.Header = 0.3;
        page.Margins.Footer = 0.3;
        page.CenterHorizontally = true;
        page.SetRowsToRepeatAtTop(1, lastHeaderRow);
        page.PrintAreas.Clear();
        page.PrintAreas.Add(1, 1, lastRow, layout.Columns.Count);
        page.Footer.Center.AddText("第 ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" 页，共 ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        page.Footer.Center.AddText(" 页");
        sheet.SheetView.FreezeRows(lastHeaderRow);
    }
}
