using System.Globalization;
using Jixiao.Application.Workflow;
using Jixiao.Budget;
using Jixiao.Data;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Records;

/// <summary>
/// 绩效自评 of one project: the score sheet computed from the project's execution and the evaluator's entries — the
/// money items and measurable indicators by formula, the judged items and qualitative indicators as entered, each within
/// its points and band — recomputed as the evaluator types (nothing saved until asked); the total and grade; and the
/// evidence files attached to an item, each with its own review (认可 / 不认可).
/// </summary>
[Needs(Capability.ViewRecord)]
public sealed class EvaluationModel(RecordAccess access, RecordService records, CurrentUser user, FileStore files, JixiaoDb db) : PageModel
{
    public Record Record { get; private set; } = null!;
    public LoadedRecord Loaded { get; private set; } = null!;
    public Project Project { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public OwnEvaluation Evaluation { get; private set; } = null!;
    public bool Editable { get; private set; }
    public bool MayReviewEvidence { get; private set; }
    public List<EvidenceFile> Evidence { get; private set; } = [];
    public Dictionary<Guid, StoredFile> EvidenceFiles { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];
    public string? RefusalText { get; private set; }

    [BindProperty] public int Version { get; set; }
    /// <summary>Scores typed, by item key (a fixed item's key, or <c>指标:</c> + an indicator's name).</summary>
    [BindProperty] public Dictionary<string, string> Score { get; set; } = [];
    [BindProperty] public Dictionary<string, string> Band { get; set; } = [];
    [BindProperty] public Dictionary<string, string> Deviation { get; set; } = [];
    [BindProperty] public string? Note { get; set; }

    public const string IndicatorPrefix = "指标:";

    public async Task<IActionResult> OnGetAsync(Guid id, string code) => await LoadAsync(id, code) ? Page() : NotFound();

    /// <summary>The sheet as it would be with the entries typed so far (htmx, as the evaluator types; nothing saved).</summary>
    [HandlerNeeds(Capability.EditRecord)]
    public async Task<IActionResult> OnPostPreviewAsync(Guid id, string code)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        var (budget, problems) = WithEntries();
        Evaluation = Compute(budget);
        RefusalText = problems.Count > 0 ? string.Join("；", problems) : null;
        return Partial("_ScoreSheet", this);
    }

