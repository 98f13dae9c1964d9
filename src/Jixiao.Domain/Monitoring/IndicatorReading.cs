using Jixiao.Targets;

namespace Jixiao.Monitoring;

/// <summary>
/// The actual value of one of the project's year indicators (三级) as known at a date: <c>2023-06-30 参保人数
/// 2455592人</c>. The actual is read by the target-value language, like the target it is compared with.
/// </summary>
/// <param name="Indicator">The 三级 indicator's name as in the declaration.</param>
public sealed record IndicatorReading(DateOnly AsOf, string Indicator, TargetValue Actual)
{
    /// <summary>The 二级 indicator, when the name alone is not unique in the declaration.</summary>
    public Level2Indicator? Level2 { get; init; }

    /// <summary>What the unit says about it (偏差原因, 改进措施); null when nothing.</summary>
    public string? Note { get; init; }
}
