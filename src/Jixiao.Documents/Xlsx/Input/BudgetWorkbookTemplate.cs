using ClosedXML.Excel;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// Writes the Excel workbook a finance officer fills with a unit's budget for one fiscal year: a 说明 sheet, one sheet
/// per kind of input (单位信息, 预算明细, 项目, 绩效目标, 绩效指标, 三公经费, 政府采购, 国有资产, 上年预算, and for the
/// year's execution and the self-evaluation 预算调整, 资金执行, 指标完成, 自评评分, 自评信息) with Chinese headers, frozen header rows, drop-down lists and amount formats, and a 科目 sheet listing the year's codes. <see cref="BudgetWorkbookReader"/>
/// reads it back. Layout: <c>docs/input-workbook.md</c>.
/// </summary>
public static class BudgetWorkbookTemplate
{
    private const string AmountFormat = "#,##0.00";
    private const string TextFormat = "@";
    private const double GuideWidth = 80;

    private static readonly XLColor RequiredFill = XLColor.FromHtml("#F8CBAD");
    private static readonly XLColor ConditionalFill = XLColor.FromHtml("#FFE699");
    private static readonly XLColor OptionalFill = XLColor.FromHtml("#D9D9D9");
    private static readonly XLColor TitleFill = XLColor.FromHtml("#DDEBF7");

    /// <summary>Writes the template for <paramref name="year"/> to <paramref name="path"/>.</summary>
    /// <exception cref="KeyNotFoundException">No catalogs are shipped for <paramref name="year"/>.</exception>
    public static void Write(string path, FiscalYear year)
    {
        using var workbook = Create(year);
        workbook.SaveAs(path);
    }

    /// <summary>Writes the template for <paramref name="year"/> to <paramref name="stream"/>.</summary>
    /// <exception cref="KeyNotFoundException">No catalogs are shipped for <paramref name="year"/>.</exception>
    public static void Write(Stream stream, FiscalYear year)
    {
        using var workbook = Create(year);
        workbook.SaveAs(stream);
    }

    /// <summary>
    /// Writes the workbook of <paramref name="budget"/>'s year filled with it, to be edited and read back; returns what the
    /// workbook has no place for (empty when the budget is all in it).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No catalogs are shipped for the budget's year.</exception>
    public static IReadOnlyList<string> Write(Stream stream, UnitBudget budget)
    {
        var filled = BudgetWorkbookRows.Of(budget);
        using var workbook = Create(budget.Year, filled);
        workbook.SaveAs(stream);
        return filled.Left;
    }

    /// <summary>What of <paramref name="budget"/> a filled workbook has no place for (empty when it holds all of it).</summary>
    public static IReadOnlyList<string> Unwritable(UnitBudget budget) => BudgetWorkbookRows.Of(budget).Left;

    /// <inheritdoc cref="Write(Stream, UnitBudget)"/>
    public static IReadOnlyList<string> Write(string path, UnitBudget budget)
    {
        var filled = BudgetWorkbookRows.Of(budget);
        using var workbook = Create(budget.Year, filled);
        workbook.SaveAs(path);
        return filled.Left;
    }

    private static XLWorkbook Create(FiscalYear year, BudgetWorkbookRows.Filled? filled = null)
    {
        var catalogs = CatalogSet.For(year);
        var workbook = new XLWorkbook();

        var guide = workbook.Worksheets.Add(InputSheets.GuideSheet);
        var inputs = InputSheets.All.Select(s => (Sheet: s, Worksheet: workbook.Worksheets.Add(s.Name))).ToList();
        var codeSheet = workbook.Worksheets.Add(InputSheets.CodeSheet);

        var codes = WriteCodeSheet(codeSheet, catalogs);
        var lists = new CodeLists(year, codes.Functional, codes.Economic,
            ColumnOf(inputs, InputSheets.Projects.Sheet, InputSheets.Projects.Code),
            ColumnOf(inputs, InputSheets.Declarations.Sheet, InputSheets.Declarations.Project));

        WriteGuideSheet(guide, year);
        foreach (var (sheet, worksheet) in inputs)
        {
            var rows = filled?.Rows[sheet] ?? [];
            if (sheet.IsKeyValue) WriteUnitSheet(worksheet, sheet, year, rows.FirstOrDefault());
            // An unconfirmed year's list may lack a code of the year: a code outside it is questioned, not refused.
            else WriteTableSheet(worksheet, sheet, lists, strictCodes: sheet != InputSheets.PriorLines.Sheet && catalogs.Confirmed, rows);
        }
        guide.SetTabActive();
        return workbook;
    }

