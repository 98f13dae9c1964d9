using System.Globalization;

namespace Jixiao.Targets.Library;

/// <summary>
/// The smallest and largest number an indicator's quantities state, both in one unit (the one most forms print):
/// <c>5–2052 万元</c> for a 项目总成本 printed as ≤5万元 … ≤2052万元, a 50,000 元 among them counted as 5 万元.
/// </summary>
public sealed record ValueRange(Quantity Min, Quantity Max)
{
    public MeasureUnit Unit => Min.Unit;

    /// <summary><c>5–2052万元</c>, or <c>95%</c> when both ends are one number.</summary>
    public override string ToString() =>
        Min.Value == Max.Value ? Format(Min.Value) + Unit.Text : $"{Format(Min.Value)}–{Format(Max.Value)}{Unit.Text}";

    /// <summary>A number without trailing zeros (10, 0.5, 1.2345).</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
