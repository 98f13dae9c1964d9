namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// A band of a qualitative indicator: 达成年度指标 is 80–100 % of its points. Both ends are included, so a score of 80 %
/// fits the top band and the middle one alike.
/// </summary>
public sealed record QualitativeBand(string Name, decimal From, decimal To)
{
    public decimal Lowest(decimal points) => points * From;

    public decimal Highest(decimal points) => points * To;
}