    /// <summary>The input cells (row 2 to the last input row) of <paramref name="column"/> on <paramref name="sheet"/>.</summary>
    private static IXLRange ColumnOf(List<(InputSheet Sheet, IXLWorksheet Worksheet)> inputs, InputSheet sheet, InputColumn column)
    {
        int n = sheet.Columns.ToList().IndexOf(column) + 1;
        return inputs.Single(i => i.Sheet == sheet).Worksheet.Range(2, n, InputSheets.LastInputRow, n);
    }

    /// <summary>The ranges that code columns take their drop-downs from, and the year that date columns must fall in.</summary>
    private sealed record CodeLists(FiscalYear Year, IXLRange Functional, IXLRange Economic, IXLRange Projects, IXLRange DeclaredProjects)
    {
        public IXLRange? For(CodeSource source) => source switch
        {
            CodeSource.Functional => Functional,
            CodeSource.Economic => Economic,
            CodeSource.Project => Projects,
            CodeSource.DeclaredProject => DeclaredProjects,
            _ => null,
        };
    }

    // ---- 说明 ----

    private static void WriteGuideSheet(IXLWorksheet ws, FiscalYear year)
    {
        ws.Column(1).Width = 12;
        ws.Column(2).Width = 20;
        ws.Column(3).Width = 8;
        ws.Column(4).Width = GuideWidth;
        double fullWidth = 12 + 20 + 8 + GuideWidth;

        int row = 1;
        var title = ws.Range(row, 1, row, 4).Merge();
        title.FirstCell().SetValue($"{year.Value}年度单位预算填报工作簿　填写说明");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        ws.Row(row).Height = 28;
        row += 2;

        string[] rules =
        [
            $"1. 本工作簿用于填报本单位{year.Value}年度预算。预算按“元”一次填好，预算公开的各张表和说明中的数字都由系统据此汇总生成，不需要另行填写万元数。",
            "2. 请勿修改工作表名称和各表第1行的表头，不要删除列；从第2行起每行填写一条记录，整行空白的行导入时忽略。",
            "3. 金额一律以“元”为单位，最多两位小数，不得为负数；可以直接输入数字，也可以输入带千位分隔符的文本（如 1,004,500.00）。",
            $"4. 科目编码须为{year.Value}年度目录中的编码，可在“科目”表中查询（支出功能分类科目、部门预算支出经济分类科目）；编码列也可从下拉列表选择。" +
            (CatalogSet.For(year) is { Confirmed: false } unconfirmed
                ? $"{year.Value}年的科目目录未经确认{(unconfirmed.BaseYear is { } b ? $"（按{b}年目录沿用，已知的改动已列入）" : "")}：目录未收的本年度编码也可填写，检查时只作警告。"
                : ""),
            "5. 带下拉箭头的单元格请从列表中选择。表头底色：橙色为必填列，黄色为视情况填写的列（见下方说明），灰色为选填列。",
            "6. 导入时系统检查全部内容，发现问题时逐条列出所在工作表、行号、列名以及应填什么、实际填了什么；全部改正后才会导入，不会只导入一部分。",
            "7. 项目支出绩效目标：在“绩效目标”表为每个申报绩效目标的项目填一行，在“绩效指标”表为它的每个三级指标填一行（实施期、年度分别填）。" +
            "年度资金总额不填，它就是“预算明细”中该项目的金额合计。没有申报绩效目标的，这两张表可以空着。",
            "8. 预算执行和绩效自评（年度中和年度结束后填写，都可以空着）：“预算调整”填调整后的全年预算数，“资金执行”按月份或季度填每期下达（到位）和实际支出的资金（不是累计数），" +
            "“指标完成”填年度指标在某日的实际完成值；“自评评分”为每个自评的项目选评分模板并填评价人的评分，“自评信息”填自评表的文字和人员。" +
            "资金到位率、预算执行率和指标完成情况由系统计算，不需填写。",
        ];
        foreach (var rule in rules)
        {
            var range = ws.Range(row, 1, row, 4).Merge();
            range.FirstCell().SetValue(rule);
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            ws.Row(row).Height = HeightFor(rule, fullWidth);
            row++;
        }
        row++;

        string[] headers = ["工作表", "栏目", "要求", "填写说明"];
        for (int c = 0; c < headers.Length; c++) ws.Cell(row, c + 1).SetValue(headers[c]);
        StyleHeader(ws.Range(row, 1, row, 4), TitleFill);
        row++;

        foreach (var sheet in InputSheets.All)
        {
            WriteGuideRow(ws, row++, sheet.Name, "（整张表）", "", sheet.Guide, bold: true);
            foreach (var column in sheet.Columns)
                WriteGuideRow(ws, row++, "", column.Header, column.NeedLabel, column.FullGuide, bold: false);
        }
        WriteGuideRow(ws, row++, InputSheets.CodeSheet, "（整张表）", "参考",
            $"{year.Value}年支出功能分类科目和部门预算支出经济分类科目的编码与名称，供查询编码；导入时不读取此表，请勿修改。", bold: true);

        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }

