using Jixiao.Codes;

namespace Jixiao.Budget;

/// <summary>
/// A unit's budget for one fiscal year, kept once, in 元: the lines, the projects, the “三公” items, procurement,
/// assets, and last year's budget for comparisons. Tables, sentences and checks are derived from it. No I/O.
/// </summary>
public sealed record UnitBudget(BudgetUnit Unit, FiscalYear Year, IReadOnlyList<BudgetLine> Lines)
{
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<ThreePublicItem> ThreePublic { get; init; } = [];
    public IReadOnlyList<ProcurementItem> Procurement { get; init; } = [];
    public IReadOnlyList<AssetItem> Assets { get; init; } = [];

    /// <summary>Units whose lines this budget includes besides its own (a department budget); empty for a unit budget.</summary>
    public IReadOnlyList<BudgetUnit> SubUnits { get; init; } = [];

    /// <summary>
    /// Each project's money in the lines (carried-over money included: it is the project's money this year), by code;
    /// a project no line names is absent. One pass over the lines.
    /// </summary>
    public Dictionary<string, Money.Yuan> ProjectTotals()
    {
        var totals = new Dictionary<string, Money.Yuan>(Projects.Count, StringComparer.Ordinal);
        foreach (var line in Lines)
            if (line.ProjectCode is { } code)
                totals[code] = totals.GetValueOrDefault(code) + line.Amount;
        return totals;
    }

    /// <summary>Last year's budget (its lines may be at 类 level only), for 比上年 comparisons; null when unknown.</summary>
    public UnitBudget? PriorYear { get; init; }
}
