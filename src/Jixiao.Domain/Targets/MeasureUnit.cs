using System.Diagnostics.CodeAnalysis;

namespace Jixiao.Targets;

/// <summary>
/// A unit as printed after a number, with what it measures and its size in a base unit: 万元 is Money, base 元,
/// factor 10,000; 元/人/年 is Money per 人/年; 个月 is Duration, base 月. Quantities convert only between units with the
/// same dimension, base and per-part, by these decimal factors (exact for the money, count and month factors).
/// </summary>
/// <param name="Text">The unit as printed (after folding full-width forms): <c>万元</c>, <c>元/人/年</c>, <c>%</c>; empty for a bare number.</param>
/// <param name="Dimension">What it measures.</param>
/// <param name="Base">The unit it converts through: 元 for money, 秒 for 分钟/小时/天, 月 for 个月/季度/年; a count is its own base (人 ≠ 次).</param>
/// <param name="Factor">How many base units one of this unit is (万元 → 10000, 小时 → 3600, 年 → 12).</param>
/// <param name="Per">For a rate, what it is per (<c>人/年</c> of 元/人/年); null otherwise.</param>
public sealed record MeasureUnit(string Text, Dimension Dimension, string Base, decimal Factor, string? Per = null)
{
    /// <summary>No unit: a bare number such as the actual <c>12579.3097</c>.</summary>
    public static MeasureUnit None { get; } = new("", Dimension.None, "", 1m);

    /// <summary>元, the base of money.</summary>
    public static MeasureUnit Yuan => UnitTable.Yuan;

    /// <summary>万元 (10,000 元).</summary>
    public static MeasureUnit WanYuan => UnitTable.WanYuan;

    /// <summary>%, the base of shares.</summary>
    public static MeasureUnit Percent => UnitTable.Percent;

    /// <summary>True when a quantity in this unit can be stated in <paramref name="other"/>: same dimension, base and per-part.</summary>
    public bool IsConvertibleTo(MeasureUnit other) =>
        Dimension == other.Dimension && Base == other.Base && Per == other.Per;

    /// <summary>
    /// Reads a unit as printed: one of the table (<c>万元</c>, <c>人次</c>, <c>个工作日</c>), optionally scaled by 万/亿/千/百万/千万
    /// (<c>万人</c>) and followed by per-parts (<c>元/人/年</c>). False when the whole text is not such a unit.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MeasureUnit? unit)
    {
        unit = null;
        if (string.IsNullOrEmpty(text)) return false;
        int length = UnitTable.Read(text, 0, out var read);
        if (length != text.Length || read is null) return false;
        unit = read;
        return true;
    }

    public override string ToString() => Text;
}