    private static void WriteGuideRow(IXLWorksheet ws, int row, string sheet, string column, string need, string guide, bool bold)
    {
        ws.Cell(row, 1).SetValue(sheet);
        ws.Cell(row, 2).SetValue(column);
        ws.Cell(row, 3).SetValue(need);
        ws.Cell(row, 4).SetValue(guide);
        var range = ws.Range(row, 1, row, 4);
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        if (bold)
        {
            range.Style.Font.Bold = true;
            range.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        }
        ws.Row(row).Height = HeightFor(guide, GuideWidth);
    }

    // ---- 单位信息 ----

    private static void WriteUnitSheet(IXLWorksheet ws, InputSheet sheet, FiscalYear year, Dictionary<InputColumn, object>? values)
    {
        ws.Column(1).Width = 16;
        ws.Column(2).Width = 40;
        ws.Column(3).Width = GuideWidth;
        ws.Cell(1, 1).SetValue(InputSheets.Unit.KeyHeader);
        ws.Cell(1, 2).SetValue(InputSheets.Unit.ValueHeader);
        ws.Cell(1, 3).SetValue(InputSheets.Unit.NoteHeader);
        StyleHeader(ws.Range(1, 1, 1, 3), TitleFill);
        ws.SheetView.FreezeRows(1);

        int row = 2;
        foreach (var field in sheet.Columns)
        {
            ws.Cell(row, 1).SetValue(field.Header);
            ws.Cell(row, 1).Style.Font.Bold = true;
            ws.Cell(row, 1).Style.Fill.BackgroundColor = FillFor(field.Need);
            var value = ws.Cell(row, 2);
            value.Style.NumberFormat.Format = field.Kind is CellKind.Count or CellKind.Year ? "0" : TextFormat;
            if (values is not null && values.TryGetValue(field, out var given)) SetCell(value, given);
            else if (field == InputSheets.Unit.Year) value.SetValue(year.Value);
            var note = $"{field.NeedLabel}。{field.FullGuide}";
            ws.Cell(row, 3).SetValue(note);
            ws.Cell(row, 3).Style.Alignment.WrapText = true;
            ws.Row(row).Height = HeightFor(note, GuideWidth);
            AddValidation(value.AsRange(), field, lists: null, strictCodes: true);
            row++;
        }
        var table = ws.Range(1, 1, row - 1, 3);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }

