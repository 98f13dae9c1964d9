namespace Jixiao.Money;

/// <summary>An amount in 万元 as published, normally with two decimals.</summary>
public readonly record struct WanYuan(decimal Value) : IComparable<WanYuan>
{
    /// <summary>No money.</summary>
    public static WanYuan Zero => default;

    public static WanYuan operator +(WanYuan a, WanYuan b) => new(a.Value + b.Value);
    public static WanYuan operator -(WanYuan a, WanYuan b) => new(a.Value - b.Value);

    /// <summary>The same amount in 元 (exact: 1 万元 = 10,000 元).</summary>
    public Yuan ToYuan() => new(Value * 10_000m);

    public int CompareTo(WanYuan other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture) + "万元";
}
