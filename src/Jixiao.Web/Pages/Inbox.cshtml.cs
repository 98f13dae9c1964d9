using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages;

/// <summary>
/// What waits for the signed-in account: records at its step (待审核), its records returned (被退回), drafts to submit,
/// approved ones to publish; for a reviewer, the documents sent for review with findings still to decide.
/// </summary>
[Needs(Capability.Inbox)]
public sealed class InboxModel(RecordAccess access, CurrentUser user, WorkflowChain chain, JixiaoDb db, Jixiao.Web.Reviews.ReviewService reviews) : PageModel
{
    public sealed record Item(string Link, string What, string Unit, int? Year, string Kind, string State, DateTime Updated)
    {
        /// <summary>By when it is to be done: the record's next deadline (the year's calendar), a task's due date.</summary>
        public DateOnly? Due { get; init; }
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    public List<Item> Items { get; } = [];

    public async Task OnGetAsync()
    {
        var role = (await user.RoleAsync())!.Value;
        var records = await (await access.VisibleAsync())
            .Where(r => r.State != "已公开")
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, Unit = u.Name })
            .OrderByDescending(x => x.r.UpdatedUtc).Take(500).AsNoTracking().ToListAsync();
        foreach (var x in records)
        {
            var at = new WorkflowPosition(RecordStates.FromChinese(x.r.State)!.Value, x.r.PendingStep);
            var allowed = chain.Allowed(at, role);
            string? what = allowed.Contains(WorkflowAction.Pass) ? "待" + chain.Pending(at)!.Name
                : at.State == RecordState.Returned && allowed.Contains(WorkflowAction.Submit) ? "被退回，待修改后提交"
                : allowed.Contains(WorkflowAction.Submit) ? "草稿，待提交"
                : allowed.Contains(WorkflowAction.Publish) ? "已批复，待公开"
                : null;
            if (what is not null)
                Items.Add(new Item($"/records/{x.r.Id}", what, x.Unit, x.r.Year, Enum.Parse<RecordKind>(x.r.Kind).ChineseName(), x.r.State, x.r.UpdatedUtc)
                    { Due = x.r.DueDate });
        }
        // 整改 tasks the account owns, still open, the earliest due first
        string me = user.Principal.UserId();
        var owned = await db.Rectifications.AsNoTracking().Where(t => t.OwnerId == me && t.State == RectificationService.Open)
            .Join(db.Records, t => t.RecordId, r => r.Id, (t, r) => new { t, r })
            .Join(db.Units, x => x.r.UnitId, u => u.Id, (x, u) => new { x.t, x.r, Unit = u.Name })
            .OrderBy(x => x.t.DueDate).Take(200).ToListAsync();
        foreach (var x in owned)
            Items.Add(new Item($"/records/{x.r.Id}/monitoring", $"待整改（期限 {x.t.DueDate:yyyy-MM-dd}）：{x.t.Issue}", x.Unit, x.r.Year,
                Enum.Parse<RecordKind>(x.r.Kind).ChineseName(), x.t.State, x.t.CreatedUtc) { Due = x.t.DueDate });
        // what is due first comes first; what has no deadline after
        Items.Sort((a, b) => (a.Due ?? DateOnly.MaxValue).CompareTo(b.Due ?? DateOnly.MaxValue));
        if (!Capabilities.Allows(Capability.ReviewFindings, role)) return;
        var open = await (await reviews.VisibleAsync()).Where(r => r.State == Jixiao.Web.Reviews.ReviewStates.Open)
            .OrderByDescending(r => r.CheckedUtc).Take(200)
            .Select(r => new
            {
                r.Id, r.FileName, r.UnitName, r.Year, r.State, r.CheckedUtc, r.CreatedUtc,
                Undecided = db.ReviewItems.Count(i => i.ReviewId == r.Id && i.FileVersion == r.FileVersion && i.CausedBy == null && i.Decision == null),
            }).AsNoTracking().ToListAsync();
        foreach (var r in open)
            Items.Add(new Item($"/reviews/{r.Id}", $"文件复核：{r.Undecided} 项待决定", r.UnitName ?? "", r.Year, r.FileName, r.State, r.CheckedUtc ?? r.CreatedUtc));
    }
}
