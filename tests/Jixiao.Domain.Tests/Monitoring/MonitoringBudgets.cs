using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>Budgets of 2023 built in code for the monitoring tests: projects with their money in one line each, quarterly flows.</summary>
internal static class MonitoringBudgets
{
    public static readonly DateOnly MidYear = new(2023, 6, 30);
    public static readonly DateOnly YearEnd = new(2023, 12, 31);

    /// <summary>A 2023 budget whose projects each have one 项目支出 line of the given amount (none when null).</summary>
    public static UnitBudget BudgetOf(params (Project Project, decimal? Lines)[] projects)
    {
        var lines = projects.Where(p => p.Lines is not null)
            .Select(p => new BudgetLine(FunctionalCode.Parse("2101501"), null, ExpenseKind.Project, FundingSource.GeneralPublic, new Yuan(p.Lines!.Value))
            {
                ProjectCode = p.Project.Code,
            })
            .ToArray();
        return new UnitBudget(new BudgetUnit("100", "某市医疗保障局", UnitNature.Administrative), new FiscalYear(2023), lines)
        {
            Projects = projects.Select(p => p.Project).ToArray(),
        };
    }

    /// <summary>One project with <paramref name="lines"/> 元 and <paramref name="execution"/>.</summary>
    public static UnitBudget One(decimal lines, ProjectExecution? execution, TargetDeclaration? targets = null) =>
        BudgetOf((Project("P1", "医保经办项目", execution, targets), lines));

    public static Project Project(string code, string name, ProjectExecution? execution = null, TargetDeclaration? targets = null) =>
        new(code, name) { Execution = execution, Targets = targets };

    /// <summary>Flows of 市县（区）财政资金 by quarter from 第一季度: (released, spent) in 元.</summary>
    public static ProjectExecution Quarterly(params (decimal Released, decimal Spent)[] quarters) => new()
    {
        Flows = quarters.Select((q, i) => new FundsFlow(ExecutionPeriod.Quarter(i + 1), FundSource.Local, new Yuan(q.Released), new Yuan(q.Spent))).ToArray(),
    };

    /// <summary>Flows of the quarters spending only (released = spent).</summary>
    public static ProjectExecution Spending(params decimal[] quarters) => Quarterly(quarters.Select(q => (q, q)).ToArray());

    public static Indicator Indicator(Level2Indicator level2, string name, string target) => new(level2, name, TargetValue.Parse(target));

    public static IndicatorReading Reading(DateOnly date, string indicator, string actual) => new(date, indicator, TargetValue.Parse(actual));

    public static TargetDeclaration Declaring(params Indicator[] indicators) => new() { AnnualIndicators = indicators };

    /// <summary>The plan of the Hebei forms: 3月底 25 %, 6月底 50 %, 10月底 75 %, 12月底 100 %.</summary>
    public static SpendingPlan HebeiPlan => new([
        new("3月底", 3, 25m), new("6月底", 6, 50m), new("10月底", 10, 75m), new("12月底", 12, 100m),
    ]);
}
