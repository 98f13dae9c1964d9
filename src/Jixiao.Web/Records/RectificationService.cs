using Jixiao.Application.Workflow;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Records;

/// <summary>
/// 整改 tasks (docs/web.md): made from a record's monitoring warning by a reviewer of it (负责人, 主管部门, 财政局), owned by
/// an account of the record's unit with a due date, answered by the unit (经办人, 负责人). The record's scope is checked
/// before (RecordAccess); a task is changed on the version its editor saw.
/// </summary>
public sealed class RectificationService(JixiaoDb db, TimeProvider clock)
{
    public const string Open = "待整改";
    public const string Done = "已整改";

    /// <summary>The accounts of the record's unit that can own a task (its 经办人 and 负责人).</summary>
    public Task<List<Account>> OwnersAsync(Record record) =>
        db.Users.AsNoTracking().Where(a => a.UnitId == record.UnitId && (a.Role == "handler" || a.Role == "head"))
            .OrderBy(a => a.DisplayName).ToListAsync();

    public async Task<RectificationTask> CreateAsync(Record record, string? projectCode, string? issue, string? ownerId, DateOnly? due, string creatorId)
    {
        issue = issue?.Trim();
        if (string.IsNullOrEmpty(issue) || issue.Length > 2000) throw Refusal.Invalid("请写明要整改的问题（不超过 2000 字）");
        if ((await OwnersAsync(record)).All(a => a.Id != ownerId)) throw Refusal.Invalid("请从本单位的经办人、负责人中选择整改责任人");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (due is not { } date) throw Refusal.Invalid("请填写整改期限（如 2026-12-31）");
        if (date < today) throw Refusal.Invalid($"整改期限 {date:yyyy-MM-dd} 已过，应不早于今天 {today:yyyy-MM-dd}");
        var task = new RectificationTask
        {
            RecordId = record.Id, ProjectCode = string.IsNullOrWhiteSpace(projectCode) ? null : projectCode.Trim(), Issue = issue, OwnerId = ownerId!,
            DueDate = date, State = Open, CreatorId = creatorId, CreatedUtc = DateTime.UtcNow,
        };
        db.Rectifications.Add(task);
        await db.SaveChangesAsync();
        return task;
    }

    /// <summary>The unit's answer: what was done, and whether it is done; on the version the person saw.</summary>
    public async Task AnswerAsync(Record record, Guid taskId, int expectedVersion, string? response, bool done)
    {
        var task = await db.Rectifications.FirstOrDefaultAsync(t => t.Id == taskId && t.RecordId == record.Id) ?? throw Refusal.NotFound();
        if (task.Version != expectedVersion) throw Refusal.Conflict("这项整改刚被他人更新，请刷新后再填");
        response = response?.Trim();
        if (string.IsNullOrEmpty(response) || response.Length > 2000) throw Refusal.Invalid("请写明整改情况（不超过 2000 字）");
        task.Response = response;
        task.State = done ? Done : Open;
        task.DoneUtc = done ? DateTime.UtcNow : null;
        task.Version++;
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { throw Refusal.Conflict("这项整改刚被他人更新，请刷新后再填"); }
    }

    /// <summary>True when the signed-in account's role may answer a task of the record (its own unit's 经办人 or 负责人).</summary>
    public static bool MayAnswer(Account? account, Record record) =>
        account is not null && account.UnitId == record.UnitId && Roles.FromCode(account.Role) is Role.Handler or Role.Head;
}
