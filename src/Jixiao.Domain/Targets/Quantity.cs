using System.Globalization;
using Jixiao.Money;

namespace Jixiao.Targets;

/// <summary>A number with its unit, as a target or an actual states it: <c>16万元</c>, <c>95%</c>, <c>2人</c>.</summary>
public readonly record struct Quantity
{
    private readonly MeasureUnit? unit;

    public Quantity(decimal value, MeasureUnit unit)
    {
        Value = value;
        this.unit = unit;
    }

    /// <summary>The number as printed (its decimals kept: 12920.21).</summary>
    public decimal Value { get; }

    /// <summary>The unit; <see cref="MeasureUnit.None"/> for a bare number.</summary>
    public MeasureUnit Unit => unit ?? MeasureUnit.None;

    /// <summary>
    /// The value in the unit's base (16万元 → 160000, 2小时 → 7200 秒, 1年 → 12 月). Parsed quantities are checked to fit;
    /// a quantity built by hand can overflow here.
    /// </summary>
    public decimal InBase => Value * Unit.Factor;

    /// <summary>The same quantity in another unit of the same dimension, base and per-part (16万元 → 160000元).</summary>
    public bool TryConvert(MeasureUnit to, out Quantity result)
    {
        result = default;
        if (!Unit.IsConvertibleTo(to)) return false;
        result = new Quantity(InBase / to.Factor, to);
        return true;
    }

    /// <summary>
    /// Orders two quantities through their common base (≤16万元 against an actual of 150000元). False when their units
    /// do not convert (人 and 次, 元 and %).
    /// </summary>
    public static bool TryCompare(Quantity a, Quantity b, out int order)
    {
        order = 0;
        if (!a.Unit.IsConvertibleTo(b.Unit)) return false;
        order = a.InBase.CompareTo(b.InBase);
        return true;
    }

    /// <summary>A money amount (not a rate) in 元: <c>≤16万元</c> → 160,000 元.</summary>
    public bool TryGetYuan(out Yuan yuan)
    {
        yuan = default;
        if (Unit.Dimension != Dimension.Money || Unit.Per is not null) return false;
        yuan = new Yuan(InBase);
        return true;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + Unit.Text;
}
