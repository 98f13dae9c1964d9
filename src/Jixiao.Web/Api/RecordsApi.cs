using System.Text;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Documents.Package;
using Jixiao.Rules;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Jixiao.Web.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>
/// The HTTP API (for the provinces' 预算管理一体化 systems and scripts): the same records, roles and scopes as the pages,
/// budgets exchanged as data packages (docs/package-format.md), errors as problem details in Chinese. A save states the
/// version it was made on (<c>If-Match</c>), as the pages do.
/// </summary>
public static class RecordsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("records");
        api.MapGet("/records", ListAsync).WithMetadata(new NeedsAttribute(Capability.ViewRecord))
            .WithSummary("范围内的记录（可按年度、状态筛选）");
        api.MapGet("/records/{id:guid}", GetAsync).WithMetadata(new NeedsAttribute(Capability.ViewRecord))
            .WithSummary("一条记录：状态、版本、当前版本的检查结果");
        api.MapGet("/records/{id:guid}/package", PackageAsync).WithMetadata(new NeedsAttribute(Capability.ViewRecord))
            .WithSummary("记录当前版本的数据包（元）");
        api.MapPut("/records/{id:guid}/package", SaveAsync).WithMetadata(new NeedsAttribute(Capability.EditRecord))
            .WithSummary("以数据包保存记录的新版本；If-Match 给出所基于的版本号");
        api.MapPost("/records/{id:guid}/transitions", MoveAsync)
            .WithMetadata(new NeedsAttribute(Capability.Submit, Capability.SignOff, Capability.Review, Capability.Approve, Capability.ExpertOpinion, Capability.Publish))
            .WithSummary("提交、通过、退回或公开记录");
        api.MapGet("/public/records", PublicListAsync).WithMetadata(new NeedsAttribute(Capability.ViewPublished))
            .WithSummary("已公开的预算（公众可读）");
        api.MapGet("/public/records/{id:guid}/package", PublicPackageAsync).WithMetadata(new NeedsAttribute(Capability.ViewPublished))
            .WithSummary("已公开预算的数据包（公众可读）");
    }

    public sealed record RecordSummary(Guid Id, string Unit, string UnitCode, string Region, int Year, string Kind, string State, int Version,
        decimal? Expenditure, int? Errors, int? Warnings, DateTime UpdatedUtc);

    public sealed record FindingDto(string RuleId, string Severity, string Location, string Message, string? Expected, string? Actual);

    public sealed record RecordDetail(RecordSummary Record, int Revision, string Sha256, string? PendingStep, IReadOnlyList<string> Allowed,
        IReadOnlyList<FindingDto> Findings, IReadOnlyList<string> Unread);

    public sealed record TransitionRequest(string? Action, string? Reason, Dictionary<string, string>? Explanations);

    private static async Task<Ok<List<RecordSummary>>> ListAsync(RecordAccess access, CurrentUser user, JixiaoDb db, int? year, string? state)
    {
        var records = await access.VisibleAsync();
        if (year is { } y) records = records.Where(r => r.Year == y);
        if (!string.IsNullOrEmpty(state)) records = records.Where(r => r.State == state);
        var summaries = await SummariesAsync(db, records);
        // an expert is told which records hold their projects, not the units' figures
        if (await user.RoleAsync() == Role.Expert) summaries = summaries.Select(x => x with { Expenditure = null, Errors = null, Warnings = null }).ToList();
        return TypedResults.Ok(summaries);
    }

    private static async Task<List<RecordSummary>> SummariesAsync(JixiaoDb db, IQueryable<Record> records)
    {
        var rows = await records
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, u })
            .GroupJoin(db.Figures, x => x.r.CurrentRevisionId, f => f.RevisionId, (x, f) => new { x.r, x.u, f })
            .SelectMany(x => x.f.DefaultIfEmpty(), (x, f) => new { x.r, x.u, f })
            .OrderBy(x => x.u.Code).ThenByDescending(x => x.r.Year).Take(5000).AsNoTracking().ToListAsync();
        return rows.Select(x => new RecordSummary(x.r.Id, x.u.Name, x.u.Code, x.u.RegionCode, x.r.Year, x.r.Kind, x.r.State, x.r.Version,
            x.f?.Expenditure, x.f?.Errors, x.f?.Warnings, x.r.UpdatedUtc)).ToList();
    }

    private static async Task<Results<Ok<RecordDetail>, ProblemHttpResult>> GetAsync(Guid id, RecordAccess access, RecordService records,
        CurrentUser user, WorkflowChain chain, JixiaoDb db)
    {
        var record = await access.FindWholeAsync(id);
        if (record is null) return NotFound();
        var loaded = await records.LoadAsync(record);
        var summary = (await SummariesAsync(db, db.Records.Where(r => r.Id == id))).Single();
        var report = records.Check(loaded, summary.Unit);
        var at = new WorkflowPosition(RecordStates.FromChinese(record.State)!.Value, record.PendingStep);
        var role = (await user.RoleAsync())!.Value;
        return TypedResults.Ok(new RecordDetail(summary, loaded.Revision.Number, loaded.Revision.Sha256, chain.Pending(at)?.Name,
            chain.Allowed(at, role).Select(a => a.ToString()).ToList(),
            report.Findings.Select(f => new FindingDto(f.RuleId, f.Severity.ToString(), f.Location, f.Message, f.Expected, f.Actual)).ToList(),
            report.Rules.Where(r => r.Outcome == Outcome.InsufficientData).Select(r => r.Rule.Id).ToList()));
    }

    private static async Task<IResult> PackageAsync(Guid id, RecordAccess access, RecordService records, HttpContext http)
    {
        var record = await access.FindWholeAsync(id);
        if (record is null) return NotFound();
        return await PackageResultAsync(records, await records.LoadAsync(record), record, http);
    }

    private static async Task<IResult> PackageResultAsync(RecordService records, LoadedRecord loaded, Record record, HttpContext http)
    {
        http.Response.Headers.ETag = $"\"{record.Version}\"";
        http.Response.Headers["X-Content-SHA256"] = loaded.Revision.Sha256;
        return TypedResults.Text(await records.PackageAsync(loaded, http.RequestAborted), "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> SaveAsync(Guid id, HttpContext http, RecordAccess access, RecordService records, JixiaoOptions options)
    {
        var record = await access.FindAsync(id);
        if (record is null) return NotFound();
        if (!int.TryParse(http.Request.Headers.IfMatch.ToString().Trim('"', ' ', 'W', '/'), out int version))
            return Problem(StatusCodes.Status428PreconditionRequired, "缺少版本号", "请在 If-Match 请求头中给出所基于的记录版本号（GET 数据包时 ETag 所给的值）");
        var body = await BodyAsync(http, options.MaxUploadBytes);
        if (body is null)
            return Problem(StatusCodes.Status413PayloadTooLarge, "请求正文太大", $"数据包不应超过 {options.MaxUploadBytes / 1024 / 1024} MiB");
        Jixiao.Budget.UnitBudget budget;
        try
        {
            budget = UnitBudgetPackage.Parse(body, "请求正文");
        }
        catch (PackageException e)
        {
            var problem = Problem(StatusCodes.Status422UnprocessableEntity, "数据包有误", $"数据包有 {e.Errors.Count} 处错误，未保存",
                new Dictionary<string, object?> { ["errors"] = e.Errors.Select(x => new { path = x.Path, expected = x.Expected, found = x.Found }).ToList() });
            return problem;
        }
        try
        {
            var revision = await records.SaveAsync(record, version, budget, http.User.UserId(), "接口保存数据包");
            http.Response.Headers.ETag = $"\"{record.Version}\"";
            return TypedResults.Ok(new { revision = revision.Number, version = record.Version, sha256 = revision.Sha256 });
        }
        catch (Refusal r)
        {
            return Problem(r.Status, r.Status == StatusCodes.Status409Conflict ? "冲突" : "未保存", r.Message);
        }
    }

    private static async Task<IResult> MoveAsync(Guid id, TransitionRequest request, HttpContext http, RecordAccess access, RecordService records, CurrentUser user)
    {
        var record = await access.FindAsync(id);
        if (record is null) return NotFound();
        if (!Enum.TryParse<WorkflowAction>(request.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action))
            return Problem(StatusCodes.Status422UnprocessableEntity, "操作无效", $"action 应为 {string.Join("、", Enum.GetNames<WorkflowAction>())} 之一，实为“{request.Action}”");
        if (!int.TryParse(http.Request.Headers.IfMatch.ToString().Trim('"', ' ', 'W', '/'), out int version))
            return Problem(StatusCodes.Status428PreconditionRequired, "缺少版本号", "请在 If-Match 请求头中给出所基于的记录版本号");
        try
        {
            await records.MoveAsync(record, version, (await user.RoleAsync())!.Value, action, http.User.UserId(), request.Reason, request.Explanations);
        }
        catch (Refusal r)
        {
            return Problem(r.Status, r.Status == StatusCodes.Status409Conflict ? "不能办理" : "未办理", r.Message);
        }
        http.Response.Headers.ETag = $"\"{record.Version}\"";
        return TypedResults.Ok(new { state = record.State, version = record.Version });
    }

    private static async Task<Ok<List<RecordSummary>>> PublicListAsync(JixiaoDb db, int? year, string? region)
    {
        var records = db.Records.Where(r => r.State == RecordAccess.PublishedState);
        if (year is { } y) records = records.Where(r => r.Year == y);
        if (!string.IsNullOrEmpty(region))
        {
            var under = await RegionTree.UnderAsync(db, region);
            records = records.Where(r => db.Units.Any(u => u.Id == r.UnitId && under.Contains(u.RegionCode)));
        }
        return TypedResults.Ok(await SummariesAsync(db, records));
    }

    private static async Task<IResult> PublicPackageAsync(Guid id, RecordAccess access, RecordService records, HttpContext http)
    {
        var record = await access.FindPublishedAsync(id);
        if (record is null) return NotFound();
        return await PackageResultAsync(records, await records.LoadAsync(record), record, http);
    }

    /// <summary>The request body, or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<byte[]?> BodyAsync(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + n > limit) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static ProblemHttpResult NotFound() => Problem(StatusCodes.Status404NotFound, "未找到", "记录不存在或不在您的权限范围内");

    public static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
