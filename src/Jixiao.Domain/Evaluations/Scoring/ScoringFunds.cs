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

    /// <summary>
    /// What a money formula divides, with the names the forms give them: 资金到位率 下达 / 预算; 预算执行率 支出 / 下达
    /// (Shanxi) or 支出 / 预算 (the national B / A). One choice, for the scorer, the review rules and the review.
    /// </summary>
    public (Yuan? Over, Yuan? Under, string OverName, string UnderName) Operands(ScoreFormula formula) => formula switch
    {
        ScoreFormula.FundsInPlace => (Released, Budgeted, "预算下达资金", "预算资金"),
        ScoreFormula.SpentOfBudget => (Spent, Budgeted, "实际支出资金", "预算资金"),
        ScoreFormula.BudgetExecution => (Spent, Released, "实际支出资金", "预算下达资金"),
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, "不是资金计分公式"),
    };

    /// <summary>The formulas that follow from the money.</summary>
    public static bool IsMoney(ScoreFormula formula) =>
        formula is ScoreFormula.FundsInPlace or ScoreFormula.BudgetExecution or ScoreFormula.SpentOfBudget;
}
