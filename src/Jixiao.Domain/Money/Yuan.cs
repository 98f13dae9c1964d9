namespace Jixiao.Money;

/// <summary>
/// An exact amount in 元, as a unit's books keep it (two decimals at most). Budgets are held in 元;
/// published tables are derived from it in <see cref="WanYuan"/>.
/// </summary>
public readonly record struct Yuan(decimal Value) : IComparable<Yuan>
{
    /// <summary>No money.</summary>
    public static Yuan Zero => default;

    public static Yuan operator +(Yuan a, Yuan b) => new(a.Value + b.Value);
    public static Yuan operator -(Yuan a, Yuan b) => new(a.Value - b.Value);
    public static Yuan operator -(Yuan a) => new(-a.Value);
    public static bool operator <(Yuan a, Yuan b) => a.Value < b.Value;
    public static bool operator >(Yuan a, Yuan b) => a.Value > b.Value;
    public static bool operator <=(Yuan a, Yuan b) => a.Value <= b.Value;
    public static bool operator >=(Yuan a, Yuan b) => a.Value >= b.Value;

    /// <summary>The exact amount in 万元, not rounded (a 元 amount has at most six decimals in 万元).</summary>
    public decimal InWanYuan => Value / 10_000m;

    /// <summary>This amount in 万元, rounded half away from zero to two decimals, the way a single figure is published.</summary>
    public WanYuan ToWanYuan() => new(Math.Round(Value / 10_000m, 2, MidpointRounding.AwayFromZero));

    public int CompareTo(Yuan other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture) + "元";
}
