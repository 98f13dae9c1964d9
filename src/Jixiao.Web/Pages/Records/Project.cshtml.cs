using Jixiao.Application.Workflow;
using Jixiao.Budget;
using Jixiao.Data;
using Jixiao.Rules;
using Jixiao.Targets;
using Jixiao.Targets.Library;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Records;

/// <summary>
/// 项目与绩效目标: one project of a record, its annual target form with the review's findings beside the indicators,
/// and — while the record is editable — the indicator editor: names suggested from the indicator library for the chosen
/// 二级 (the seeds and every published form), and the review run live on the form as typed, before it is saved.
/// </summary>
[Needs(Capability.ViewRecord)]
public sealed class ProjectModel(RecordAccess access, RecordService records, CurrentUser user, IndicatorSuggestions suggestions, WorkflowChain chain, JixiaoDb db) : PageModel
{
    public Record Record { get; private set; } = null!;
    public LoadedRecord Loaded { get; private set; } = null!;
    public Project Project { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public bool Editable { get; private set; }
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public decimal LinesTotal { get; private set; }
    public string? RefusalText { get; private set; }
    public Dictionary<string, string> FieldErrors { get; } = [];
    public IndicatorSelection? Suggested { get; private set; }
    /// <summary>The expert's step of the chain, when the record waits for it (a province's chain may have one): its name.</summary>
    public string? ExpertStep { get; private set; }

    [BindProperty] public int Version { get; set; }
    [BindProperty] public IndicatorInput Indicator { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }

    public sealed class IndicatorInput
    {
        /// <summary>The row edited (0-based among the annual indicators); null for a new one.</summary>
        public int? Index { get; set; }
        public string? Level2 { get; set; }
        public string? Name { get; set; }
        public string? Target { get; set; }
        public string? Description { get; set; }
        public string? Basis { get; set; }
    }

    public IReadOnlyList<Indicator> Indicators => Project.Targets?.AnnualIndicators ?? [];

    public async Task<IActionResult> OnGetAsync(Guid id, string code)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        if (Edit is { } i && i >= 0 && i < Indicators.Count)
        {
            var x = Indicators[i];
            Indicator = new IndicatorInput { Index = i, Level2 = IndicatorFramework.Name(x.Level2), Name = x.Name, Target = x.Target.Text, Description = x.Description, Basis = x.Basis };
        }
        await SuggestAsync(Indicator.Level2);
        return Page();
    }

