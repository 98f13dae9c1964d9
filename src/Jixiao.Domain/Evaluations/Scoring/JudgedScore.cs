namespace Jixiao.Evaluations.Scoring;

/// <summary>An evaluator's score for a judged item, and for a qualitative indicator the band chosen (达成年度指标 …).</summary>
public sealed record JudgedScore(decimal Score)
{
    /// <summary>The band's name as in the template; required for a qualitative indicator.</summary>
    public string? Band { get; init; }
}