    [HandlerNeeds(Capability.EditRecord)]
    public async Task<IActionResult> OnPostSaveAsync(Guid id, string code)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        var (budget, problems) = WithEntries();
        // a score outside its points or its band is not saved: it is said beside its item
        var sheet = Compute(budget).Sheet;
        problems.AddRange(sheet.Problems);
        problems.AddRange(sheet.Items.Where(i => i.RejectedEntry).Select(i => $"{i.Name}：{i.Rejection}"));
        if (problems.Count > 0) return await RefusedAsync(StatusCodes.Status422UnprocessableEntity, "评分未保存：" + string.Join("；", problems));
        try
        {
            await records.SaveAsync(Record, Version, budget, user.Principal.UserId(), $"项目 {Project.Code} 自评评分", HttpContext.RequestAborted);
        }
        catch (Refusal r)
        {
            db.ChangeTracker.Clear();
            return await RefusedAsync(r.Status, r.Message);
        }
        TempData["Message"] = "已保存评分";
        return Redirect(Here);
    }

    [HandlerNeeds(Capability.EditRecord)]
    public async Task<IActionResult> OnPostUploadEvidenceAsync(Guid id, string code, string item, IFormFile? file, [FromServices] Jixiao.Web.Setup.JixiaoOptions options)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        if (!Editable) return await RefusedAsync(StatusCodes.Status409Conflict, $"记录处于“{Record.State}”，不能再上传佐证材料");
        if (!ItemKeys().Contains(item)) return await RefusedAsync(StatusCodes.Status422UnprocessableEntity, $"评分表中没有“{item}”这一项");
        if (file is null || file.Length == 0) return await RefusedAsync(StatusCodes.Status422UnprocessableEntity, "请选择佐证材料文件");
        if (file.Length > options.MaxUploadBytes)
            return await RefusedAsync(StatusCodes.Status413PayloadTooLarge, $"“{file.FileName}”超过了 {options.MaxUploadBytes / 1024 / 1024} MiB 的上限");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        string name = Path.GetFileName(file.FileName);
        string sha = await files.PutAsync(buffer.ToArray(), HttpContext.RequestAborted);
        var stored = new StoredFile
        {
            Sha256 = sha, Name = name, Size = buffer.Length, MediaType = FileStore.MediaType(name), UploaderId = user.Principal.UserId(),
            CreatedUtc = DateTime.UtcNow, RecordId = Record.Id, Purpose = "evidence",
        };
        db.Files.Add(stored);
        db.Evidence.Add(new EvidenceFile
        {
            RecordId = Record.Id, ProjectCode = Project.Code, ItemKey = item, FileId = stored.Id, UploaderId = stored.UploaderId,
            CreatedUtc = stored.CreatedUtc, State = "待审核",
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Message"] = $"已上传佐证材料“{name}”";
        return Redirect(Here);
    }

    [HandlerNeeds(Capability.SignOff, Capability.Review, Capability.Approve, Capability.ExpertOpinion)]
    public async Task<IActionResult> OnPostReviewEvidenceAsync(Guid id, string code, Guid evidence, bool accepted)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        var row = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidence && e.RecordId == id && e.ProjectCode == code);
        if (row is null) return NotFound();
        if (row.Version != Version) return await RefusedAsync(StatusCodes.Status409Conflict, "这份佐证材料刚被他人审核，请刷新后再看");
        if (!accepted && string.IsNullOrWhiteSpace(Note)) return await RefusedAsync(StatusCodes.Status422UnprocessableEntity, "不认可佐证材料须写明理由");
        row.State = accepted ? "认可" : "不认可";
        row.ReviewNote = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        row.ReviewerId = user.Principal.UserId();
        row.ReviewedUtc = DateTime.UtcNow;
        row.Version++;
        try { await db.SaveChangesAsync(HttpContext.RequestAborted); }
        catch (DbUpdateConcurrencyException) { return await RefusedAsync(StatusCodes.Status409Conflict, "这份佐证材料刚被他人审核，请刷新后再看"); }
        TempData["Message"] = $"已标记为{row.State}";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, string code, Guid evidence)
    {
        if (!await LoadAsync(id, code)) return NotFound();
        var row = Evidence.FirstOrDefault(e => e.Id == evidence);
        if (row is null || !EvidenceFiles.TryGetValue(row.FileId, out var file) || !files.Exists(file.Sha256)) return NotFound();
        return File(files.Open(file.Sha256), file.MediaType, file.Name);
    }

    private string Here => $"/records/{Record.Id}/evaluation/{Uri.EscapeDataString(Project.Code)}";

    private async Task<IActionResult> RefusedAsync(int status, string message)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(Record.Id, Project.Code);
        // what was typed stays: the sheet is recomputed from it
        var (budget, _) = WithEntries();
        Evaluation = Compute(budget);
        Version = Record.Version;
        RefusalText = message;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The budget with the typed entries in the project's evaluation input; the entries that cannot be read.</summary>
    private (UnitBudget Budget, List<string> Problems) WithEntries()
    {
        var problems = new List<string>();
        var input = Project.Evaluation ?? new EvaluationInput();
        var judged = new Dictionary<string, JudgedScore>(input.Judged);
        var indicators = input.Indicators.ToList();
        foreach (var item in Evaluation.Sheet.Items.Where(Judgeable))
        {
            string key = KeyOf(item);
            string? text = Score.GetValueOrDefault(key)?.Trim();
            string? band = Band.GetValueOrDefault(key) is { Length: > 0 } b ? b : null;
            JudgedScore? entry = null;
            if (!string.IsNullOrEmpty(text))
            {
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var score))
                    problems.Add($"“{item.Name}”的评分“{text}”不是数字");
                else entry = new JudgedScore(score) { Band = band };
            }
            if (key.StartsWith(IndicatorPrefix, StringComparison.Ordinal))
            {
                string name = key[IndicatorPrefix.Length..];
                int at = indicators.FindIndex(i => i.Name == name);
                var current = at >= 0 ? indicators[at] : new EvaluationInput.IndicatorEntry(name);
                var updated = current with { Judged = entry, Deviation = Deviation.GetValueOrDefault(key) is { Length: > 0 } d ? d.Trim() : current.Deviation };
                if (at >= 0) indicators[at] = updated;
                else indicators.Add(updated);
            }
            else if (entry is null) judged.Remove(key);
            else judged[key] = entry;
        }
        var evaluation = input with { Judged = judged, Indicators = indicators };
        var budget = Loaded.Budget with { Projects = Loaded.Budget.Projects.Select(p => p.Code == Project.Code ? p with { Evaluation = evaluation } : p).ToList() };
        return (budget, problems);
    }

    private OwnEvaluation Compute(UnitBudget budget)
    {
        var project = budget.Projects.First(p => p.Code == Project.Code);
        return SelfEvaluations.Compute(budget, project, ScoreTemplates.Get(project.Evaluation?.Template ?? "national"));
    }

    /// <summary>An item the evaluator scores: judged by definition, qualitative, or one the formula could not compute.</summary>
    public static bool Judgeable(ItemScore item) =>
        item.Formula is ScoreFormula.Judged or ScoreFormula.Band || item.Completion?.Status == CompletionStatus.CannotTell;

    /// <summary>The key an item's entries are kept under: a fixed item's template key, an indicator's name (prefixed).</summary>
    public string KeyOf(ItemScore item) =>
        Evaluation.Template.Items.FirstOrDefault(t => t.Name == item.Name && (t.Group == item.Group)) is { } fixedItem ? fixedItem.Key : IndicatorPrefix + item.Name;

    public HashSet<string> ItemKeys() => Evaluation.Sheet.Items.Select(KeyOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>The entry as typed (a refused or previewed form) or as saved.</summary>
    public string EnteredScore(ItemScore item)
    {
        string key = KeyOf(item);
        if (Score.TryGetValue(key, out var typed)) return typed;
        return (item.Formula is ScoreFormula.Judged or ScoreFormula.Band || item.Score is null) && item.Score is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "";
    }

    public string? EnteredBand(ItemScore item)
    {
        string key = KeyOf(item);
        if (Band.TryGetValue(key, out var typed)) return typed;
        if (key.StartsWith(IndicatorPrefix, StringComparison.Ordinal))
            return Project.Evaluation?.Indicators.FirstOrDefault(i => i.Name == key[IndicatorPrefix.Length..])?.Judged?.Band;
        return Project.Evaluation?.Judged.GetValueOrDefault(key)?.Band;
    }

    public string? EnteredDeviation(ItemScore item)
    {
        string key = KeyOf(item);
        if (Deviation.TryGetValue(key, out var typed)) return typed;
        return key.StartsWith(IndicatorPrefix, StringComparison.Ordinal)
            ? Project.Evaluation?.Indicators.FirstOrDefault(i => i.Name == key[IndicatorPrefix.Length..])?.Deviation
            : null;
    }

    public string NameOf(string? id) => id is null ? "" : Names.GetValueOrDefault(id) ?? id;

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
        var role = Roles.FromCode(account?.Role);
        MayReviewEvidence = role is Role.Head or Role.Department or Role.Finance or Role.Expert;
        Evaluation = Compute(Loaded.Budget);
        Evidence = await db.Evidence.AsNoTracking().Where(e => e.RecordId == id && e.ProjectCode == code).OrderBy(e => e.CreatedUtc).ToListAsync();
        var fileIds = Evidence.Select(e => e.FileId).ToList();
        EvidenceFiles = await db.Files.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id);
        var people = Evidence.SelectMany(e => new[] { e.UploaderId, e.ReviewerId }).OfType<string>().Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(a => people.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.DisplayName);
        if (Request.Method == "GET") Version = record.Version;
        return true;
    }
}
