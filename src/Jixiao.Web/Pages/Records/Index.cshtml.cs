using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Records;

/// <summary>The records in the account's scope, with their state and figures.</summary>
[Needs(Capability.ViewRecord)]
public sealed class IndexModel(RecordAccess access, CurrentUser user, JixiaoDb db) : PageModel
{
    public sealed record Row(Guid Id, string Unit, int Year, string Kind, string State, decimal? Expenditure, int? Errors, int? Warnings, int Version, DateTime Updated);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var records = await access.VisibleAsync();
        if (Year is { } y) records = records.Where(r => r.Year == y);
        if (!string.IsNullOrEmpty(State)) records = records.Where(r => r.State == State);
        var rows = await records
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, Unit = u.Name })
            .GroupJoin(db.Figures, x => x.r.CurrentRevisionId, f => f.RevisionId, (x, f) => new { x.r, x.Unit, f })
            .SelectMany(x => x.f.DefaultIfEmpty(), (x, f) => new { x.r, x.Unit, f })
            .OrderBy(x => x.Unit).ThenByDescending(x => x.r.Year).Take(1000).AsNoTracking().ToListAsync();
        // an expert is shown which records hold their projects, not the units' figures
        bool expert = await user.RoleAsync() == Jixiao.Application.Workflow.Role.Expert;
        Rows = rows.Select(x => new Row(x.r.Id, x.Unit, x.r.Year, Enum.Parse<RecordKind>(x.r.Kind).ChineseName(), x.r.State,
            expert ? null : x.f?.Expenditure ?? 0, expert ? null : x.f?.Errors ?? 0, expert ? null : x.f?.Warnings ?? 0, x.r.Version, x.r.UpdatedUtc)).ToList();
    }
}
