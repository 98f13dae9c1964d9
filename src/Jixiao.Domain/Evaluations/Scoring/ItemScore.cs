namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// One scored item: its points, the formula used, the score (two decimals, half away from zero) and the figures behind it
/// in Chinese (<c>资金到位率 12579.31 / 12920.21 = 97.36 % × 3 = 2.92</c>). An item that could not be scored has no score
/// and says why in <see cref="Rejection"/>.
/// </summary>
public sealed record ItemScore(string Section, string Group, string Name, decimal Points, ScoreFormula Formula)
{
    public decimal? Score { get; init; }

    /// <summary>How the score follows (formula and figures), or the judged score as entered.</summary>
    public string Explanation { get; init; } = "";

    /// <summary>Why no score: a judged score outside its points or band, a missing figure, a completion that cannot be told.</summary>
    public string? Rejection { get; init; }

    /// <summary>The rejection is of a score the evaluator entered (outside its points or band, a band unknown or missing), not of a score still to enter.</summary>
    public bool RejectedEntry { get; init; }

    /// <summary>What a reviewer must look at although the score stands (≥ 120 % of target, a unit assumed).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The indicator's completion, for an indicator item.</summary>
    public IndicatorCompletion? Completion { get; init; }
}
