using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jixiao.Application.Checking;
using Jixiao.Application.Workflow;
using Jixiao.Budget;
using Jixiao.Data;
using Jixiao.Documents.Package;
using Jixiao.Rules;
using Jixiao.Tables;
using Jixiao.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Web.Records;

/// <summary>A record's current version: the row, its revision and the budget it holds.</summary>
public sealed record LoadedRecord(Record Record, RevisionHead Revision, UnitBudget Budget);

/// <summary>
/// A revision without its package: a page shows the budget read from it (kept in memory), so the package — some 100 KB,
/// which PostgreSQL would decompress and send on every view — is read only to parse it once or to hand it out
/// (<see cref="RecordService.PackageAsync"/>).
/// </summary>
public sealed record RevisionHead(Guid Id, int Number, string Sha256);

/// <summary>
/// The web's use cases on records (docs/web.md): create, save a new revision of a draft, move it through the workflow,
/// publish it with its files. Each is one transaction — the revision, its figures, the record's new version and the
/// audit entries commit together or not at all — and a save made on an older version than the record's is refused as a
/// conflict, with nothing written.
/// </summary>
public sealed class RecordService(JixiaoDb db, CheckService checker, TableSet set, WorkflowChain chain, DeadlineCalendar calendar, FileStore files,
    Microsoft.Extensions.Caching.Memory.IMemoryCache cache, JixiaoOptions options, ReadSlots reading)
{
    /// <summary>How long an upload waits for a free reading slot before it is refused as busy.</summary>
    private static readonly TimeSpan UploadWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The current revision of <paramref name="record"/>, its hash checked, its package read. A revision never changes,
    /// so the budget read from it is kept in memory by its id and hash (a page view reads no package twice).
    /// </summary>
    public async Task<LoadedRecord> LoadAsync(Record record, CancellationToken cancellationToken = default)
    {
        var revision = await db.Revisions.AsNoTracking().Where(r => r.Id == record.CurrentRevisionId)
            .Select(r => new RevisionHead(r.Id, r.Number, r.Sha256)).FirstAsync(cancellationToken);
        if (!cache.TryGetValue(("budget", revision.Id, revision.Sha256), out UnitBudget? budget) || budget is null)
        {
            var bytes = await PackageBytesAsync(revision, cancellationToken);
            budget = UnitBudgetPackage.ParseStored(bytes, $"版本 {revision.Number}");
            Keep(("budget", revision.Id, revision.Sha256), budget);
        }
        return new LoadedRecord(record, revision, budget);
    }

    /// <summary>
    /// What is computed from a revision, kept in memory by a key naming it (a revision never changes): each entry counts
    /// one toward the cache's size limit and leaves after ten minutes unused.
    /// </summary>
    private T Kept<T>(object key, Func<T> make) => cache.GetOrCreate(key, entry =>
    {
        Limit(entry);
        return make();
    })!;

    private void Keep(object key, object value)
    {
        using var entry = cache.CreateEntry(key);
        Limit(entry);
        entry.Value = value;
    }

    private static void Limit(Microsoft.Extensions.Caching.Memory.ICacheEntry entry)
    {
        entry.Size = 1;
        entry.SlidingExpiration = TimeSpan.FromMinutes(10);
    }

    /// <summary>The package of a loaded record's revision, as stored (its hash checked): what the API and a publication hand out.</summary>
    public async Task<string> PackageAsync(LoadedRecord loaded, CancellationToken cancellationToken = default) =>
        Encoding.UTF8.GetString(await PackageBytesAsync(loaded.Revision, cancellationToken));

    private async Task<byte[]> PackageBytesAsync(RevisionHead revision, CancellationToken cancellationToken)
    {
        var package = await db.Revisions.AsNoTracking().Where(r => r.Id == revision.Id).Select(r => r.Package).FirstAsync(cancellationToken);
        var bytes = Encoding.UTF8.GetBytes(package);
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != revision.Sha256)
            throw new InvalidOperationException($"版本 {revision.Number} 的数据与其哈希不符：数据库中的数据包已被改动");
        return bytes;
    }

    /// <summary>The checker's report on a record's current revision (kept in memory by revision: it never changes).</summary>
    public DocumentReport Check(LoadedRecord loaded, string name) => Check(loaded, Enum.Parse<RecordKind>(loaded.Record.Kind), name);

    /// <summary>
    /// The report on a record's current revision with the rules of <paramref name="kind"/> (the targets' review of a
    /// budget's projects): the revision is checked once with every rule, kept by revision, and each kind's view is that
    /// report's part.
    /// </summary>
    public DocumentReport Check(LoadedRecord loaded, RecordKind kind, string name) =>
        Only(Kept(("check", loaded.Revision.Id), () => checker.CheckBudget(loaded.Budget, name)), kind);

    /// <summary>
    /// The disclosure tables (万元) of a record's current revision, as the portal shows them (kept by revision). Shared
    /// between requests: only the writers read it; nothing adds to it (the checker renders its own).
    /// </summary>
    public Jixiao.Disclosures.Disclosure Tables(LoadedRecord loaded) =>
        Kept(("tables", loaded.Revision.Id), () => TableRenderer.Render(loaded.Budget, set, RenderPrecision.WanYuan));

    /// <summary>
    /// What of a record's current revision the 填报工作簿 has no column for (kept by revision): an upload of the workbook
    /// downloaded from it would not have it.
    /// </summary>
    public IReadOnlyList<string> NotInWorkbook(LoadedRecord loaded) =>
        Kept(("not-in-workbook", loaded.Revision.Id), () => Jixiao.Documents.Xlsx.Input.BudgetWorkbookTemplate.Unwritable(loaded.Budget));

    /// <summary>The checker's report on a budget, limited to the rules of the record's kind.</summary>
    public DocumentReport Check(UnitBudget budget, RecordKind kind, string name) => Only(checker.CheckBudget(budget, name), kind);

    private static DocumentReport Only(DocumentReport report, RecordKind kind) => report with
    {
        Findings = report.Findings.Where(f => Concerns(kind, f.RuleId)).ToArray(),
        Rules = report.Rules.Where(r => Concerns(kind, r.Rule.Id)).ToArray(),
    };

    private static bool Concerns(RecordKind kind, string ruleId) => kind switch
    {
        RecordKind.Targets => ruleId.StartsWith("TGT-", StringComparison.Ordinal),
        RecordKind.Evaluation => ruleId.StartsWith("EVAL-", StringComparison.Ordinal),
        RecordKind.Monitoring => ruleId.StartsWith("MON-", StringComparison.Ordinal) || ruleId.StartsWith("PKG-EXEC", StringComparison.Ordinal),
        _ => !ruleId.StartsWith("TGT-", StringComparison.Ordinal) && !ruleId.StartsWith("EVAL-", StringComparison.Ordinal),
    };

    /// <summary>A new record in 草稿 with <paramref name="budget"/> as its first revision.</summary>
    public async Task<Record> CreateAsync(Unit unit, int year, RecordKind kind, UnitBudget budget, string authorId, string note,
        CancellationToken cancellationToken = default)
    {
        if (await db.Records.AnyAsync(r => r.UnitId == unit.Id && r.Year == year && r.Kind == kind.ToString(), cancellationToken))
            throw Refusal.Conflict($"{unit.Name} {year} 年的{kind.ChineseName()}已存在");
        var record = new Record
        {
            UnitId = unit.Id, Year = year, Kind = kind.ToString(), State = RecordState.Draft.ChineseName(), UpdatedUtc = DateTime.UtcNow,
            DueDate = calendar.Due(kind, year),
        };
        db.Records.Add(record);
        AddRevision(record, 1, LineIds.Identified(budget), authorId, note);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>
    /// Saves <paramref name="budget"/> as the record's next revision, if the record is still at
    /// <paramref name="expectedVersion"/> and editable; the lines get ids where they have none.
    /// </summary>
    public async Task<Revision> SaveAsync(Record record, int expectedVersion, UnitBudget budget, string authorId, string note,
        CancellationToken cancellationToken = default)
    {
        Expect(record, expectedVersion);
        var state = RecordStates.FromChinese(record.State)!.Value;
        if (!state.IsEditable()) throw Refusal.Conflict($"记录处于“{record.State}”，不能修改；只有草稿或退回的记录可以修改");
        int number = await db.Revisions.Where(r => r.RecordId == record.Id).MaxAsync(r => r.Number, cancellationToken) + 1;
        var revision = AddRevision(record, number, LineIds.Identified(budget), authorId, note);
        await CommitAsync(cancellationToken);
        return revision;
    }

    /// <summary>
    /// Saves an uploaded file — a data package, a filled workbook or a published document — as the record's next
    /// revision: the file is stored by its hash and read (with the readers' limits); the budget it holds, its lines
    /// keeping the ids of the same lines before, becomes the revision; the file's row names the revision. The file,
    /// the revision and the audit entries are committed together or not at all.
    /// </summary>
    public async Task<Revision> SaveUploadAsync(Record record, int expectedVersion, string fileName, byte[] content, string authorId,
        CancellationToken cancellationToken = default)
    {
        var previous = await LoadAsync(record, cancellationToken);
        // read off the request's thread in one of the reading slots, within the same time limit as a document sent for
        // review (the readers' own limits bound its memory); a file still being read when it is reached is refused, and
        // nothing is saved
        UnitBudget budget;
        try { budget = await reading.RunAsync(token => Read(fileName, content, token), UploadWait, cancellationToken); }
        catch (TimeoutException) { throw Refusal.Invalid($"“{fileName}”在 {options.ReviewTimeout.TotalSeconds:0} 秒内未能读完（文件过大或版式异常），未保存"); }
        if (budget.Year.Value != record.Year)
            throw Refusal.Invalid($"“{fileName}”是 {budget.Year.Value} 年的预算，这条记录是 {record.Year} 年的");
        string sha = await files.PutAsync(content, cancellationToken);
        Expect(record, expectedVersion);
        var state = RecordStates.FromChinese(record.State)!.Value;
        if (!state.IsEditable()) throw Refusal.Conflict($"记录处于“{record.State}”，不能修改；只有草稿或退回的记录可以修改");
        int number = await db.Revisions.Where(r => r.RecordId == record.Id).MaxAsync(r => r.Number, cancellationToken) + 1;
        var revision = AddRevision(record, number, LineIds.Carried(previous.Budget, budget), authorId, $"上传“{fileName}”");
        db.Files.Add(new StoredFile
        {
            Sha256 = sha, Name = fileName, Size = content.Length, MediaType = FileStore.MediaType(fileName), UploaderId = authorId,
            CreatedUtc = DateTime.UtcNow, RecordId = record.Id, RevisionId = revision.Id, Purpose = "upload",
        });
        await CommitAsync(cancellationToken);
        return revision;
    }

    /// <summary>The budget an uploaded file holds, read from a private copy named as it was uploaded (the readers go by extension).</summary>
    private static UnitBudget Read(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        string name = Path.GetFileName(fileName);
        if (!Jixiao.Documents.FileTypes.Of(name).IsBudget && Jixiao.Documents.FileTypes.Of(name).Kind == Jixiao.Documents.InputKind.Unsupported)
            throw Refusal.Invalid($"“{name}”不是可以读取的文件：应为 .json 数据包、.xlsx 填报工作簿或已公开的预算文件（.pdf、.docx、.html、.txt、.xlsx）");
        string folder = Path.Combine(Path.GetTempPath(), "jixiao-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        try
        {
            File.WriteAllBytes(path, content);
            return Jixiao.Documents.FileTypes.Of(path).Kind == Jixiao.Documents.InputKind.DataPackage
                ? Jixiao.Documents.DocumentLoader.LoadBudget(path)
                : Jixiao.Application.Import.Importer.Load(path, cancellationToken).Budget;
        }
        catch (Jixiao.Documents.DocumentReadException e) when (e.InnerException is Jixiao.Documents.Xlsx.Input.WorkbookImportException workbook)
        {
            // a filled workbook's problems, each at its sheet, row and column, all of them (nothing is imported)
            throw new Refusal(StatusCodes.Status422UnprocessableEntity, $"“{name}”有 {workbook.Errors.Count} 处错误，未导入；请在工作簿中改正后重新上传")
            {
                Details = workbook.Errors.Select(x => (x.Place, x.Message)).ToList(),
            };
        }
        catch (Jixiao.Documents.DocumentReadException e)
        {
            throw Refusal.Invalid(e.Message.Replace(path, name, StringComparison.Ordinal));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// Moves the record by <paramref name="action"/> of <paramref name="role"/> (the chain decides whether it may), with a
    /// return's reason; a submission is refused while the checker finds an error, and needs an explanation for every
    /// warning and every check it could not finish (keyed as <see cref="ExplanationKey"/> gives).
    /// </summary>
    public async Task MoveAsync(Record record, int expectedVersion, Role role, WorkflowAction action, string actorId, string? reason,
        IReadOnlyDictionary<string, string>? explanations, CancellationToken cancellationToken = default)
    {
        Expect(record, expectedVersion);
        var from = new WorkflowPosition(RecordStates.FromChinese(record.State)!.Value, record.PendingStep);
        WorkflowPosition to;
        try { to = chain.Apply(from, role, action, reason); }
        catch (WorkflowException e) { throw Refusal.Conflict(e.Message); }
        var loaded = await LoadAsync(record, cancellationToken);
        string? given = null;
        if (action == WorkflowAction.Submit)
        {
            var report = Check(loaded, "提交");
            var errors = report.Findings.Count(f => f.Severity == Severity.Error);
            if (errors > 0) throw Refusal.Invalid($"检查发现 {errors} 个错误，改正后才能提交");
            var needed = ExplanationsNeeded(report);
            var missing = needed.Where(k => explanations?.GetValueOrDefault(k.Key) is not { Length: > 0 } t || string.IsNullOrWhiteSpace(t)).ToList();
            if (missing.Count > 0)
                throw Refusal.Invalid($"以下 {missing.Count} 项警告或未完成的检查须写明说明才能提交：{string.Join("；", missing.Select(m => m.Value))}");
            given = needed.Count == 0 ? null : JsonSerializer.Serialize(needed.ToDictionary(k => k.Key, k => explanations![k.Key].Trim()), WebJson.Default.DictionaryStringString);
        }
        db.Transitions.Add(new Transition
        {
            RecordId = record.Id, RevisionId = loaded.Revision.Id, FromState = record.State, ToState = to.State.ChineseName(),
            Action = action.ToString(), StepId = chain.Pending(from)?.Id, ActorId = actorId, TimeUtc = DateTime.UtcNow,
            Reason = action == WorkflowAction.Return ? reason!.Trim() : null, Explanations = given,
        });
        record.State = to.State.ChineseName();
        record.PendingStep = to.PendingStep;
        if (action == WorkflowAction.Publish) await PublishFilesAsync(record, loaded, actorId, cancellationToken);
        await CommitAsync(cancellationToken);
    }

    /// <summary>
    /// What a submission must explain: each warning (by rule and place) and each rule that could not be finished
    /// (<c>insufficient_data</c>), keyed and described for the form.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ExplanationsNeeded(DocumentReport report)
    {
        var needed = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in report.Findings.Where(f => f.Severity == Severity.Warning))
            if (seen.Add(ExplanationKey(f))) needed.Add(new(ExplanationKey(f), $"{f.RuleId} {f.Location}：{f.Message}"));
        foreach (var (rule, outcome) in report.Rules.Where(r => r.Outcome == Outcome.InsufficientData))
            if (seen.Add(rule.Id)) needed.Add(new(rule.Id, $"{rule.Id} 数据不足，未能完成检查：{rule.Title}"));
        return needed;
    }

    public static string ExplanationKey(Finding f) => f.RuleId + "@" + f.Location;

    private async Task PublishFilesAsync(Record record, LoadedRecord loaded, string actorId, CancellationToken cancellationToken)
    {
        foreach (var (name, media, bytes) in PublicationFiles(loaded, await PackageAsync(loaded, cancellationToken)))
        {
            string sha = await files.PutAsync(bytes, cancellationToken);
            db.Files.Add(new StoredFile
            {
                Sha256 = sha, Name = name, Size = bytes.Length, MediaType = media, UploaderId = actorId, CreatedUtc = DateTime.UtcNow,
                RecordId = record.Id, RevisionId = loaded.Revision.Id, Purpose = "published",
            });
        }
    }

    /// <summary>
    /// The files a record's publication stores, written from its current revision: the tables (万元) as a workbook, a page
    /// and JSON, the projects' target forms (when any declared them) as a workbook and a page, and the data package.
    /// The 预算公开 preview offers the same files before publishing.
    /// </summary>
    public IReadOnlyList<(string Name, string Media, byte[] Bytes)> PublicationFiles(LoadedRecord loaded, string package)
    {
        var disclosure = Tables(loaded);
        var outputs = new List<(string Name, string Media, byte[] Bytes)>
        {
            ("预算公开表.xlsx", FileStore.MediaType(".xlsx"), Bytes(s => Jixiao.Documents.Xlsx.DisclosureXlsxWriter.Write(disclosure, s))),
            ("预算公开表.html", "text/html; charset=utf-8", Bytes(s => Jixiao.Documents.Html.DisclosureHtmlWriter.Write(disclosure, s))),
            ("预算公开表.json", "application/json", Bytes(s => Jixiao.Documents.Json.DisclosureJsonWriter.Write(disclosure, s))),
        };
        var forms = Jixiao.Targets.TargetForms.AsDeclared(loaded.Budget, Jixiao.Documents.Forms.TargetFormShapes.Of);
        if (forms.Count > 0)
        {
            outputs.Add(("绩效目标表.xlsx", FileStore.MediaType(".xlsx"), Bytes(s => Jixiao.Documents.Targets.Rendering.TargetFormXlsxWriter.Write(forms, s))));
            outputs.Add(("绩效目标表.html", "text/html; charset=utf-8", Bytes(s => Jixiao.Documents.Targets.Rendering.TargetFormHtmlWriter.Write(forms, s))));
        }
        outputs.Add(("数据包.json", "application/json", Encoding.UTF8.GetBytes(package)));
        return outputs;
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private Revision AddRevision(Record record, int number, UnitBudget budget, string authorId, string note)
    {
        string json = UnitBudgetPackage.Write(budget);
        // What is stored is what reads back: the written package goes through the records and the domain's checks (the
        // schema it satisfies by construction — the writer's round trips are tested — is not evaluated again).
        var stored = UnitBudgetPackage.ParseStored(Encoding.UTF8.GetBytes(json), $"版本 {number}");
        var revision = new Revision
        {
            RecordId = record.Id, Number = number, Package = json, Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            AuthorId = authorId, CreatedUtc = DateTime.UtcNow, State = record.State, Note = note,
        };
        db.Revisions.Add(revision);
        var kind = Enum.Parse<RecordKind>(record.Kind);
        var full = checker.CheckBudget(stored, note);
        var report = Only(full, kind);
        db.Figures.Add(Figures(revision, stored, report));
        // The page that follows the save shows this revision: its budget and report are the ones just computed. (Kept
        // even if the save then fails: the key is a revision id that will never be used again.)
        Keep(("budget", revision.Id, revision.Sha256), stored);
        Keep(("check", revision.Id), full);
        record.CurrentRevisionId = revision.Id;
        record.UpdatedUtc = DateTime.UtcNow;
        return revision;
    }

    private static RecordFigures Figures(Revision revision, UnitBudget budget, DocumentReport report)
    {
        decimal Sum(Func<BudgetLine, bool> which) => budget.Lines.Where(which).Sum(l => l.Amount.Value);
        return new RecordFigures
        {
            RevisionId = revision.Id, RecordId = revision.RecordId,
            Expenditure = Sum(_ => true),
            Income = Sum(_ => true),
            Basic = Sum(l => l.Kind is ExpenseKind.Personnel or ExpenseKind.Operating),
            ProjectSpending = Sum(l => l.Kind == ExpenseKind.Project),
            Fiscal = Sum(l => l.Source is FundingSource.GeneralPublic or FundingSource.GovernmentFund or FundingSource.StateCapital),
            Lines = budget.Lines.Count,
            Projects = budget.Projects.Count,
            Errors = report.Findings.Count(f => f.Severity == Severity.Error),
            Warnings = report.Findings.Count(f => f.Severity == Severity.Warning),
            Unread = report.Rules.Count(r => r.Outcome == Outcome.InsufficientData),
        };
    }

    private static void Expect(Record record, int expectedVersion)
    {
        if (record.Version != expectedVersion)
            throw Refusal.Conflict($"这条记录已被他人修改（您打开的是第 {expectedVersion} 版，现在是第 {record.Version} 版）；您的输入未保存，请查看最新内容后再提交");
        record.Version++;
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode == 2067,
        _ => false,
    };

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || IsUniqueViolation(e))
        {
            // Two saves on one version: the other one committed first (its version, or its revision number, is taken).
            throw Refusal.Conflict("这条记录刚被他人修改；您的输入未保存，请查看最新内容后再提交");
        }
    }
}
