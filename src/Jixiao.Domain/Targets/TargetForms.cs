using Jixiao.Budget;

namespace Jixiao.Targets;

/// <summary>The target forms of a unit's own budget: one per project that has declared its targets.</summary>
public static class TargetForms
{
    /// <summary>
    /// The forms of <paramref name="budget"/>'s projects that carry a <see cref="Project.Targets"/>, in project order.
    /// A declaration with 实施期 indicators is a Shanxi 申报表 (two halves); one without is a Hebei 绩效目标表.
    /// <paramref name="shapeOf"/> gives what each layout declares: the layouts are files the documents layer reads.
    /// </summary>
    public static IReadOnlyList<TargetForm> Of(UnitBudget budget, Func<TargetFormLayout, TargetFormShape> shapeOf)
    {
        ArgumentNullException.ThrowIfNull(shapeOf);
        var forms = new List<TargetForm>();
        foreach (var p in budget.Projects)
        {
            if (p.Targets is not { } d) continue;
            var layout = LayoutOf(d);
            forms.Add(new TargetForm(p, layout, 0, shapeOf(layout)) { Year = budget.Year.Value });
        }
        return forms;
    }

    /// <summary>
    /// The forms as the checker and the renderers read them, with their money filled in: a declaration of the unit's
    /// own data states no 年度资金总额 (it is the project's lines), so each form here carries the lines' sum, exact in 元
    /// (carried-over money included: it is the project's money this year); a one-year project's 实施期 likewise, unless
    /// entered. A project no line names keeps no total — never a made-up 0. One pass over the lines.
    /// <paramref name="shapeOf"/> as for <see cref="Of"/>.
    /// </summary>
    public static IReadOnlyList<TargetForm> AsDeclared(UnitBudget budget, Func<TargetFormLayout, TargetFormShape> shapeOf)
    {
        var forms = Of(budget, shapeOf);
        if (forms.Count == 0) return forms;
        var money = budget.ProjectTotals();
        var shown = new TargetForm[forms.Count];
        for (int i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            var d = form.Declaration;
            Money.Yuan? annual = d.AnnualFunds.StatedTotal ?? (money.TryGetValue(form.Project.Code, out var sum) ? sum : null);
            // the 实施期 of a project known to last one year is its year; of any other, only what was entered
            bool oneYear = d.PeriodYears == 1 || (d.PeriodYears is null && d.Nature == ProjectNature.OneOff);
            var implementation = d.ImplementationFunds.StatedTotal
                ?? (d.ImplementationFunds.Sources.Count > 0 ? d.ImplementationFunds.SourcesTotal : oneYear ? annual : null);
            var filled = d with
            {
                AnnualFunds = d.AnnualFunds with { StatedTotal = annual },
                ImplementationFunds = form.Shape.HasImplementationPeriod ? d.ImplementationFunds with { StatedTotal = implementation } : d.ImplementationFunds,
            };
            shown[i] = form with { Project = form.Project with { Targets = filled } };
        }
        return shown;
    }

    /// <summary>
    /// The layout a declaration fills: one with an 实施期 when it has anything of one (indicators, money, goal, more than
    /// one year) — the Shanxi 申报表, whose rows name the levels of government, unless a source is 财政资金 of no level,
    /// which only the national form's 财政拨款 row holds (no amount is left unprinted) — else the Hebei 绩效目标表.
    /// </summary>
    public static TargetFormLayout LayoutOf(TargetDeclaration d)
    {
        bool implementation = d.ImplementationIndicators.Count > 0 || d.ImplementationFunds.Sources.Count > 0 || d.ImplementationFunds.StatedTotal is not null
            || d.ImplementationGoal is not null || d.PeriodYears > 1;
        if (!implementation) return TargetFormLayout.Hebei;
        bool fiscal = d.ImplementationFunds.Sources.Any(s => s.Source == FundSource.Fiscal) || d.AnnualFunds.Sources.Any(s => s.Source == FundSource.Fiscal);
        return fiscal ? TargetFormLayout.National : TargetFormLayout.Shanxi;
    }
}
