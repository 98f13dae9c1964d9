namespace Jixiao.Evaluations.Scoring;

/// <summary>How an item of a score template gets its score (docs/self-evaluation-scoring.md, "Scoring").</summary>
public enum ScoreFormula
{
    /// <summary>The evaluator's score, within 0 and the item's points.</summary>
    Judged,
    /// <summary>资金到位率: 预算下达 / 预算资金 × points, at most the points.</summary>
    FundsInPlace,
    /// <summary>预算执行率: 实际支出 / 预算下达 × points, at most the points (an over-spent budget still scores the points).</summary>
    BudgetExecution,
    /// <summary>
    /// 执行率 of the national table (财预〔2020〕10号): 全年执行数 / 全年预算数 (B / A) × points, at most the points — measured
    /// against the year's budget, not against the money released.
    /// </summary>
    SpentOfBudget,
    /// <summary>A positive indicator: the points when reached, else points × actual / target.</summary>
    Proportional,
    /// <summary>
    /// A reverse indicator (cost, time): the points when actual ≤ target; up to twice the target,
    /// points × (1 − (actual − target) / target); at twice or more, 0.
    /// </summary>
    Reverse,
    /// <summary>A target of exactly 0: the points only when the actual is 0, else 0.</summary>
    ExactZero,
    /// <summary>The points when met (a range, a deadline), else 0.</summary>
    AllOrNothing,
    /// <summary>
    /// A fixed item that follows from the project's indicators of given 二级 (实际完成率 from the 数量指标, 完成及时率 from
    /// the 时效指标 …): points × the mean of each indicator's share as the template's indicator formulas give it. Without
    /// such an indicator, or with one that cannot be computed, it is the evaluator's to judge.
    /// </summary>
    IndicatorGroup,
    /// <summary>A qualitative indicator: the evaluator's score, within the band chosen (80–100 %, 60–80 %, 0–60 % of the points).</summary>
    Band,
}
