using System.Globalization;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Money;

namespace Jixiao.Rules.Budget;

/// <summary>
/// PKG-07: every project with money in the budget lines has declared its performance targets, and a declaration that
/// states its 年度资金总额 (one imported from a published form) states the project's money in the lines. In a unit's
/// own data the total is not stated — it is the lines — so only the declaration itself is required.
/// A package without lines (the forms of a document that printed no tables) or without projects has nothing to
/// compare. A stated total within 50 元 of the lines is the 万元 rounding of a published table against a form printed
/// in 元 (half of 0.01 万元): said as an info, not an error.
/// </summary>
public sealed class ProjectsDeclared : IBudgetRule
{
    public RuleInfo Info { get; } = new("PKG-07", Severity.Error, "有资金的项目都有绩效目标申报，申报的年度资金与预算行合计一致", "performance-targets-domain.md 审核要点：资金；tables.md 项目支出");

    /// <summary>Half of 0.01 万元: the largest gap the rounding of a published 万元 figure explains.</summary>
    public const decimal RoundingGap = 50m;

    public void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results)
    {
        results.Touch(Info.Id);
        if (budget.Lines.Count == 0 || budget.Projects.Count == 0) return;
        var money = budget.ProjectTotals();

        var subject = BudgetRuleText.Subject(budget);
        for (int i = 0; i < budget.Projects.Count; i++)
        {
            var p = budget.Projects[i];
            decimal lines = money.GetValueOrDefault(p.Code).Value;
            string where = $"$.projects[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (p.Targets is not { } d)
            {
                if (lines == 0m) continue;
                results.Add(new Finding(Info.Id, Info.Severity, subject, where + ".targets",
                    $"项目“{p.Name}”（{p.Code}）有预算 {BudgetRuleText.Yuan(lines)}，没有绩效目标申报")
                { Expected = "该项目的绩效目标（projects[].targets，或填报工作簿的项目绩效目标表）", Actual = "（无）" });
                continue;
            }
            if (d.AnnualFunds.StatedTotal is not { } stated)
            {
                results.Pass(Info.Id);
                continue;
            }
            if (stated == new Yuan(lines))
            {
                results.Pass(Info.Id);
                continue;
            }
            bool rounding = Math.Abs(stated.Value - lines) <= RoundingGap;
            results.Add(new Finding(Info.Id, rounding ? Severity.Info : Info.Severity, subject, where + ".targets.annualFunds.total",
                $"项目“{p.Name}”（{p.Code}）绩效目标的年度资金总额 {BudgetRuleText.Yuan(stated.Value)} 与预算行合计 {BudgetRuleText.Yuan(lines)} " +
                (rounding ? "相差在公开表万元取整以内（表按万元列示，绩效目标表按元）" : "不一致"))
            { Expected = BudgetRuleText.Yuan(lines), Actual = BudgetRuleText.Yuan(stated.Value) });
        }
    }
}
