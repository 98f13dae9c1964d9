using System.Globalization;
using System.Text;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Overview;

/// <summary>
/// The finance bureau's overview of every unit in its scope for a year: how many budgets are submitted, returned,
/// approved, published, overdue; each unit's state, figures and findings; filtered, paged, exported as CSV or XLSX.
/// </summary>
[Needs(Capability.FinanceOverview)]
public sealed class IndexModel(JixiaoDb db, CurrentUser user, DeadlineCalendar calendar, TimeProvider clock) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public RecordKind Kind { get; set; } = RecordKind.Budget;
    [BindProperty(SupportsGet = true)] public Guid? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<UnitStanding> Rows { get; private set; } = [];
    public int Matching { get; private set; }
    public IReadOnlyList<(string State, int Count)> Counts { get; private set; } = [];
    public int OverdueCount { get; private set; }
    public int UnitCount { get; private set; }
    public decimal Expenditure { get; private set; }
    public List<(Guid Id, string Name)> Departments { get; private set; } = [];

    public static readonly string[] States = ["已公开", "已批复", "已审核", "已提交", "退回", "草稿", UnitOverview.NotStarted];

    public async Task OnGetAsync()
    {
        var all = await ReadAsync();
        var matching = Filter(all).ToList();
        Matching = matching.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Matching + PageSize - 1) / PageSize));
        Rows = matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        var rows = Filter(await ReadAsync()).ToList();
        string name = $"{Year}年{Kind.ChineseName()}情况";
        return format switch
        {
            "xlsx" => File(Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => File(Csv(rows), "text/csv; charset=utf-8", name + ".csv"),
        };
    }

    private async Task<List<UnitStanding>> ReadAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Year ??= await db.Records.MaxAsync(r => (int?)r.Year) ?? today.Year;
        var units = await user.VisibleUnitsAsync();
        Departments = await user.DepartmentsAsync();
        var all = await UnitOverview.ReadAsync(db, units, Kind, Year.Value, today, calendar, HttpContext.RequestAborted);
        UnitCount = all.Count;
        Counts = States.Select(s => (s, all.Count(r => r.State == s))).ToList();
        OverdueCount = all.Count(r => r.Overdue);
        Expenditure = all.Sum(r => r.Expenditure ?? 0);
        return all;
    }

    private IEnumerable<UnitStanding> Filter(IEnumerable<UnitStanding> rows)
    {
        var departmentName = Departments.FirstOrDefault(d => d.Id == Department).Name;
        if (Department is not null) rows = rows.Where(r => r.Department == departmentName);
        if (!string.IsNullOrEmpty(State)) rows = rows.Where(r => r.State == State);
        if (Overdue) rows = rows.Where(r => r.Overdue);
        if (!string.IsNullOrWhiteSpace(Q)) rows = rows.Where(r => r.Unit.Contains(Q.Trim(), StringComparison.Ordinal) || r.Code.StartsWith(Q.Trim(), StringComparison.Ordinal));
        return rows;
    }

    private static readonly string[] Header = ["区划", "主管部门", "单位编码", "单位", "状态", "报送期限", "逾期", "支出合计（元）", "基本支出（元）", "项目支出（元）", "错误", "警告", "等次"];

    private static object?[] Cells(UnitStanding r) =>
        [r.RegionCode, r.Department, r.Code, r.Unit, r.State, r.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Overdue ? "是" : "",
            r.Expenditure, r.Basic, r.ProjectSpending, r.Errors, r.Warnings, r.Grade];

    /// <summary>
    /// CSV as Excel and WPS open it: UTF-8 with its byte-order mark, CRLF, amounts with two decimals; a cell that a
    /// spreadsheet would run as a formula is escaped.
    /// </summary>
    private static byte[] Csv(List<UnitStanding> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvHelper.CsvWriter.Create(stream, new CsvHelper.CsvWriterOptions
               {
                   WriteByteOrderMark = true, NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture, Injection = CsvHelper.CsvInjection.Escape,
               }, true))
        {
            foreach (var h in Header) csv.WriteField(h);
            csv.EndRecord();
            foreach (var r in rows)
            {
                foreach (var c in Cells(r))
                    csv.WriteField(c switch { decimal d => d.ToString("0.00", CultureInfo.InvariantCulture), null => "", _ => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "" });
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    private static byte[] Xlsx(List<UnitStanding> rows)
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        var sheet = workbook.AddWorksheet("情况");
        for (int c = 0; c < Header.Length; c++) sheet.Cell(1, c + 1).Value = Header[c];
        int row = 2;
        foreach (var r in rows)
        {
            var cells = Cells(r);
            for (int c = 0; c < cells.Length; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                switch (cells[c])
                {
                    case decimal d: cell.Value = d; cell.Style.NumberFormat.Format = "#,##0.00"; break;
                    case int i: cell.Value = i; break;
                    case string s: cell.Value = s; break;
                }
            }
            row++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        // Widths set, not measured: ClosedXML measures text through libgdiplus, which a server need not have.
        double[] widths = [9, 22, 12, 30, 8, 12, 6, 18, 18, 18, 6, 6, 6];
        for (int c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public string Link(int page) =>
        $"/overview?year={Year}&kind={Kind}&department={Department}&state={Uri.EscapeDataString(State ?? "")}&overdue={Overdue.ToString().ToLowerInvariant()}&q={Uri.EscapeDataString(Q ?? "")}&p={page}";
}
