using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Audit;

/// <summary>
/// The audit log: the audit administrator reads all of it and verifies the chain; the business roles read the entries
/// of the records in their scope.
/// </summary>
[Needs(Capability.ReadAudit)]
public sealed class IndexModel(JixiaoDb db, CurrentUser user, RecordAccess access) : PageModel
{
    private const int PageSize = 200;

    [BindProperty(SupportsGet = true)] public long? Before { get; set; }
    /// <summary>One record's entries only (the record page links its whole history here).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Record { get; set; }
    public List<AuditEntry> Entries { get; private set; } = [];
    public bool CanVerify { get; private set; }
    public string? VerifyResult { get; private set; }
    public bool ChainWhole { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    [HandlerNeeds(Capability.VerifyAudit)]
    public async Task OnPostVerifyAsync()
    {
        var broken = await AuditLog.VerifyAsync(db, HttpContext.RequestAborted);
        ChainWhole = broken is null;
        VerifyResult = broken is null ? $"哈希链完整：共 {await db.AuditEntries.CountAsync()} 条记录" : "哈希链断裂：" + broken.Reason;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var role = await user.RoleAsync();
        CanVerify = role == Role.AuditAdministrator;
        var entries = db.AuditEntries.AsNoTracking();
        if (role != Role.AuditAdministrator)
        {
            var records = (await access.VisibleAsync()).Select(r => r.Id);
            entries = entries.Where(e => e.RecordId != null && records.Contains(e.RecordId.Value));
        }
        if (Record is { } r) entries = entries.Where(e => e.RecordId == r);
        if (Before is { } b) entries = entries.Where(e => e.Sequence < b);
        Entries = await entries.OrderByDescending(e => e.Sequence).Take(PageSize + 1).ToListAsync();
        Before = Entries.Count > PageSize ? Entries[PageSize - 1].Sequence : null;
        if (Entries.Count > PageSize) Entries.RemoveAt(PageSize);
    }
}
