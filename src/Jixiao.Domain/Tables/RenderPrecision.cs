namespace Jixiao.Tables;

/// <summary>How <see cref="TableRenderer"/> prints figures.</summary>
public enum RenderPrecision
{
    /// <summary>Exact figures in 元 (<see cref="Money.Figure.Exact"/>), tables marked <c>Exact</c>, unit “元”: what the checker runs on.</summary>
    ExactYuan,

    /// <summary>
    /// Published figures in 万元 with two decimals (<see cref="Money.Figure.Printed"/>), rounded by
    /// <see cref="WanYuanRounding"/> so that every printed sum adds up and every figure is within 0.01 of its exact value.
    /// </summary>
    WanYuan,
}
