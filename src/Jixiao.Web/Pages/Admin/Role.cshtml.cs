using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin;

/// <summary>One account's role and scope, and an expert's assigned projects (the security administrator).</summary>
[Needs(Capability.AssignRoles)]
public sealed class RoleModel(AccountAdmin admin, JixiaoDb db) : PageModel
{
    public Jixiao.Data.Account Account { get; private set; } = null!;
    public List<(Guid Id, string Name)> Units { get; private set; } = [];
    public List<(Guid Id, string Name, string Region)> Departments { get; private set; } = [];
    public List<(string Code, string Name)> Regions { get; private set; } = [];
    public List<(Guid RecordId, string Record, string ProjectCode)> Assignments { get; private set; } = [];
    public List<(Guid Id, string Name)> Budgets { get; private set; } = [];
    public string? RefusalText { get; private set; }

    [BindProperty] public string? Role { get; set; }
    [BindProperty] public Guid? UnitId { get; set; }
    [BindProperty] public Guid? DepartmentId { get; set; }
    [BindProperty] public string? RegionCode { get; set; }
    [BindProperty] public List<Guid> Limits { get; set; } = [];
    [BindProperty] public Guid? RecordId { get; set; }
    [BindProperty] public string? ProjectCode { get; set; }

    public static readonly Role[] BusinessRoles = [Application.Workflow.Role.Handler, Application.Workflow.Role.Head, Application.Workflow.Role.Department,
        Application.Workflow.Role.Finance, Application.Workflow.Role.Expert];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Role = Account.Role;
        (UnitId, DepartmentId, RegionCode) = (Account.UnitId, Account.DepartmentId, Account.RegionCode);
        Limits = await db.FinanceLimits.Where(l => l.AccountId == id).Select(l => l.DepartmentId).ToListAsync();
        return Page();
    }

    [HandlerNeeds(Capability.AssignRoles)]
    public Task<IActionResult> OnPostAssignAsync(string id) =>
        DoAsync(id, () => admin.AssignAsync(id, Roles.FromCode(Role), UnitId, DepartmentId, RegionCode, Limits), "已保存角色和范围；该账号已登录的会话需重新登录");

    [HandlerNeeds(Capability.AssignRoles)]
    public Task<IActionResult> OnPostAssignProjectAsync(string id) =>
        DoAsync(id, () => admin.AssignProjectAsync(id, RecordId ?? Guid.Empty, ProjectCode ?? ""), "已分配项目");

    [HandlerNeeds(Capability.AssignRoles)]
    public Task<IActionResult> OnPostUnassignProjectAsync(string id, Guid record, string project) =>
        DoAsync(id, () => admin.UnassignProjectAsync(id, record, project), "已取消分配");

    private async Task<IActionResult> DoAsync(string id, Func<Task> action, string done)
    {
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            await action();
        }
        catch (Refusal r)
        {
            if (r.Status == StatusCodes.Status404NotFound) return NotFound();
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            RefusalText = r.Message;
            Response.StatusCode = r.Status;
            return Page();
        }
        TempData["Message"] = done;
        return Redirect($"/admin/roles/{id}");
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (account is null) return false;
        Account = account;
        // what the choices are made of (a province has thousands of units: listed by name)
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.RegionCode).ThenBy(u => u.Code).Select(u => new { u.Id, u.Name }).ToListAsync())
            .Select(u => (u.Id, u.Name)).ToList();
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name);
        Regions = regions.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value)).ToList();
        Departments = (await db.Departments.AsNoTracking().OrderBy(d => d.RegionCode).ThenBy(d => d.Code).ToListAsync())
            .Select(d => (d.Id, d.Name, regions.GetValueOrDefault(d.RegionCode, d.RegionCode))).ToList();
        var assigned = await db.ExpertAssignments.AsNoTracking().Where(a => a.AccountId == id)
            .Join(db.Records, a => a.RecordId, r => r.Id, (a, r) => new { a.RecordId, a.ProjectCode, r.UnitId, r.Year })
            .Join(db.Units, x => x.UnitId, u => u.Id, (x, u) => new { x.RecordId, x.ProjectCode, x.Year, u.Name }).ToListAsync();
        Assignments = assigned.Select(a => (a.RecordId, $"{a.Name} {a.Year} 年预算", a.ProjectCode)).ToList();
        if (account.Role == Application.Workflow.Role.Expert.Code())
            Budgets = (await db.Records.AsNoTracking().Where(r => r.Kind == nameof(RecordKind.Budget))
                    .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r.Id, u.Name, r.Year }).OrderBy(x => x.Name).ThenBy(x => x.Year).Take(2000).ToListAsync())
                .Select(x => (x.Id, $"{x.Name} {x.Year} 年预算")).ToList();
        return true;
    }
}
