using Jixiao.Data;
using Jixiao.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Records;

/// <summary>
/// The record-level half of authorization: a record is found only when its unit is in the account's scope (an expert:
/// only a record with a project assigned to them). Outside the scope it is not found, the same as one that does not
/// exist, so that ids cannot be probed (404).
/// </summary>
public sealed class RecordAccess(JixiaoDb db, CurrentUser user)
{
    public async Task<IQueryable<Record>> VisibleAsync()
    {
        var units = await user.VisibleUnitsAsync();
        var account = await user.AccountAsync();
        var records = db.Records.Where(r => units.Select(u => u.Id).Contains(r.UnitId));
        if (account?.Role == "expert")
        {
            var assigned = db.ExpertAssignments.Where(a => a.AccountId == account.Id).Select(a => a.RecordId);
            records = records.Where(r => assigned.Contains(r.Id));
        }
        return records;
    }

    /// <summary>The record, tracked for a change, or null when it does not exist or is outside the scope.</summary>
    public async Task<Record?> FindAsync(Guid id) => await (await VisibleAsync()).FirstOrDefaultAsync(r => r.Id == id);

    /// <summary>
    /// The record when the account may see it whole — its budget, package and figures —, else null: an expert sees the
    /// forms of the projects assigned to them only (docs/roles.md), through the project pages.
    /// </summary>
    public async Task<Record?> FindWholeAsync(Guid id) =>
        (await user.AccountAsync())?.Role == "expert" ? null : await FindAsync(id);

    /// <summary>
    /// The projects of a record the account may see: null for all of them, or an expert's assigned project codes
    /// (docs/roles.md) — the one place the project pages, the monitoring and the record page take the rule from.
    /// </summary>
    public async Task<HashSet<string>?> ProjectsInScopeAsync(Guid recordId)
    {
        var account = await user.AccountAsync();
        if (account?.Role != "expert") return null;
        return (await db.ExpertAssignments.Where(a => a.AccountId == account.Id && a.RecordId == recordId).Select(a => a.ProjectCode).ToListAsync())
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A published record, for anyone.</summary>
    public Task<Record?> FindPublishedAsync(Guid id) =>
        db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.State == PublishedState);

    public const string PublishedState = "已公开";
}
