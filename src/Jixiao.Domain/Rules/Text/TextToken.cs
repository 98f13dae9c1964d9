using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// A number found in a sentence: its kind, where it stands (<see cref="Start"/> to <see cref="End"/>, unit included),
/// the value and the decimals as printed, and the unit (<c>万元</c>, <c>元</c>, <c>%</c>, <c>年</c>, <c>个百分点</c> or empty).
/// </summary>
public readonly record struct TextToken(TextTokenKind Kind, int Start, int End, decimal Value, int Decimals, string Unit)
{
    /// <summary>The end of the digits (where the unit starts, spaces included).</summary>
    public int NumberEnd { get; init; }

    /// <summary>
    /// An amount as a figure in 万元. A 万元 (or 元) amount printed with fewer than two decimals is read as if printed with
    /// two: published text drops trailing zeros, so <c>1万元</c> stands for 1.00 ± 0.005 and <c>1.5万元</c> for 1.50 ± 0.005.
    /// With <paramref name="ownPrecision"/> (an approximate amount, “约6596万元”) the decimals printed are taken as they are.
    /// 亿元 amounts always keep their own precision (1.2亿元 = 12000 ± 500 万元).
    /// </summary>
    public Figure ToWanYuan(bool ownPrecision = false)
    {
        int d = Decimals;
        switch (Unit)
        {
            case "亿元":
                return new Figure(Value * 10_000m, Figure.HalfUnit(d) * 10_000m);
            case "千元":
                if (!ownPrecision && d < 2) d = 2;
                return new Figure(Value / 10m, Figure.HalfUnit(d) / 10m);
            case "元":
                if (!ownPrecision && d < 2) d = 2;
                return new Figure(Value / 10_000m, Figure.HalfUnit(d) / 10_000m);
            default: // 万元
                if (!ownPrecision && d < 2) d = 2;
                return new Figure(Value, Figure.HalfUnit(d));
        }
    }

    /// <summary>A percentage (or any number) as a figure with the precision it was printed with: 9.8% → 9.8 ± 0.05.</summary>
    public Figure AsPrinted => Figure.Printed(Value, Math.Min(Decimals, 10));
}
