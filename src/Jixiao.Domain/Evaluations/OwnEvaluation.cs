using Jixiao.Budget;
using Jixiao.Evaluations.Scoring;

namespace Jixiao.Evaluations;

/// <summary>
/// A project's own self-evaluation (单位自评) as computed by <see cref="SelfEvaluations.Compute"/>: the figures scored,
/// the score sheet (every computed score with its formula and figures, the judged ones as entered, what was rejected)
/// and the filled form.
/// </summary>
public sealed record OwnEvaluation(Project Project, ScoreTemplate Template, ScoringInput Input, ScoreSheet Sheet, SelfEvaluation Form)
{
    /// <summary>
    /// What the evaluator should look at although it does not stop the scoring (a declared split by source that does not
    /// add up to the budget), in Chinese.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when every item is scored and the sheet has no problem: the total and the grade stand.</summary>
    public bool IsComplete => Sheet.Total is not null;
}
