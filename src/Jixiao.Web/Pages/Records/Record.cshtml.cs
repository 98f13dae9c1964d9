using System.Globalization;
using Jixiao.Application.Workflow;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Data;
using Jixiao.Rules;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Records;

/// <summary>
/// One record: its budget lines by classification with totals and the checker's findings beside the rows, the line
/// editor while it is a draft, the workflow's actions for the signed-in role, and its history. A refused save
/// (a conflict with another person's, a wrong field) shows the page again with what was typed still in the form.
/// </summary>
[Needs(Capability.ViewRecord)]
public sealed class RecordModel(RecordAccess access, RecordService records, CurrentUser user, WorkflowChain chain, JixiaoDb db) : PageModel
{
    public Record Record { get; private set; } = null!;
    public LoadedRecord Loaded { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public DocumentReport Report { get; private set; } = null!;
    public Role Role { get; private set; }
    public IReadOnlyList<WorkflowAction> Allowed { get; private set; } = [];
    public bool Editable { get; private set; }
    public int Errors { get; private set; }
    public string? PendingStepName { get; private set; }
    public IReadOnlyList<KeyValuePair<string, string>> NeededExplanations { get; private set; } = [];
    public List<(string Time, string Who, string What)> History { get; } = [];
    /// <summary>How many history items the page lists (the latest); the rest are in the audit log.</summary>
    public const int HistoryShown = 20;
    /// <summary>Whether the history has more than the page lists.</summary>
    public bool HistoryMore { get; private set; }
    public List<StoredFile> Files { get; private set; } = [];
    /// <summary>The record's projects with their target forms' size and review (an expert: the projects assigned to them).</summary>
    public List<ProjectRow> Projects { get; private set; } = [];

    public sealed record ProjectRow(string Code, string Name, decimal Amount, int Indicators, int Findings);

    [BindProperty] public int Version { get; set; }
    // Named, so that a post without the line form's fields (an upload, a transition) binds no line: unnamed, the binder
    // falls back to the unprefixed values and takes the record's id from the route as the line's.
    [BindProperty(Name = nameof(Line))] public LineInput Line { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Dictionary<string, string> Explanations { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Edit { get; set; }

    public Dictionary<string, string> FieldErrors { get; } = [];
    public string? RefusalText { get; private set; }
    /// <summary>The places and problems of a refused upload (a workbook's rows), listed under the refusal.</summary>
    public IReadOnlyList<(string Place, string Message)> RefusalDetails { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        // an expert sees the projects assigned to them, not the unit's whole budget (docs/roles.md)
        if (Role == Role.Expert)
            return Projects.Count > 0 ? Redirect($"/records/{id}/projects/{Uri.EscapeDataString(Projects[0].Code)}") : NotFound();
        if (Edit is not null && Loaded.Budget.Lines.FirstOrDefault(l => l.Id == Edit) is { } line) Line = LineInput.Of(line);
        return Page();
    }

    [HandlerNeeds(Capability.EditRecord)]
    public Task<IActionResult> OnPostAddLineAsync(Guid id) => ChangeLinesAsync(id, (budget, line) =>
        (budget with { Lines = [.. budget.Lines, line with { Id = LineIds.Next(budget.Lines) }] }, $"新增预算行 {LineIds.Next(budget.Lines)}"));

    [HandlerNeeds(Capability.EditRecord)]
    public Task<IActionResult> OnPostEditLineAsync(Guid id) => ChangeLinesAsync(id, (budget, line) =>
        budget.Lines.Any(l => l.Id == line.Id)
            ? (budget with { Lines = budget.Lines.Select(l => l.Id == line.Id ? line : l).ToList() }, $"修改预算行 {line.Id}")
            : throw Refusal.Conflict($"预算行 {line.Id} 已不存在（可能已被他人删除）"));

    [HandlerNeeds(Capability.EditRecord)]
    public async Task<IActionResult> OnPostDeleteLineAsync(Guid id, string lineId)
    {
        if (!await LoadAsync(id)) return NotFound();
        return await SaveAsync(() =>
        {
            if (Loaded.Budget.Lines.All(l => l.Id != lineId)) throw Refusal.Conflict($"预算行 {lineId} 已不存在（可能已被他人删除）");
            var budget = Loaded.Budget with { Lines = Loaded.Budget.Lines.Where(l => l.Id != lineId).ToList() };
            return records.SaveAsync(Record, Version, budget, user.Principal.UserId(), $"删除预算行 {lineId}");
        }, $"已删除预算行 {lineId}");
    }

    [HandlerNeeds(Capability.UploadIntoRecord)]
    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, [FromServices] Jixiao.Web.Setup.JixiaoOptions options)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (file is null || file.Length == 0)
            return Refused(StatusCodes.Status422UnprocessableEntity, "请选择要上传的文件（.json 数据包、.xlsx 填报工作簿或已公开的预算文件）");
        if (file.Length > options.MaxUploadBytes)
            return Refused(StatusCodes.Status413PayloadTooLarge, $"“{file.FileName}”有 {file.Length / 1024 / 1024} MiB，超过了 {options.MaxUploadBytes / 1024 / 1024} MiB 的上限");
        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            content = buffer.ToArray();
        }
        var before = Loaded.Budget;
        string? lost = null;
        string done = $"已上传“{Path.GetFileName(file.FileName)}”，保存为新版本";
        var result = await SaveAsync(async () =>
        {
            await records.SaveUploadAsync(Record, Version, Path.GetFileName(file.FileName), content, user.Principal.UserId(), HttpContext.RequestAborted);
            lost = Lost(before, (await records.LoadAsync(Record, HttpContext.RequestAborted)).Budget);
        }, done);
        // An upload replaces the whole budget: what the file did not hold is gone from the new version, and is said so.
        if (lost is not null) TempData["Message"] = $"{done}。注意：{lost}（历次版本都保留在历史中）";
        return result;
    }

