using System.Globalization;
using Jixiao.Data;
using Jixiao.Monitoring;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Records;

/// <summary>
/// 绩效监控 of a record's projects at a date (双监控: spending against time and plan, indicators against what the date
/// expects): a light per project and indicator, a chart of execution against time, the warnings — each of which a
/// reviewer turns into a 整改 task with an owner of the unit and a due date — and the tasks with the unit's answers.
/// </summary>
[Needs(Capability.ViewRecord)]
public sealed class MonitoringModel(RecordAccess access, RecordService records, RectificationService tasks, CurrentUser user, JixiaoDb db) : PageModel
{
    public Record Record { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public MonitoringReport Report { get; private set; } = null!;
    public DateOnly Date { get; private set; }
    public List<RectificationTask> Tasks { get; private set; } = [];
    public List<Jixiao.Data.Account> Owners { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];
    public bool MayCreate { get; private set; }
    public bool MayAnswer { get; private set; }
    public string? RefusalText { get; private set; }

    [BindProperty(SupportsGet = true, Name = "date")] public string? DateText { get; set; }
    [BindProperty] public string? Issue { get; set; }
    [BindProperty] public string? ProjectCode { get; set; }
    [BindProperty] public string? OwnerId { get; set; }
    [BindProperty] public string? Due { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    [HandlerNeeds(Capability.CreateRectification)]
    public async Task<IActionResult> OnPostCreateTaskAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        DateOnly? due = DateOnly.TryParseExact(Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return await DoAsync(() => tasks.CreateAsync(Record, ProjectCode, Issue, OwnerId, due, user.Principal.UserId()), "已建立整改任务");
    }

    [HandlerNeeds(Capability.UpdateRectification)]
    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid task, bool done)
    {
        if (!await LoadAsync(id)) return NotFound();
        // an account of another unit holding the role is refused as if the task did not exist
        if (!MayAnswer) return NotFound();
        return await DoAsync(() => tasks.AnswerAsync(Record, task, Version, Answer, done), done ? "已标记为已整改" : "已保存整改情况");
    }

    private async Task<IActionResult> DoAsync(Func<Task> action, string done)
    {
        try { await action(); }
        catch (Refusal r)
        {
            if (r.Status == StatusCodes.Status404NotFound) return NotFound();
            db.ChangeTracker.Clear();
            await LoadAsync(Record.Id);
            RefusalText = r.Message;
            Response.StatusCode = r.Status;
            return Page();
        }
        TempData["Message"] = done;
        return Redirect($"/records/{Record.Id}/monitoring?date={Date:yyyy-MM-dd}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var record = await access.FindAsync(id);
        if (record is null) return false;
        Record = record;
        UnitName = await db.Units.Where(u => u.Id == record.UnitId).Select(u => u.Name).FirstAsync();
        Date = DateFor(record.Year, DateText, DateOnly.FromDateTime(DateTime.Today));
        var budget = (await records.LoadAsync(record, HttpContext.RequestAborted)).Budget;
        Report = PerformanceMonitoring.At(budget, Date, MonitoringThresholds.Default);
        if (await access.ProjectsInScopeAsync(id) is { } assigned)
            Report = Report with { Projects = Report.Projects.Where(p => assigned.Contains(p.Project.Code)).ToList() };
        var account = await user.AccountAsync();
        Tasks = await db.Rectifications.AsNoTracking().Where(t => t.RecordId == id).OrderBy(t => t.State).ThenBy(t => t.DueDate).ToListAsync();
        Owners = await tasks.OwnersAsync(record);
        var ids = Tasks.SelectMany(t => new[] { t.OwnerId, t.CreatorId }).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.DisplayName);
        var role = Jixiao.Application.Workflow.Roles.FromCode(account?.Role);
        MayCreate = Capabilities.Allows(Capability.CreateRectification, role);
        MayAnswer = RectificationService.MayAnswer(account, record);
        return true;
    }

    /// <summary>
    /// The date monitored: the one asked for (within the record's year), else today in the record's year, else the
    /// year's half (30 June, the mid-year monitoring) for a past or coming year.
    /// </summary>
    public static DateOnly DateFor(int year, string? asked, DateOnly today)
    {
        if (DateOnly.TryParseExact(asked?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year == year) return d;
        return today.Year == year ? today : new DateOnly(year, 6, 30);
    }

    public string NameOf(string id) => Names.GetValueOrDefault(id) ?? id;

    public static string LightName(MonitoringLight? light) => light switch
    {
        MonitoringLight.Red => "红灯",
        MonitoringLight.Yellow => "黄灯",
        MonitoringLight.Green => "绿灯",
        MonitoringLight.Blue => "蓝灯",
        _ => "未亮灯",
    };

    public static string LightClass(MonitoringLight? light) => light switch
    {
        MonitoringLight.Red => "red",
        MonitoringLight.Yellow => "yellow",
        MonitoringLight.Green => "green",
        MonitoringLight.Blue => "blue",
        _ => "none",
    };

    /// <summary>An SVG text element (Razor reads &lt;text&gt; as its own tag), its content encoded.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString SvgText(int x, int y, string content, int size = 12, string anchor = "start", string fill = "#1d2430") =>
        new($"<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{fill}\">{System.Net.WebUtility.HtmlEncode(content)}</text>");

    public static string Percent(decimal? d) => d is { } x ? (x * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";
}
