using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages;

/// <summary>What waits for the signed-in account: records at its step (待审核), its records returned (被退回), drafts to submit.</summary>
[Needs(Capability.Inbox)]
public sealed class InboxModel(RecordAccess access, CurrentUser user, WorkflowChain chain, JixiaoDb db) : PageModel
{
    public sealed record Item(Guid Id, string What, string Unit, int Year, string Kind, string State, DateTime Updated);

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
                Items.Add(new Item(x.r.Id, what, x.Unit, x.r.Year, Enum.Parse<RecordKind>(x.r.Kind).ChineseName(), x.r.State, x.r.UpdatedUtc));
        }
    }
}