    /// <summary>What the projects of <paramref name="before"/> had and those of <paramref name="after"/> no longer have; null when nothing.</summary>
    public static string? Lost(UnitBudget before, UnitBudget after)
    {
        var now = after.Projects.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        // projects still there that lost a part (a project gone is counted once, as gone)
        int Count(Func<Project, bool> has) => before.Projects.Count(p => has(p) && now.TryGetValue(p.Code, out var q) && !has(q));
        var parts = new List<string>();
        if (before.Projects.Count(p => !now.ContainsKey(p.Code)) is > 0 and var gone) parts.Add($"少了 {gone} 个项目");
        if (Count(p => p.Targets is not null) is > 0 and var targets) parts.Add($"{targets} 个项目没有了绩效目标");
        if (Count(p => p.Execution is not null) is > 0 and var execution) parts.Add($"{execution} 个项目没有了执行数据");
        if (Count(p => p.Evaluation is not null) is > 0 and var evaluation) parts.Add($"{evaluation} 个项目没有了自评");
        return parts.Count == 0 ? null : "与上一版相比，" + string.Join("，", parts);
    }

    private PageResult Refused(int status, string message)
    {
        RefusalText = message;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>
    /// The Excel workbook of the record's year (budget, targets, execution, self-evaluation) filled with the version shown,
    /// to edit and upload back; blank when <paramref name="blank"/>.
    /// </summary>
    public async Task<IActionResult> OnGetTemplateAsync(Guid id, bool blank = false)
    {
        // the workbook holds the whole budget: an expert, who sees only the projects assigned to them, gets none
        if (await access.FindWholeAsync(id) is null || !await LoadAsync(id)) return NotFound();
        if (!Jixiao.Application.Templates.InputWorkbook.HasCatalogs(Record.Year)) return NotFound();
        using var stream = new MemoryStream();
        if (blank)
        {
            Jixiao.Documents.Xlsx.Input.BudgetWorkbookTemplate.Write(stream, new Jixiao.Codes.FiscalYear(Record.Year));
            return File(stream.ToArray(), FileStore.MediaType(".xlsx"), $"{UnitName}{Record.Year}年预算填报表（空白）.xlsx");
        }
        Jixiao.Documents.Xlsx.Input.BudgetWorkbookTemplate.Write(stream, Loaded.Budget);
        return File(stream.ToArray(), FileStore.MediaType(".xlsx"), $"{UnitName}{Record.Year}年预算填报表（第{Loaded.Revision.Number}版）.xlsx");
    }

    /// <summary>What of the version shown the filled workbook has no place for: an upload of that workbook would drop it.</summary>
    public IReadOnlyList<string> NotInWorkbook() => records.NotInWorkbook(Loaded);

    [HandlerNeeds(Capability.StartNextYear)]
    public async Task<IActionResult> OnPostNextYearAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        int next = Record.Year + 1;
        if (Record.Kind != nameof(RecordKind.Budget)) return Refused(StatusCodes.Status422UnprocessableEntity, "只有单位预算可以结转到下一年");
        if (!CatalogSet.AvailableYears.Contains(next))
            return Refused(StatusCodes.Status422UnprocessableEntity, $"没有 {next} 年的科目目录（现有：{CatalogSet.AvailableYearsText} 年），无法编制 {next} 年预算");
        var unit = await db.Units.SingleAsync(u => u.Id == Record.UnitId);
        try
        {
            var created = await records.CreateAsync(unit, next, RecordKind.Budget, NextYear.From(Loaded.Budget), user.Principal.UserId(),
                $"以 {Record.Year} 年预算第 {Loaded.Revision.Number} 版为基础编制");
            TempData["Message"] = $"已以本年预算为基础建立 {next} 年预算草稿";
            return Redirect($"/records/{created.Id}");
        }
        catch (Refusal r)
        {
            return Refused(r.Status, r.Message);
        }
    }

