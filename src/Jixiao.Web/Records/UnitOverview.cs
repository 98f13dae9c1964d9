using Jixiao.Application.Workflow;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Records;

/// <summary>
/// One line of the overview: a unit of the scope and where its record of a kind and year stands — state, figures,
/// findings, deadline. A unit without the record yet is there too (未建立), overdue once its deadline has passed.
/// </summary>
public sealed record UnitStanding(Guid UnitId, string Code, string Unit, string RegionCode, string Department, Guid? RecordId, string State,
    DateOnly? Due, bool Overdue, decimal? Expenditure, decimal? Basic, decimal? ProjectSpending, int? Errors, int? Warnings, string? Grade);

/// <summary>The standings of every unit in a scope for a kind and year, read in one query.</summary>
public static class UnitOverview
{
    public const string NotStarted = "未建立";

    public static async Task<List<UnitStanding>> ReadAsync(JixiaoDb db, IQueryable<Unit> units, RecordKind kind, int year, DateOnly today,
        DeadlineCalendar calendar, CancellationToken cancellationToken = default)
    {
        string k = kind.ToString();
        var records = db.Records.Where(r => r.Year == year && r.Kind == k);
        var rows = await (
                from u in units
                join d in db.Departments on u.DepartmentId equals d.Id
                join r0 in records on u.Id equals r0.UnitId into rs
                from r in rs.DefaultIfEmpty()
                join f0 in db.Figures on r.CurrentRevisionId equals f0.RevisionId into fs
                from f in fs.DefaultIfEmpty()
                select new
                {
                    u.Id, u.Code, u.Name, u.RegionCode, Department = d.Name, RecordId = r == null ? (Guid?)null : r.Id, State = r == null ? null : r.State,
                    Due = r == null ? null : r.DueDate,
                    Expenditure = f == null ? (decimal?)null : f.Expenditure, Basic = f == null ? (decimal?)null : f.Basic,
                    ProjectSpending = f == null ? (decimal?)null : f.ProjectSpending,
                    Errors = f == null ? (int?)null : f.Errors, Warnings = f == null ? (int?)null : f.Warnings, Grade = f == null ? null : f.Grade,
                })
            .AsNoTracking().ToListAsync(cancellationToken);
        var due = calendar.Due(kind, year);
        return rows.Select(x =>
        {
            var deadline = x.Due ?? due;
            bool open = x.State is null || RecordStates.FromChinese(x.State)?.IsEditable() == true;
            return new UnitStanding(x.Id, x.Code, x.Name, x.RegionCode, x.Department, x.RecordId, x.State ?? NotStarted, deadline,
                open && deadline is { } d && d < today, x.Expenditure, x.Basic, x.ProjectSpending, x.Errors, x.Warnings, x.Grade);
        }).OrderBy(x => x.RegionCode, StringComparer.Ordinal).ThenBy(x => x.Code, StringComparer.Ordinal).ToList();
    }
}
