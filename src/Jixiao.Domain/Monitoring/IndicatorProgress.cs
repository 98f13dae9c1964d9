using Jixiao.Evaluations.Scoring;
using Jixiao.Targets;

namespace Jixiao.Monitoring;

/// <summary>
/// One annual indicator at the monitoring date: its latest reading, its completion (<see cref="Completion.Of"/>), the
/// share done as the monitoring counts it, the progress expected by the date, and the light.
/// </summary>
public sealed record IndicatorProgress(Indicator Indicator, IndicatorReading Reading, IndicatorCompletion Completion)
{
    /// <summary>
    /// The share done, unrounded and not capped: actual / target for a ≥ or exact target; for a ceiling (≤, and a bare
    /// cost or time target) 1 while within it, else 1 − (actual − target) / target, not below 0; for a range or a target
    /// of 0, 1 when met, else 0. Null when the indicator gets no light (qualitative, deadline, cannot tell).
    /// </summary>
    public decimal? Share { get; init; }

    /// <summary>
    /// True for a quantity that accumulates over the year — a count or an amount of money (not per unit) under a ≥ or
    /// exact target: its expected progress is the time share. Everything else is expected in full at any date.
    /// </summary>
    public bool Accumulates { get; init; }

    /// <summary>The progress expected at the date: months / 12 for an accumulating quantity, else 1; null without a light.</summary>
    public decimal? Expected { get; init; }

    /// <summary>Share ÷ expected and its light (blue from <see cref="MonitoringThresholds.BlueFrom"/>), or why there is none.</summary>
    public required ProgressLight Progress { get; init; }
}
