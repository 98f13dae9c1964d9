using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Departments;

/// <summary>
/// A department's budget as the sum of its units' (主管部门 view): each unit's record of the year with its state and
/// figures, and the department's totals. The 主管部门 sees its own department; the 财政局 chooses among those of its scope.
/// </summary>
[Needs(Capability.DepartmentView)]
public sealed class IndexModel(JixiaoDb db, CurrentUser user, DeadlineCalendar calendar, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Department { get; set; }

    public List<(Guid Id, string Name)> Departments { get; private set; } = [];
    public string? DepartmentName { get; private set; }
    public List<UnitStanding> Units { get; private set; } = [];

    public decimal Sum(Func<UnitStanding, decimal?> figure) => Units.Sum(u => figure(u) ?? 0);

    public async Task<IActionResult> OnGetAsync()
    {
        var visible = await user.VisibleUnitsAsync();
        Departments = await user.DepartmentsAsync();
        if (Departments.Count == 0) return Page();
        Department ??= Departments[0].Id;
        // A department outside the scope is not found, as a record is not.
        if (Departments.All(d => d.Id != Department)) return NotFound();
        DepartmentName = Departments.First(d => d.Id == Department).Name;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Year ??= await db.Records.MaxAsync(r => (int?)r.Year) ?? today.Year;
        Units = await UnitOverview.ReadAsync(db, visible.Where(u => u.DepartmentId == Department), RecordKind.Budget, Year.Value, today, calendar,
            HttpContext.RequestAborted);
        return Page();
    }
}
