using ClosedXML.Excel;
using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Targets.Rendering;

/// <summary>
/// Writes target forms as an Excel workbook, one sheet per form named after its project, each in its published layout
/// (the Shanxi 项目支出绩效目标申报表 or the Hebei 绩效目标表): merged label and group cells, wrapped texts with rows tall
/// enough for them, thin borders, amounts as numbers formatted as the form prints them; printed on A4, one page wide.
/// </summary>
public static class TargetFormXlsxWriter
{
    private const string FontName = "宋体";
    private const double FontSize = 11;
    private const double TitleSize = 16;
    private static readonly XLColor HeadingFill = XLColor.FromHtml("#F2F2F2");

    /// <summary>
    /// Writes the workbook to <paramref name="path"/>, all or nothing; failures are <see cref="DocumentWriteException"/>.
    /// </summary>
    /// <remarks>
    /// A form prints the totals it carries: a form of a unit's own data should come from
    /// <see cref="TargetForms.AsDeclared"/>, which fills the 年度资金总额 / 预算数 from the budget lines; a total that is
    /// not known stays an empty cell, never a 0.
    /// </remarks>
    public static void Write(IReadOnlyList<TargetForm> forms, string path)
    {
        ArgumentNullException.ThrowIfNull(forms);
        RequireForms(forms, path);
        AtomicFile.Write(path, stream => Write(forms, stream));
    }

    /// <summary>Writes the workbook to a stream.</summary>
    public static void Write(IReadOnlyList<TargetForm> forms, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(stream);
        RequireForms(forms, "（输出流）");
        WriteGrids(TargetFormLayouts.Build(forms), "项目支出绩效目标表", stream);
    }

    /// <summary>
    /// Writes laid-out forms as a workbook, one sheet per grid named after it; the self-evaluation writer shares this,
    /// so both kinds of form are styled and printed alike.
    /// </summary>
    internal static void WriteGrids(IReadOnlyList<FormGrid> grids, string title, Stream stream)
    {
        var names = TargetFormLayouts.SheetNames(grids);
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = FontSize;
        workbook.Properties.Title = title;
        workbook.Properties.Author = "Jixiao";
        for (int i = 0; i < grids.Count; i++) AddSheet(workbook, names[i], grids[i]);
        workbook.SaveAs(stream);
    }

    internal static void RequireForms(IReadOnlyList<TargetForm> forms, string target)
    {
        if (forms.Count == 0) throw new DocumentWriteException(target, "没有绩效目标表，无法生成文件");
    }

    private static void AddSheet(XLWorkbook workbook, string name, FormGrid grid)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (int c = 1; c <= grid.ColumnCount; c++) sheet.Column(c).Width = grid.Widths[c - 1];
        foreach (var cell in grid.Cells) WriteCell(sheet, cell);
        var table = sheet.Range(grid.TableTop, 1, grid.TableBottom, grid.ColumnCount);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        for (int r = 1; r <= grid.RowCount; r++) sheet.Row(r).Height = grid.Height(r);
        SetUpPage(sheet, grid);
    }

    private static void WriteCell(IXLWorksheet sheet, FormCell cell)
    {
        var range = sheet.Range(cell.Row, cell.Column, cell.LastRow, cell.LastColumn);
        if (cell.RowSpan > 1 || cell.ColumnSpan > 1) range.Merge();
        var first = range.FirstCell();
        if (cell.Number is { } number)
        {
            first.SetValue(number);
            first.Style.NumberFormat.Format = cell.NumberFormat;
        }
        else if (cell.Text.Length > 0)
        {
            // Codes, phone numbers and dates stay text: 20211208153717 is a date, not a number to reformat.
            first.SetValue(cell.Text);
            first.DataType = XLDataType.Text;
        }
        Style(range.Style, cell.Kind);
    }

    private static void Style(IXLStyle style, FormCellKind kind)
    {
        style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        style.Alignment.WrapText = true;
        style.Alignment.Horizontal = kind switch
        {
            FormCellKind.Text or FormCellKind.CaptionLeft => XLAlignmentHorizontalValues.Left,
            FormCellKind.Number or FormCellKind.CaptionRight => XLAlignmentHorizontalValues.Right,
            _ => XLAlignmentHorizontalValues.Center,
        };
        switch (kind)
        {
            case FormCellKind.Title:
                style.Font.Bold = true;
                style.Font.FontSize = TitleSize;
                break;
            case FormCellKind.Heading:
                style.Font.Bold = true;
                style.Fill.BackgroundColor = HeadingFill;
                break;
            case FormCellKind.Number:
                // kept one indent off the border, as the disclosure tables keep their amounts
                style.Alignment.Indent = 1;
                break;
        }
    }

    /// <summary>A4, one page wide, centred, with page numbers; a page breaks before the goals when the form is long.</summary>
    private static void SetUpPage(IXLWorksheet sheet, FormGrid grid)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = grid.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.Margins.Left = 0.5;
        page.Margins.Right = 0.5;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.6;
        page.Margins.Header = 0.3;
        page.Margins.Footer = 0.3;
        page.CenterHorizontally = true;
        page.PrintAreas.Clear();
        page.PrintAreas.Add(1, 1, grid.RowCount, grid.ColumnCount);
        page.Footer.Center.AddText("第 ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" 页，共 ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        page.Footer.Center.AddText(" 页");
        if (grid.OnePage || FitsOnePage(grid)) page.FitToPages(1, 1);
        else
        {
            page.FitToPages(1, 0);
            foreach (var row in grid.PageBreaksBefore) page.AddHorizontalPageBreak(row - 1);
        }
    }

    /// <summary>
    /// True when the form, one page wide, is at most a third taller than the page: it is then printed on one page, a
    /// little smaller, as a form is; a longer one runs over pages, breaking before its goals and indicator table so that
    /// the table is not cut after a few rows.
    /// </summary>
    internal static bool FitsOnePage(FormGrid grid)
    {
        double scale = Math.Min(1, PrintableWidth(grid) / grid.Widths.Sum());
        return grid.TotalHeight * scale <= PrintableHeight(grid) * 1.35;
    }

    // A4 is 8.27 × 11.69 in; less the margins above, in column-width units (about 7 pixels at 96 dpi) and points.
    private static double PrintableWidth(FormGrid grid) => ((grid.Landscape ? 11.69 : 8.27) - 1.0) * 96 / 7.0;

    private static double PrintableHeight(FormGrid grid) => ((grid.Landscape ? 8.27 : 11.69) - 1.2 - 0.4) * 72;
}
