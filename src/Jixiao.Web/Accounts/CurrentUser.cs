using System.Security.Claims;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Accounts;

/// <summary>
/// The signed-in account of this request, read from the database (not only the cookie), so that a changed role, scope
/// or lock takes effect at once; and the units it may see.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, JixiaoDb db)
{
    private Account? _account;
    private bool _loaded;
    private HashSet<string>? _regions;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public async Task<Account?> AccountAsync()
    {
        if (_loaded) return _account;
        _loaded = true;
        string? id = Principal.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (id is null) return null;
        _account = await db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        // A locked account's cookie no longer opens anything.
        if (_account is { LockoutEnd: { } end } && end > DateTimeOffset.UtcNow) _account = null;
        return _account;
    }

    public async Task<Role?> RoleAsync() => Roles.FromCode((await AccountAsync())?.Role);

    /// <summary>The units whose records the account may see in any state (docs/roles.md, scope column).</summary>
    public async Task<IQueryable<Unit>> VisibleUnitsAsync()
    {
        var account = await AccountAsync();
        var none = db.Units.Where(u => false);
        if (account is null) return none;
        switch (Roles.FromCode(account.Role))
        {
            case Role.Handler or Role.Head:
                return db.Units.Where(u => u.Id == account.UnitId);
            case Role.Department:
                return db.Units.Where(u => u.DepartmentId == account.DepartmentId);
            case Role.Finance:
                var regions = await RegionsAsync(account.RegionCode);
                var limited = await db.FinanceLimits.Where(l => l.AccountId == account.Id).Select(l => l.DepartmentId).ToListAsync();
                var inRegion = db.Units.Where(u => regions.Contains(u.RegionCode));
                return limited.Count == 0 ? inRegion : inRegion.Where(u => limited.Contains(u.DepartmentId));
            case Role.Expert:
                var assigned = db.ExpertAssignments.Where(a => a.AccountId == account.Id)
                    .Join(db.Records, a => a.RecordId, r => r.Id, (a, r) => r.UnitId);
                return db.Units.Where(u => assigned.Contains(u.Id));
            default:
                return none;
        }
    }

    /// <summary>The departments of the units in scope, by name (the department view's and the overview's choice).</summary>
    public async Task<List<(Guid Id, string Name)>> DepartmentsAsync() =>
        (await (await VisibleUnitsAsync()).Join(db.Departments, u => u.DepartmentId, d => d.Id, (u, d) => new { d.Id, d.Name }).Distinct().ToListAsync())
            .OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => (d.Id, d.Name)).ToList();

    /// <summary>The region and every region under it.</summary>
    private async Task<HashSet<string>> RegionsAsync(string? root) =>
        _regions ??= root is null ? new HashSet<string>(StringComparer.Ordinal) : await Records.RegionTree.UnderAsync(db, root);

    /// <summary>Who the audit log names for this request's saves.</summary>
    public static AuditActor ActorOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? new AuditActor(id, user.FindFirstValue(AccountClaims.DisplayName) ?? user.Identity.Name ?? id)
            : new AuditActor("anonymous", "未登录访问");
}

public static class PrincipalExtensions
{
    /// <summary>The account id of a signed-in principal.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("未登录");
}
