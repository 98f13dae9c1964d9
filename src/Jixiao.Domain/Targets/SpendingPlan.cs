namespace Jixiao.Targets;

/// <summary>
/// 资金支出计划 (Hebei): the cumulative share of the year's money to be spent by each point of the year — 3月底 25%,
/// 6月底 50%, 10月底 75%, 12月底 100% — which must rise and end at 100 %.
/// </summary>
public sealed record SpendingPlan(IReadOnlyList<SpendingPlanPoint> Points);

/// <summary>One point of a spending plan: its label as printed (<c>3月底</c>), the month it ends, and the cumulative percentage.</summary>
public sealed record SpendingPlanPoint(string Label, int Month, decimal CumulativePercent);