    /// <summary>The library's indicators for the chosen 二级, ranked by how similar projects use them (htmx swaps them in).</summary>
    public async Task<IActionResult> OnGetSuggestionsAsync(Guid id, string code, string? level2, [FromQuery(Name = "Indicator.Level2")] string? chosen)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        // asked by the editor's 二级 choice (its field's name) or by a link (level2)
        await SuggestAsync(chosen ?? level2);
        return Partial("_IndicatorSuggestions", this);
    }

    /// <summary>The review of the form as it would be with the indicator typed so far (htmx, as the person types; nothing saved).</summary>
    [HandlerNeeds(Capability.EditRecord)]
    public async Task<IActionResult> OnPostPreviewAsync(Guid id, string code)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        var changed = WithIndicator();
        Findings = changed is null ? Findings : FindingsOf(changed);
        return Partial("_ProjectFindings", this);
    }

    [HandlerNeeds(Capability.EditRecord)]
    public async Task<IActionResult> OnPostSaveAsync(Guid id, string code)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        var changed = WithIndicator();
        if (changed is null) return await RefusedAsync(StatusCodes.Status422UnprocessableEntity, "指标未保存：请改正标出的项");
        string note = Indicator.Index is { } i ? $"修改项目 {Project.Code} 的绩效指标“{Indicators[i].Name}”" : $"项目 {Project.Code} 新增绩效指标“{Indicator.Name!.Trim()}”";
        return await SaveAsync(changed, note, "已保存");
    }

    [HandlerNeeds(Capability.EditRecord)]
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, string code, int index)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        if (index < 0 || index >= Indicators.Count) return await RefusedAsync(StatusCodes.Status409Conflict, "这个指标已不存在（可能已被他人删除），请刷新");
        var name = Indicators[index].Name;
        var targets = Project.Targets! with { AnnualIndicators = Indicators.Where((_, k) => k != index).ToList() };
        return await SaveAsync(With(targets), $"删除项目 {Project.Code} 的绩效指标“{name}”", $"已删除指标“{name}”");
    }

    private async Task<IActionResult> SaveAsync(UnitBudget budget, string note, string done)
    {
        try
        {
            await records.SaveAsync(Record, Version, budget, user.Principal.UserId(), note, HttpContext.RequestAborted);
        }
        catch (Refusal r)
        {
            db.ChangeTracker.Clear();
            return await RefusedAsync(r.Status, r.Message);
        }
        TempData["Message"] = done;
        return Redirect($"/records/{Record.Id}/projects/{Uri.EscapeDataString(Project.Code)}");
    }

    private async Task<IActionResult> RefusedAsync(int status, string message)
    {
        // shown again on the record as it now is, with what was typed kept in the form
        await LoadAsync(Record.Id, Project.Code);
        Version = Record.Version;
        await SuggestAsync(Indicator.Level2);
        RefusalText = message;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The budget with the typed indicator added or put in place of the edited one; null with field errors when it cannot be read.</summary>
    private UnitBudget? WithIndicator()
    {
        var level2 = IndicatorFramework.Level2Named(Indicator.Level2);
        if (level2 is null) FieldErrors[nameof(IndicatorInput.Level2)] = "请选择二级指标";
        string name = Indicator.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) FieldErrors[nameof(IndicatorInput.Name)] = "请填写三级指标名称（不超过 200 字）";
        string target = Indicator.Target?.Trim() ?? "";
        if (target.Length is 0 or > 500) FieldErrors[nameof(IndicatorInput.Target)] = "请填写指标值（如 ≥95%、≤30万元、2021年12月底前）";
        if (Indicator.Index is { } i && (i < 0 || i >= Indicators.Count)) FieldErrors[nameof(IndicatorInput.Index)] = "这个指标已不存在（可能已被他人删除），请刷新";
        if (FieldErrors.Count > 0) return null;
        var indicator = new Indicator(level2!.Value, name, TargetValue.Parse(target))
        {
            Description = string.IsNullOrWhiteSpace(Indicator.Description) ? null : Indicator.Description.Trim(),
            Basis = string.IsNullOrWhiteSpace(Indicator.Basis) ? null : Indicator.Basis.Trim(),
        };
        var list = Indicators.ToList();
        if (Indicator.Index is { } at) list[at] = indicator;
        else list.Add(indicator);
        return With((Project.Targets ?? new TargetDeclaration()) with { AnnualIndicators = list });
    }

    private UnitBudget With(TargetDeclaration targets) => Loaded.Budget with
    {
        Projects = Loaded.Budget.Projects.Select(p => p.Code == Project.Code ? p with { Targets = targets } : p).ToList(),
    };

    /// <summary>The review of this project's target form (the TGT rules, and the package rules on the project).</summary>
    private IReadOnlyList<Finding> FindingsOf(UnitBudget budget)
    {
        var report = records.Check(budget, RecordKind.Targets, UnitName);
        string subject = Subject(Project.Name);
        return report.Findings.Where(f => f.Subject == subject).ToList();
    }

    public static string Subject(string projectName) => $"绩效目标表“{projectName}”";

    /// <summary>The findings about one indicator (located as 年度数量指标“name”).</summary>
    public IEnumerable<Finding> FindingsOn(Indicator indicator) =>
        Findings.Where(f => f.Location == $"年度{IndicatorFramework.Name(indicator.Level2)}“{indicator.Name}”");

    /// <summary>The findings about the form as a whole.</summary>
    public IEnumerable<Finding> FormFindings() => Findings.Where(f => !Indicators.Any(i => f.Location == $"年度{IndicatorFramework.Name(i.Level2)}“{i.Name}”"));

    private async Task SuggestAsync(string? level2)
    {
        var chosen = IndicatorFramework.Level2Named(level2);
        var library = await suggestions.LibraryAsync(HttpContext.RequestAborted);
        Suggested = library.Select(chosen is { } c ? IndicatorCategory.Of(c) : null, Project.Name, 5);
    }

    private async Task<bool> LoadAsync(Guid id, string code)
    {
        var record = await access.FindAsync(id);
        if (record is null) return false;
        Record = record;
        Loaded = await records.LoadAsync(record, HttpContext.RequestAborted);
        var project = Loaded.Budget.Projects.FirstOrDefault(p => p.Code == code);
        if (project is null) return false;
        if (await access.ProjectsInScopeAsync(id) is { } assigned && !assigned.Contains(code)) return false;
        var account = await user.AccountAsync();
        Project = project;
        UnitName = await db.Units.Where(u => u.Id == record.UnitId).Select(u => u.Name).FirstAsync();
        Editable = RecordStates.FromChinese(record.State)!.Value.IsEditable() && account?.Role == Role.Handler.Code();
        LinesTotal = Loaded.Budget.Lines.Where(l => l.ProjectCode == code).Sum(l => l.Amount.Value);
        if (account?.Role == Role.Expert.Code())
        {
            var at = new WorkflowPosition(RecordStates.FromChinese(record.State)!.Value, record.PendingStep);
            if (chain.Allowed(at, Role.Expert).Contains(WorkflowAction.Pass)) ExpertStep = chain.Pending(at)?.Name;
        }
        Findings = records.Check(Loaded, RecordKind.Targets, UnitName).Findings.Where(f => f.Subject == Subject(project.Name)).ToList();
        if (Request.Method == "GET") Version = record.Version;
        return true;
    }
}
