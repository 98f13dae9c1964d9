using Jixiao.Money;

namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// The money the formulas read, in 元: 预算资金 (全年预算数), 预算下达资金 (到位), 实际支出资金 (全年执行数). A figure not
/// known is null and the formula that needs it is not computed.
/// </summary>
public sealed record ScoringFunds(Yuan? Budgeted, Yuan? Released, Yuan? Spent)
{
    /// <summary>The totals of a self-evaluation as stated (a blank list of lines is unknown, not 0).</summary>
    public static ScoringFunds From(EvaluationFunds funds)
    {
        ArgumentNullException.ThrowIfNull(funds);
        return new(funds.Budgeted.Count > 0 ? funds.BudgetedTotal : null, funds.Released,
            funds.Spent.Count > 0 ? funds.SpentTotal : null);
    }
}
