namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// A band of a qualitative indicator: 达成年度指标 is 80–100 % of its points. Both ends are included, so a score of 80 %
/// fits the top band and the middle one alike.
/// </summary>
public sealed record QualitativeBand(string Name, decimal From, decimal To)
{
    // Scores are given to 2 decimals: the band's ends are too (the lowest rounded up, the highest down), so that a
    // score printed at its end is inside it — 18.33 points × 80 % = 14.664 admits 14.67, and the message says so.
    public decimal Lowest(decimal points) => Math.Ceiling(points * From * 100m) / 100m;

    public decimal Highest(decimal points) => Math.Floor(points * To * 100m) / 100m;
}
