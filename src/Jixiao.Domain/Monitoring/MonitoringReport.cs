namespace Jixiao.Monitoring;

/// <summary>The monitoring of a budget's projects at a date (<see cref="PerformanceMonitoring.At"/>).</summary>
/// <param name="Date">The monitoring date, within the fiscal year.</param>
/// <param name="Months">Complete months at the date (2023-06-30 → 6, 2023-06-15 → 5).</param>
/// <param name="Projects">Every project with money or execution data, in the budget's order.</param>
public sealed record MonitoringReport(DateOnly Date, int Months, MonitoringThresholds Thresholds, IReadOnlyList<ProjectMonitoring> Projects)
{
    /// <summary>时间进度 = months / 12.</summary>
    public decimal TimeProgress => Months / 12m;

    /// <summary>True on 12月31日, when the year-end warning applies.</summary>
    public bool IsYearEnd => IsYearEndDate(Date);

    /// <summary>True for 12月31日 of any year.</summary>
    public static bool IsYearEndDate(DateOnly date) => date.Month == 12 && date.Day == 31;
}
