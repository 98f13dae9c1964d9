namespace Jixiao.Monitoring;

/// <summary>
/// One light of the monitoring: actual progress ÷ expected progress and its colour, or no light with the reason; the
/// explanation gives the figures in Chinese (<c>执行率 25.00 %（支出 30.00 万元 / 预算 120.00 万元）÷ 时间进度 50.00 % =
/// 50.00 % → 红灯（低于 60.00 %）</c>).
/// </summary>
/// <param name="Ratio">Actual ÷ expected progress, unrounded; null when there is no light.</param>
/// <param name="Light">The colour; null when the ratio cannot be computed or the indicator is not lit (see the explanation).</param>
/// <param name="Explanation">The figures and the light, or why there is none.</param>
public sealed record ProgressLight(decimal? Ratio, MonitoringLight? Light, string Explanation)
{
    /// <summary>The ratio in percent, two decimals, half away from zero (the figure the light is decided on); null when none.</summary>
    public decimal? RatioPercent => Ratio is { } r ? Math.Round(r * 100m, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>No light, for the reason given.</summary>
    public static ProgressLight None(string reason) => new(null, null, reason);
}
