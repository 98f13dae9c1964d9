namespace Jixiao.Money;

/// <summary>
/// The limits on a number read from a file, in one place (docs/reliability.md, “Limits on hostile files”): the largest
/// amount any reader takes as money, the largest number read from a printed cell or sentence in any unit, and how Excel's
/// binary float noise (<c>100000.00000000001</c>) is told from a real fraction of a 分. Within these limits no sum,
/// conversion to 分 (as <see cref="long"/>) or to 万元, nor any rate, can overflow; beyond them a cell is unreadable
/// (a read finding or a read error naming it), never an overflow exception.
/// </summary>
public static class AmountLimits
{
    /// <summary>
    /// The largest amount read as money, in 元: 10 万亿元 (10¹³ 元, 10¹⁵ 分). A data package, a workbook, a target form or a
    /// published table holding more is refused at that cell; 9,000 such amounts still add up within a 64-bit count of 分.
    /// </summary>
    public const decimal MaxYuan = 10_000_000_000_000m;

    /// <summary><see cref="MaxYuan"/> in 万元 (10⁹ 万元).</summary>
    public const decimal MaxWanYuan = MaxYuan / 10_000m;

    /// <summary>
    /// The largest number read from a printed cell or a sentence in any unit (a count, a percentage, money in 万元 or 亿元):
    /// 10¹⁵. A longer run of digits is not a figure but damage; it is read as an unreadable cell (or no number at all in a
    /// sentence), so that no conversion between units (× 10,000, × 1,000,000 to 分) can overflow a <see cref="decimal"/>.
    /// </summary>
    public const decimal MaxPrintedNumber = 1_000_000_000_000_000m;

    /// <summary>
    /// A number printed with at least this many decimals (9) is Excel's float noise (a binary fraction written in full,
    /// <c>100000.00000000001</c>): it is rounded to the 分. An amount with more decimals than a 分 but fewer than these
    /// (<c>1.234</c> 元) is a real figure that is not money, and is unreadable.
    /// </summary>
    public const int NoiseDecimals = 9;

    /// <summary>
    /// An amount printed with <paramref name="decimals"/> decimals in a unit whose 分 is the <paramref name="fenDecimals"/>-th
    /// decimal (2 for 元, 6 for 万元): itself when it has no more decimals than a 分, rounded to the 分 (away from zero) when
    /// its extra decimals are float noise, null when it has a real fraction of a 分 or is beyond <see cref="MaxYuan"/>.
    /// <paramref name="kept"/> is the decimals the amount stands for: the printed ones, or for noise the decimals left
    /// once the trailing zeros of the rounded amount are dropped (at least two, at most a 分's).
    /// </summary>
    public static decimal? Amount(decimal value, int decimals, int fenDecimals, out int kept)
    {
        kept = decimals;
        decimal max = fenDecimals >= 6 ? MaxWanYuan : MaxYuan;
        if (Math.Abs(value) > max) return null;
        if (decimals <= fenDecimals) return value;
        if (decimals < NoiseDecimals) return null;
        return Denoise(value, decimals, fenDecimals, out kept);
    }

    /// <summary>
    /// A printed number without its float noise: rounded to the <paramref name="fenDecimals"/>-th decimal when printed with
    /// <see cref="NoiseDecimals"/> or more, itself otherwise; <paramref name="kept"/> as for <see cref="Amount"/>.
    /// </summary>
    public static decimal Denoise(decimal value, int decimals, int fenDecimals, out int kept)
    {
        kept = decimals;
        if (decimals < NoiseDecimals || decimals <= fenDecimals) return value;
        var rounded = Math.Round(value, fenDecimals, MidpointRounding.AwayFromZero);
        kept = Math.Clamp((rounded / 1.000000000000000000000000000000000m).Scale, Math.Min(2, fenDecimals), fenDecimals);
        return rounded;
    }
}
