using Jixiao.Application.Workflow;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin;

/// <summary>The accounts both administrators' pages list: found by user name or name, with their role and scope in words.</summary>
public static class AccountList
{
    public sealed record Row(string Id, string UserName, string DisplayName, string Role, string Scope, bool Locked, bool Administrator);

    public static async Task<List<Row>> FindAsync(JixiaoDb db, string? query, int take = 200)
    {
        var accounts = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            string q = query.Trim();
            accounts = accounts.Where(a => a.UserName!.Contains(q) || a.DisplayName.Contains(q));
        }
        var list = await accounts.OrderBy(a => a.UserName).Take(take).ToListAsync();
        var units = await db.Units.AsNoTracking().Where(u => list.Select(a => a.UnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        var departments = await db.Departments.AsNoTracking().Where(d => list.Select(a => a.DepartmentId).Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name);
        var now = DateTimeOffset.UtcNow;
        return list.Select(a =>
        {
            var role = Roles.FromCode(a.Role);
            string scope = a.UnitId is { } u ? units.GetValueOrDefault(u, "") : a.DepartmentId is { } d ? departments.GetValueOrDefault(d, "")
                : a.RegionCode is { } r ? regions.GetValueOrDefault(r, r) : role == Role.Expert ? "分配的项目" : role?.IsAdministrator() == true ? "全系统" : "";
            return new Row(a.Id, a.UserName!, a.DisplayName, role?.ChineseName() ?? "未分配角色", scope, a.LockoutEnd is { } end && end > now,
                role?.IsAdministrator() == true);
        }).ToList();
    }
}
