using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Public;

/// <summary>The published disclosures, by region, year and unit: open to everyone.</summary>
[Needs(Capability.ViewPublished)]
public sealed class IndexModel(JixiaoDb db) : PageModel
{
    public sealed record Row(Guid Id, string Region, string Unit, int Year, string Kind, decimal Expenditure, DateTime Published);

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<Region> Regions { get; private set; } = [];
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync();
        var published = db.Records.AsNoTracking().Where(r => r.State == RecordAccess.PublishedState);
        if (Year is { } y) published = published.Where(r => r.Year == y);
        var units = db.Units.AsNoTracking();
        if (!string.IsNullOrEmpty(Region))
        {
            var under = RegionTree.Under(Regions.Select(r => (r.Code, r.ParentCode)), Region);
            units = units.Where(u => under.Contains(u.RegionCode));
        }
        if (!string.IsNullOrWhiteSpace(Q)) units = units.Where(u => u.Name.Contains(Q.Trim()));
        var rows = await published
            .Join(units, r => r.UnitId, u => u.Id, (r, u) => new { r, u })
            .Join(db.Regions, x => x.u.RegionCode, g => g.Code, (x, g) => new { x.r, x.u, Region = g.Name })
            .GroupJoin(db.Figures, x => x.r.CurrentRevisionId, f => f.RevisionId, (x, f) => new { x.r, x.u, x.Region, f })
            .SelectMany(x => x.f.DefaultIfEmpty(), (x, f) => new { x.r, Unit = x.u.Name, x.Region, Expenditure = f == null ? 0 : f.Expenditure })
            .OrderByDescending(x => x.r.Year).ThenBy(x => x.Unit).Take(1000).ToListAsync();
        Rows = rows.Select(x => new Row(x.r.Id, x.Region, x.Unit, x.r.Year, Enum.Parse<RecordKind>(x.r.Kind).ChineseName(), x.Expenditure, x.r.UpdatedUtc)).ToList();
    }
}
