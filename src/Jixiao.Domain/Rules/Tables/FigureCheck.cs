using System.Globalization;
using Jixiao.Money;

namespace Jixiao.Rules.Tables;

/// <summary>
/// Compares a stated figure with the figure its parts (or another table) give, under the interval logic of XBRL
/// Calculations 1.1, and reports the outcome: equal → pass; a gap within the intervals → an info finding (rounding);
/// beyond → a finding of the rule's severity whose message prints both intervals.
/// </summary>
internal static class FigureCheck
{
    /// <summary>
    /// Records a pass when <paramref name="stated"/> equals <paramref name="computed"/> and says so; the caller then
    /// builds the words of a finding only for the few figures that differ (a province has millions that agree).
    /// </summary>
    public static bool Agrees(RuleResults results, string ruleId, Figure stated, Figure computed)
    {
        if (FigureComparison.Compare(stated, computed) != Consistency.Equal) return false;
        results.Pass(ruleId);
        return true;
    }

    public static void Compare(
        RuleResults results, string ruleId, Severity severity, string subject, string location, string what,
        Figure stated, Figure computed, string computedLabel, int line, FindingCell? cell = null, IReadOnlyList<FindingCell>? involves = null)
    {
        switch (FigureComparison.Compare(stated, computed))
        {
            case Consistency.Equal:
                results.Pass(ruleId);
                break;
            case Consistency.WithinRounding:
                results.Add(new Finding(ruleId, Severity.Info, subject, location,
                    $"{what}：填报 {stated.Format()}，{computedLabel} {Num(computed.Value)}，相差 {Num(Math.Abs(stated.Value - computed.Value))}，" +
                    $"在舍入区间内（{stated.FormatInterval()} 与 {computed.FormatInterval()} 重叠），属四舍五入差异")
                {
                    Expected = Num(computed.Value),
                    Actual = stated.Format(),
                    Line = line == 0 ? null : line,
                    Cell = cell,
                    Involves = involves ?? (cell is null ? [] : [cell]),
                });
                break;
            default:
                var tolerance = stated.HalfWidth + computed.HalfWidth;
                results.Add(new Finding(ruleId, severity, subject, location,
                    $"{what}：填报 {stated.Format()}，{computedLabel} {Num(computed.Value)}，相差 {Num(Math.Abs(stated.Value - computed.Value))}" +
                    (tolerance == 0 ? "（精确数据，应完全相等）" : $"，超出舍入容差 {Num(tolerance)}（填报区间 {stated.FormatInterval()}，计算区间 {computed.FormatInterval()}）"))
                {
                    Expected = computed.IsExact ? Num(computed.Value) : $"{Num(computed.Value)} {computed.FormatInterval()}",
                    Actual = stated.Format(),
                    Line = line == 0 ? null : line,
                    Cell = cell,
                    Involves = involves ?? (cell is null ? [] : [cell]),
                });
                break;
        }
    }

    /// <summary>A decimal without trailing zeros beyond two decimals: 5.00 → 5.00, 0.015 → 0.015.</summary>
    public static string Num(decimal v)
    {
        var s = v.ToString("0.00############", CultureInfo.InvariantCulture);
        return s;
    }
}