    /// <summary>Whether next year's budget of this unit can be started here (not yet there, a catalog for it).</summary>
    public bool CanStartNextYear { get; private set; }

    [HandlerNeeds(Capability.Submit)]
    public Task<IActionResult> OnPostSubmitAsync(Guid id) => MoveAsync(id, WorkflowAction.Submit, "已提交");

    [HandlerNeeds(Capability.SignOff, Capability.Review, Capability.Approve, Capability.ExpertOpinion)]
    public Task<IActionResult> OnPostPassAsync(Guid id) => MoveAsync(id, WorkflowAction.Pass, "已通过");

    [HandlerNeeds(Capability.SignOff, Capability.Review, Capability.Approve, Capability.ExpertOpinion)]
    public Task<IActionResult> OnPostReturnAsync(Guid id) => MoveAsync(id, WorkflowAction.Return, "已退回");

    [HandlerNeeds(Capability.Publish)]
    public Task<IActionResult> OnPostPublishAsync(Guid id) => MoveAsync(id, WorkflowAction.Publish, "已公开");

    private async Task<IActionResult> MoveAsync(Guid id, WorkflowAction action, string done)
    {
        if (!await LoadAsync(id)) return NotFound();
        return await SaveAsync(() => records.MoveAsync(Record, Version, Role, action, user.Principal.UserId(), Reason,
            Explanations.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value)), done);
    }

    /// <summary>The budget with the line as typed so far (shown by the totals panel while typing; nothing saved).</summary>
    public UnitBudget? Preview { get; private set; }

    /// <summary>What the checker would say of the typed line.</summary>
    public IReadOnlyList<Finding> PreviewFindings { get; private set; } = [];

    /// <summary>The totals and the line's findings as they would be once the line typed so far is saved (htmx, as people type).</summary>
    [HandlerNeeds(Capability.EditRecord)]
    public async Task<IActionResult> OnPostPreviewLineAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var line = Line.ToLine(Loaded.Budget, FieldErrors);
        if (line is not null)
        {
            var lines = Loaded.Budget.Lines.ToList();
            int at = string.IsNullOrEmpty(Line.Id) ? -1 : lines.FindIndex(l => l.Id == Line.Id);
            if (at >= 0) lines[at] = line;
            else lines.Add(line with { Id = LineIds.Next(Loaded.Budget.Lines) });
            int index = at >= 0 ? at : lines.Count - 1;
            Preview = Loaded.Budget with { Lines = lines };
            PreviewFindings = records.Check(Preview, Enum.Parse<RecordKind>(Record.Kind), UnitName).Findings.Where(f => LineIndex(f.Location) == index).ToList();
        }
        return Partial("_Totals", this);
    }

    private async Task<IActionResult> ChangeLinesAsync(Guid id, Func<UnitBudget, BudgetLine, (UnitBudget Budget, string Note)> change)
    {
        if (!await LoadAsync(id)) return NotFound();
        var line = Line.ToLine(Loaded.Budget, FieldErrors);
        if (line is null) return Refused(StatusCodes.Status422UnprocessableEntity, "预算行未保存：请改正标出的项");
        return await SaveAsync(() =>
        {
            var (budget, note) = change(Loaded.Budget, line);
            return records.SaveAsync(Record, Version, budget, user.Principal.UserId(), note);
        }, "已保存");
    }

    private async Task<IActionResult> SaveAsync(Func<Task> save, string done)
    {
        try
        {
            await save();
        }
        catch (Refusal r) when (Role == Role.Expert)
        {
            // an expert gives the opinion from the project page and is told there (the whole record is not theirs to see)
            TempData["Message"] = "未完成：" + r.Message;
            return Redirect($"/records/{Record.Id}");
        }
        catch (Refusal r)
        {
            // The page is shown again on the record as it now is, with the refused input kept in the form.
            db.ChangeTracker.Clear();
            await LoadAsync(Record.Id);
            // What was typed stays in the form; the version becomes the record's current one, so that saving it again
            // (having seen the other change) applies it to the record as it now is.
            Version = Record.Version;
            RefusalText = r.Message;
            RefusalDetails = r.Details;
            Response.StatusCode = r.Status;
            return Page();
        }
        TempData["Message"] = done;
        return Redirect($"/records/{Record.Id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var record = await access.FindAsync(id);
        if (record is null) return false;
        Record = record;
        Role = (await user.RoleAsync())!.Value;
        Loaded = await records.LoadAsync(record);
        UnitName = await db.Units.Where(u => u.Id == record.UnitId).Select(u => u.Name).FirstAsync();
        Report = records.Check(Loaded, UnitName);
        var at = new WorkflowPosition(RecordStates.FromChinese(record.State)!.Value, record.PendingStep);
        Allowed = chain.Allowed(at, Role);
        PendingStepName = chain.Pending(at)?.Name;
        Editable = at.State.IsEditable() && Role == Role.Handler;
        Errors = Report.Findings.Count(f => f.Severity == Severity.Error);
        // While an error blocks submission, the explanations it would need are not asked for yet.
        if (Allowed.Contains(WorkflowAction.Submit) && Errors == 0) NeededExplanations = RecordService.ExplanationsNeeded(Report);
        if (Request.Method == "GET") Version = record.Version;
        CanStartNextYear = Role == Role.Handler && record.Kind == nameof(RecordKind.Budget) && CatalogSet.AvailableYears.Contains(record.Year + 1)
            && !await db.Records.AnyAsync(r => r.UnitId == record.UnitId && r.Year == record.Year + 1 && r.Kind == record.Kind);
        await LoadHistoryAsync(record);
        Files = await db.Files.AsNoTracking().Where(f => f.RecordId == record.Id).OrderBy(f => f.CreatedUtc).ToListAsync();
        var targets = records.Check(Loaded, RecordKind.Targets, UnitName).Findings.ToLookup(f => f.Subject);
        var assigned = await access.ProjectsInScopeAsync(record.Id);
        Projects = Loaded.Budget.Projects.Where(p => assigned is null || assigned.Contains(p.Code))
            .Select(p => new ProjectRow(p.Code, p.Name, Loaded.Budget.Lines.Where(l => l.ProjectCode == p.Code).Sum(l => l.Amount.Value),
                p.Targets?.AnnualIndicators.Count ?? 0, targets[ProjectModel.Subject(p.Name)].Count()))
            .ToList();
        return true;
    }

    private async Task LoadHistoryAsync(Record record)
    {
        // A draft gains a revision with every line saved: the page lists the latest, the audit log all of them.
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.RecordId == record.Id).OrderByDescending(r => r.Number).Take(HistoryShown)
            .Select(r => new { r.Number, r.CreatedUtc, r.AuthorId, r.Note }).ToListAsync();
        var transitions = await db.Transitions.AsNoTracking().Where(t => t.RecordId == record.Id).ToListAsync();
        // The names of the people in this record's history only (a province has tens of thousands of accounts).
        var ids = revisions.Select(r => r.AuthorId).Concat(transitions.Select(t => t.ActorId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        string Name(string id) => names.GetValueOrDefault(id) ?? id;
        var all = revisions.Select(r => (r.CreatedUtc, Name(r.AuthorId), $"第 {r.Number} 版：{r.Note}"))
            .Concat(transitions.Select(t => (t.TimeUtc, Name(t.ActorId), Describe(t))))
            .OrderByDescending(x => x.Item1).Take(HistoryShown);
        // more than listed: revisions older than the oldest listed, or revisions and moves together past the count
        HistoryMore = (revisions.Count == HistoryShown && revisions[^1].Number > 1) || revisions.Count + transitions.Count > HistoryShown;
        foreach (var (time, who, what) in all) History.Add((time.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), who, what));
    }

    /// <summary>A move as the history says it: the step's name for a review step (签署 leaves the state as it was).</summary>
    private string Describe(Transition t)
    {
        string what = Enum.Parse<WorkflowAction>(t.Action) switch
        {
            WorkflowAction.Submit => "提交",
            WorkflowAction.Pass => chain.Steps.FirstOrDefault(x => x.Id == t.StepId)?.Name + "通过",
            WorkflowAction.Return => (chain.Steps.FirstOrDefault(x => x.Id == t.StepId)?.Name ?? "") + "退回",
            _ => "公开",
        };
        return $"{what}：{t.FromState} → {t.ToState}" + (t.Reason is { } reason ? $"（理由：{reason}）" : "");
    }

    // ---- for the view ----

    public sealed record LineRow(BudgetLine Line, int Index, string FunctionalName, string EconomicName, IReadOnlyList<Finding> Findings);

    /// <summary>The lines by functional classification (类), each group with its subtotal; the findings of each line beside it.</summary>
    public IEnumerable<IGrouping<string, LineRow>> Groups()
    {
        var catalog = CatalogSet.ForNearest(Loaded.Budget.Year);
        var byLine = Report.Findings.Select(f => (Index: LineIndex(f.Location), f)).Where(x => x.Index is not null)
            .ToLookup(x => x.Index!.Value, x => x.f);
        return Loaded.Budget.Lines
            .Select((l, i) => new LineRow(l, i,
                catalog.Functional.TryGet(l.Functional.Value, out var fe) ? fe.Name : "（科目表中没有）",
                l.Economic is { } e ? catalog.DepartmentalEconomic.TryGet(e.Value, out var ee) ? ee.Name : "（科目表中没有）" : "",
                byLine[i].ToList()))
            .OrderBy(r => r.Line.Functional.Value, StringComparer.Ordinal).ThenBy(r => r.Index)
            .GroupBy(r => r.Line.Functional.Value[..3]);
    }

    public string ClassName(string code) =>
        CatalogSet.ForNearest(Loaded.Budget.Year).Functional.TryGet(code, out var e) ? e.Name : "";

    /// <summary>The findings not about one line (the tables', the projects').</summary>
    public IEnumerable<Finding> OtherFindings() => Report.Findings.Where(f => LineIndex(f.Location) is null);

    /// <summary>The line a package finding is located on (<c>$.lines[3].economic</c> → 3).</summary>
    private static int? LineIndex(string location)
    {
        var at = location.AsSpan();
        if (at.StartsWith("$.")) at = at[2..];
        if (!at.StartsWith("lines[")) return null;
        int end = at.IndexOf(']');
        return end > 6 && int.TryParse(at[6..end], NumberStyles.None, CultureInfo.InvariantCulture, out int i) ? i : null;
    }

    public decimal Total(Func<BudgetLine, bool> which) => Loaded.Budget.Lines.Where(which).Sum(l => l.Amount.Value);

    public static string Money(decimal d) => d.ToString("N2", CultureInfo.InvariantCulture);

    public static string SeverityClass(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };

    public static string SeverityName(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
}
