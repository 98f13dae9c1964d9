using Jixiao.Budget;

namespace Jixiao.Targets;

/// <summary>The target forms of a unit's own budget: one per project that has declared its targets.</summary>
public static class TargetForms
{
    /// <summary>
    /// The forms of <paramref name="budget"/>'s projects that carry a <see cref="Project.Targets"/>, in project order.
    /// A declaration with 实施期 indicators is a Shanxi 申报表 (two halves); one without is a Hebei 绩效目标表.
    /// </summary>
    public static IReadOnlyList<TargetForm> Of(UnitBudget budget)
    {
        var forms = new List<TargetForm>();
        foreach (var p in budget.Projects)
        {
            if (p.Targets is not { } d) continue;
            forms.Add(new TargetForm(p, LayoutOf(d), 0) { Year = budget.Year.Value });
        }
        return forms;
    }

    /// <summary>The layout a declaration fills: Shanxi when it has 实施期 indicators or money, Hebei otherwise.</summary>
    public static TargetFormLayout LayoutOf(TargetDeclaration d) =>
        d.ImplementationIndicators.Count > 0 || d.ImplementationFunds.Sources.Count > 0 || d.ImplementationFunds.StatedTotal is not null
            ? TargetFormLayout.Shanxi
            : TargetFormLayout.Hebei;
}
