using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// An amount stated in a sentence, with the label printed in front of it (the text back to the previous comma,
/// enumeration mark, bracket or number), its value as a figure in 万元, whether it is a level or a change, how deep in
/// brackets it stands, and — when it is one of the parts of a total stated before it — that total.
/// </summary>
public sealed class StatedAmount
{
    /// <summary>The label as printed, e.g. <c>主要用于保证正常运转的办公费</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The amount as printed, e.g. <c>1万元</c>.</summary>
    public required string Printed { get; init; }

    /// <summary>The amount in 万元 (two decimals assumed when fewer are printed, see <see cref="TextToken.ToWanYuan"/>).</summary>
    public required Figure Figure { get; init; }

    /// <summary>The amount in 万元 with exactly the decimals printed (1万元 → 1 ± 0.5).</summary>
    public required Figure PrintedFigure { get; init; }

    /// <summary>
    /// True when the amount may be a deliberate rounding of the table figure: printed with fewer than two decimals and
    /// still at least three significant digits (6596万元, 16.2万元). 1万元 or 1.5万元 are not: they are read at two decimals.
    /// </summary>
    public bool MayBeRounded { get; init; }

    /// <summary>True for an approximate amount (约…, …左右): its own precision applies.</summary>
    public bool Approximate { get; init; }

    public required AmountRole Role { get; init; }

    /// <summary>True when the label refers to last year (上年, 去年, the year before the fiscal year).</summary>
    public bool LastYearMarker { get; init; }

    /// <summary>Years printed in the label (2021 in <c>2021年预算收入</c>).</summary>
    public IReadOnlyList<int> LabelYears { get; init; } = [];

    /// <summary>Bracket depth (0 outside brackets; 1 inside “(其中：…)”).</summary>
    public int Depth { get; init; }

    /// <summary>Offset of the number in the paragraph.</summary>
    public int Start { get; init; }

    /// <summary>Offset after the unit in the paragraph.</summary>
    public int End { get; init; }

    /// <summary>The total this amount is listed as a part of (“16.18万元，主要用于…办公费4.55万元”), if any.</summary>
    public StatedAmount? Parent { get; internal set; }

    public override string ToString() => $"{Label}{Printed}";
}
