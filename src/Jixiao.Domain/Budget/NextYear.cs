using Jixiao.Codes;

namespace Jixiao.Budget;

/// <summary>Next year's budget started from this year's (以本年预算为基础编制下年预算).</summary>
public static class NextYear
{
    /// <summary>
    /// The budget of the year after <paramref name="budget"/>'s: the same unit, lines (with their ids) and projects with
    /// their target declarations, as a draft to be worked on; the year's own facts — execution, the evaluator's entries,
    /// a published self-evaluation — are left behind; this year's budget becomes its prior year (上年预算), so that the
    /// tables compare with it.
    /// </summary>
    public static UnitBudget From(UnitBudget budget) => budget with
    {
        Year = new FiscalYear(budget.Year.Value + 1),
        Projects = budget.Projects.Select(p => p with { Execution = null, Evaluation = null, PublishedEvaluation = null }).ToList(),
        PriorYear = budget with { PriorYear = null },
    };
}
