namespace Jixiao.Targets.Library;

/// <summary>The sign forms print for a comparison (≥, ≤, =, &gt;, &lt;), 区间 for a range, empty for none.</summary>
public static class ComparisonSign
{
    public static string Of(Comparison comparison) => comparison switch
    {
        Comparison.Equal => "=",
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.GreaterThan => ">",
        Comparison.LessThan => "<",
        Comparison.Between => "区间",
        _ => "",
    };

    /// <summary>
    /// The text a value is counted under in the library: a plain quantity in one spelling (<c>$\geq 92\%$</c>,
    /// <c>≥ 92 %</c> and <c>≥92%</c> are all <c>≥92%</c>; <c>60分钟以下</c> is <c>≤60分钟</c>; a bare <c>100%</c> stays
    /// without =), anything else as printed with spaces and full-width forms folded.
    /// </summary>
    public static string ValueText(TargetValue value) =>
        value is { Kind: TargetValueKind.Quantity, Value: { } q } && string.IsNullOrEmpty(value.Before) && string.IsNullOrEmpty(value.After)
            ? (value.Comparison == Comparison.Equal ? "" : Of(value.Comparison)) + q
            : IndicatorFramework.Compact(value.Text);
}