    // ---- table sheets ----

    private static void WriteTableSheet(IXLWorksheet ws, InputSheet sheet, CodeLists lists, bool strictCodes, List<Dictionary<InputColumn, object>> rows)
    {
        double headerHeight = 30;
        for (int c = 0; c < sheet.Columns.Count; c++)
        {
            var column = sheet.Columns[c];
            int n = c + 1;
            ws.Column(n).Width = column.Width;
            ws.Column(n).Style.NumberFormat.Format = FormatFor(column.Kind);
            if (column.Wrap)
            {
                ws.Column(n).Style.Alignment.WrapText = true;
                ws.Column(n).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            }
            var header = ws.Cell(1, n);
            header.SetValue(column.PrintedHeader);
            StyleHeader(header.AsRange(), FillFor(column.Need));
            headerHeight = Math.Max(headerHeight, HeaderHeight(column.PrintedHeader, column.Width));
            AddValidation(ws.Range(2, n, InputSheets.LastInputRow, n), column, lists, strictCodes);
        }
        ws.Row(1).Height = headerHeight;
        for (int r = 0; r < rows.Count; r++)
        {
            int lines = 1;
            for (int c = 0; c < sheet.Columns.Count; c++)
            {
                if (!rows[r].TryGetValue(sheet.Columns[c], out var given)) continue;
                SetCell(ws.Cell(r + 2, c + 1), given);
                if (sheet.Columns[c].Wrap && given is string text) lines = Math.Max(lines, WrappedLines(text, sheet.Columns[c].Width));
            }
            // A wrapped cell's row is given its height: not every program fits rows to their text when opening the file.
            if (lines > 1)
            {
                ws.Row(r + 2).Height = Math.Min(409, lines * 15 + 4);
                ws.Range(r + 2, 1, r + 2, sheet.Columns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            }
        }
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.SetRowsToRepeatAtTop(1, 1);
        if (sheet.FreezeFirstColumn)
        {
            // One page wide would shrink its thirty columns to unreadable print: print at a fixed scale, across pages.
            ws.SheetView.Freeze(1, 1);
            ws.PageSetup.Scale = 70;
            ws.PageSetup.PageOrder = XLPageOrderValues.OverThenDown;
            ws.PageSetup.SetColumnsToRepeatAtLeft(1, 1);
        }
        else
        {
            ws.SheetView.FreezeRows(1);
            ws.PageSetup.FitToPages(1, 0);
        }
    }

    private static string FormatFor(CellKind kind) => kind switch
    {
        CellKind.Amount => AmountFormat,
        CellKind.Code or CellKind.Text or CellKind.Choice or CellKind.Period => TextFormat,
        CellKind.Date => "yyyy-mm-dd",
        CellKind.Count or CellKind.Year or CellKind.Years => "0",
        _ => "General",
    };

    private static void AddValidation(IXLRange range, InputColumn column, CodeLists? lists, bool strictCodes)
    {
        var validation = range.SetDataValidation();
        validation.IgnoreBlanks = true;
        validation.InputTitle = Shorten(column.Header, 32);
        validation.InputMessage = Shorten($"{column.NeedLabel}。{column.FullGuide}", 255);
        validation.ShowInputMessage = true;
        validation.ErrorTitle = Shorten(column.Header, 32);
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ShowErrorMessage = true;

        if (column.Choices.Count > 0)
        {
            validation.List("\"" + string.Join(",", column.Choices) + "\"", true);
            validation.ErrorStyle = column.LooseChoices ? XLErrorStyle.Warning : XLErrorStyle.Stop;
            validation.ErrorMessage = (column.LooseChoices ? "建议从下拉列表中选择：" : "请从下拉列表中选择：") + string.Join("、", column.Choices);
            return;
        }
        switch (column.Kind)
        {
            case CellKind.Code when lists?.For(column.Codes) is { } source:
                validation.List(source, true);
                bool strict = strictCodes && column.Codes is CodeSource.Functional or CodeSource.Economic;
                validation.ErrorStyle = strict ? XLErrorStyle.Stop : XLErrorStyle.Warning;
                validation.ErrorMessage = column.Codes switch
                {
                    CodeSource.Project => "该编码不在“项目”表中，请先在“项目”表登记。",
                    CodeSource.DeclaredProject => "该编码不在“绩效目标”表中，请先在“绩效目标”表为该项目填一行。",
                    _ => strict ? "该编码不在“科目”表中，请查阅“科目”表。" : "该编码不在“科目”表中，请确认编码无误（上年表填上年的编码；本年度目录未经确认时，可能是目录未收的本年度编码）。",
                };
                break;
            case CellKind.Amount or CellKind.Quantity:
                validation.Decimal.EqualOrGreaterThan(0);
                validation.ErrorMessage = "应为不小于 0 的数字" + (column.Kind == CellKind.Amount ? "（单位：元，最多两位小数）。" : "。");
                break;
            case CellKind.Percent:
                // A typed 25% is stored as 0.25, which the reader takes back as 25% (CellText); both are within 0–100.
                validation.Decimal.Between(0, 100);
                validation.ErrorMessage = "应为 0–100 的百分数，如 25 或 25%。";
                break;
            case CellKind.Count:
                validation.WholeNumber.EqualOrGreaterThan(0);
                validation.ErrorMessage = "应为不小于 0 的整数。";
                break;
            case CellKind.Years:
                // Whole years only: a typed “3年” is text, which the validation would stop, so it only warns.
                validation.WholeNumber.Between(1, 99);
                validation.ErrorStyle = XLErrorStyle.Warning;
                validation.ErrorMessage = "应为 1–99 的整数年数，如 1、3。";
                break;
            case CellKind.Score:
                validation.Decimal.EqualOrGreaterThan(0);
                validation.ErrorMessage = "应为不小于 0 的分数（最多两位小数）。";
                break;
            case CellKind.Date when lists is not null:
                // Text such as 2023/6/30 is read too, so a value the date rule does not take only warns.
                validation.Date.Between(new DateTime(lists.Year.Value, 1, 1), new DateTime(lists.Year.Value, 12, 31));
                validation.ErrorStyle = XLErrorStyle.Warning;
                validation.ErrorMessage = $"应为{lists.Year.Value}年内的日期，如 {lists.Year.Value}-06-30。";
                break;
            case CellKind.Year:
                validation.WholeNumber.Between(FiscalYear.MinValue, FiscalYear.MaxValue);
                validation.ErrorMessage = $"应为 {FiscalYear.MinValue}–{FiscalYear.MaxValue} 的四位年份。";
                break;
            default:
                validation.AllowedValues = XLAllowedValues.AnyValue;
                validation.ShowErrorMessage = false;
                break;
        }
    }

    /// <summary>A value as a person would type it: text as text (never a formula), numbers and dates as such.</summary>
    private static void SetCell(IXLCell cell, object value)
    {
        switch (value)
        {
            case string text: cell.SetValue(text); break;
            // A cell holds a double: a figure of more digits than it keeps (above some 10¹³ 元 with its 分) is written as
            // text, which the reader takes as typed.
            case decimal number when (decimal)(double)number == number: cell.SetValue(number); break;
            case decimal number: cell.SetValue(number.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case int number: cell.SetValue(number); break;
            case DateOnly date: cell.SetValue(date.ToDateTime(TimeOnly.MinValue)); break;
            default: throw new ArgumentException($"工作簿单元格不接受 {value.GetType().Name} 类型的值", nameof(value));
        }
    }

    // ---- 科目 ----

    private static (IXLRange Functional, IXLRange Economic) WriteCodeSheet(IXLWorksheet ws, CatalogSet catalogs)
    {
        string[] headers = ["功能分类科目编码", "功能分类科目名称", "级次", "", "经济分类科目编码", "经济分类科目名称", "级次"];
        double[] widths = [18, 44, 6, 3, 18, 30, 6];
        for (int c = 0; c < headers.Length; c++)
        {
            ws.Column(c + 1).Width = widths[c];
            if (headers[c].Length == 0) continue;
            ws.Cell(1, c + 1).SetValue(headers[c]);
        }
        ws.Column(1).Style.NumberFormat.Format = TextFormat;
        ws.Column(5).Style.NumberFormat.Format = TextFormat;
        StyleHeader(ws.Range(1, 1, 1, 3), TitleFill);
        StyleHeader(ws.Range(1, 5, 1, 7), TitleFill);
        ws.Row(1).Height = 30;
        ws.SheetView.FreezeRows(1);

        int functionalRows = WriteCatalog(ws, 1, catalogs.Functional.Entries);
        int economicRows = WriteCatalog(ws, 5, catalogs.DepartmentalEconomic.Entries.Where(e => e.Code.StartsWith('3')).ToList());
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.SetRowsToRepeatAtTop(1, 1);
        return (ws.Range(2, 1, Math.Max(2, functionalRows + 1), 1), ws.Range(2, 5, Math.Max(2, economicRows + 1), 5));
    }

    private static int WriteCatalog(IXLWorksheet ws, int firstColumn, IReadOnlyList<CatalogEntry> entries)
    {
        int row = 2;
        foreach (var entry in entries)
        {
            int level = entry.Code.Length switch { 3 => 1, 5 => 2, _ => 3 };
            ws.Cell(row, firstColumn).SetValue(entry.Code);
            var name = ws.Cell(row, firstColumn + 1);
            name.SetValue(entry.Name);
            name.Style.Alignment.Indent = (level - 1) * 2;
            ws.Cell(row, firstColumn + 2).SetValue(level switch { 1 => "类", 2 => "款", _ => "项" });
            if (level == 1) ws.Range(row, firstColumn, row, firstColumn + 2).Style.Font.Bold = true;
            row++;
        }
        return entries.Count;
    }

    // ---- small helpers ----

    private static void StyleHeader(IXLRange range, XLColor fill)
    {
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = fill;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    private static XLColor FillFor(Need need) => need switch
    {
        Need.Required => RequiredFill,
        Need.Conditional => ConditionalFill,
        _ => OptionalFill,
    };

    /// <summary>A row height that shows <paramref name="text"/> wrapped in a column of <paramref name="width"/> characters (a CJK character counts two).</summary>
    private static double HeightFor(string text, double width)
    {
        int units = text.Sum(ch => ch > 0x2E7F ? 2 : 1);
        int lines = Math.Max(1, (int)Math.Ceiling(units / (width * 0.92)));
        return Math.Max(18, lines * 15 + 4);
    }

    /// <summary>The lines <paramref name="text"/> takes wrapped in a column of <paramref name="width"/> characters (a CJK character counts two).</summary>
    private static int WrappedLines(string text, double width) =>
        text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Sum(ch => ch > 0x2E7F ? 2 : 1) / (width * 0.92))));

    /// <summary>The height of a bold header: each of its lines wrapped in a column of <paramref name="width"/> (a CJK character about 1.75 digits wide).</summary>
    private static double HeaderHeight(string header, double width)
    {
        int lines = header.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Sum(ch => ch > 0x2E7F ? 1.75 : 1.0) / width)));
        return Math.Max(18, lines * 15 + 4);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
