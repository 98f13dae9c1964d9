using Jixiao.Budget;
using Jixiao.Money;

namespace Jixiao.Documents.Targets.Rendering;

/// <summary>
/// A project's money in a unit's budget lines: what the 年度 column of a form from the unit's own data prints, since
/// the declaration keeps no copy of it (<see cref="Targets.TargetDeclaration.AnnualTotal"/>).
/// </summary>
public static class ProjectMoney
{
    /// <summary>
    /// The sum of the lines of <paramref name="budget"/> that name each project's code (carried-over money included: it
    /// is the project's money this year); null for a project no line names, so that its total stays empty rather than 0.
    /// </summary>
    public static Func<Project, Yuan?> InLines(UnitBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var sums = new Dictionary<string, Yuan>(StringComparer.Ordinal);
        foreach (var line in budget.Lines)
        {
            if (string.IsNullOrEmpty(line.ProjectCode)) continue;
            sums[line.ProjectCode] = sums.GetValueOrDefault(line.ProjectCode) + line.Amount;
        }
        return project => project.Code.Length > 0 && sums.TryGetValue(project.Code, out var sum) ? sum : null;
    }
}
