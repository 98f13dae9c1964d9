using System.Globalization;
using Jixiao.Targets;

namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// The completion of one indicator: met, not met (with the share reached), or cannot tell (with the reason in Chinese).
/// Built by <see cref="Completion.Of"/>.
/// </summary>
public sealed record IndicatorCompletion(CompletionStatus Status, CompletionReading Reading)
{
    /// <summary>
    /// actual / target, unrounded (2455592 / 2501278 = 0.98173…), for a quantity target with a target other than 0;
    /// null otherwise (a range, a deadline, a target of 0, cannot tell).
    /// </summary>
    public decimal? Share { get; init; }

    /// <summary>The target as compared (in its own unit, or in the actual's when the target printed none).</summary>
    public Quantity? Target { get; init; }

    /// <summary>The actual as compared, converted to the target's unit.</summary>
    public Quantity? Actual { get; init; }

    /// <summary>Why it cannot tell, in Chinese; null when it can.</summary>
    public string? Reason { get; init; }

    /// <summary>An assumption made to compare (a unit taken from the target), in Chinese; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The actual is at least 120 % of a ≥ or exact target: the national rules cut points where the target was set too
    /// low, and the form must explain the deviation.
    /// </summary>
    public bool FarAboveTarget { get; init; }

    /// <summary>The share in percent, two decimals, half away from zero (98.17); null when there is no share.</summary>
    public decimal? SharePercent => Share is { } s ? Math.Round(s * 100m, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>A one-line Chinese description: <c>未完成：2455592人 / 2501278人 = 98.17 %</c>.</summary>
    public override string ToString()
    {
        string head = Status switch
        {
            CompletionStatus.Met => "已完成",
            CompletionStatus.NotMet => "未完成",
            _ => "无法判断",
        };
        if (Status == CompletionStatus.CannotTell) return $"{head}：{Reason}";
        string figures = Share is { } && Actual is { } a && Target is { } t
            ? $"：{a} / {t} = {SharePercent!.Value.ToString("0.00", CultureInfo.InvariantCulture)} %"
            : "";
        return head + figures + (Note is null ? "" : $"（{Note}）");
    }
}
