using System.Globalization;
using Jixiao.Money;

namespace Jixiao.Evaluations;

/// <summary>
/// How scores, points, shares and money read in the words of the scorer and of the self-evaluation rules — one place,
/// so that an explanation and a finding write the same figure alike.
/// </summary>
internal static class ScoreText
{
    /// <summary>Points as printed: 3, 4, 2.5.</summary>
    public static string Points(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A score with its two decimals: 2.92, 3.00.</summary>
    public static string Score(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage to 2 decimals: 97.36 %.</summary>
    public static string Percent(decimal share) =>
        Math.Round(share * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    /// <summary>Money in 万元 as the forms print it, to the 元 when 万元 would round it (12579.31, 14.50).</summary>
    public static string Wan(Yuan y) => y.InWanYuan.ToString("0.00####", CultureInfo.InvariantCulture);

    /// <summary>Money in 万元 with grouping and its unit, for a sentence: 12,579.31 万元.</summary>
    public static string WanWithUnit(Yuan y) => y.InWanYuan.ToString("#,##0.00####", CultureInfo.InvariantCulture) + " 万元";
}
