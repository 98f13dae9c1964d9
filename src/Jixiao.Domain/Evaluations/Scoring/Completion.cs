using Jixiao.Codes;
using Jixiao.Targets;

namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// The completion of one indicator from its 目标值 and 实际完成值, both read by <see cref="TargetValue.Parse"/>
/// (evaluation-domain.md, "Completion of one indicator"). Never throws: whatever cannot be compared is
/// <see cref="CompletionStatus.CannotTell"/> with the reason, so a rule can report it.
/// </summary>
public static class Completion
{
    // Shares at or above this are flagged: 财预〔2020〕10号 asks for the deviation to be explained (the 120 % flag).
    private const decimal FarAboveShare = 1.2m;

    /// <summary>
    /// Compares <paramref name="actual"/> with <paramref name="target"/>.
    /// </summary>
    /// <param name="level2">
    /// The 二级 indicator when known: a bare cost or time target (<c>1000万元</c> under 成本指标) is a ceiling, and a
    /// satisfaction above 100 % cannot be.
    /// </param>
    /// <param name="name">The 三级 indicator's name when known (<c>人民群众满意度</c> marks a satisfaction too).</param>
    /// <param name="year">The year a deadline without a printed year falls in.</param>
    public static IndicatorCompletion Of(TargetValue target, TargetValue actual, Level2Indicator? level2 = null,
        string? name = null, FiscalYear? year = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actual);
        return target.Kind switch
        {
            TargetValueKind.Empty => CannotTell(CompletionReading.None, "目标值未填写"),
            TargetValueKind.Unreadable => CannotTell(CompletionReading.None, $"目标值“{target.Text}”无法识别：{target.Reason}"),
            TargetValueKind.Qualitative => CannotTell(CompletionReading.Qualitative, $"定性目标“{target.Text}”须由评价人判断"),
            TargetValueKind.Reference => CannotTell(CompletionReading.None, $"目标值“{target.Text}”引用{target.Wording}，须对照项目资金判断"),
            TargetValueKind.Frequency => CannotTell(CompletionReading.None, $"频次目标“{target.Text}”须对照实际开展次数判断"),
            TargetValueKind.Deadline => OfDeadline(target, actual, year),
            TargetValueKind.Range => OfRange(target, actual),
            _ => OfQuantity(target, actual, level2, name),
        };
    }

    private static IndicatorCompletion OfQuantity(TargetValue target, TargetValue actual, Level2Indicator? level2, string? name)
    {
        var t = target.Value!.Value;
        var reading = ReadingOf(target.Comparison, t, level2);
        if (NotAQuantity(target, actual, reading) is { } refused) return refused;
        if (Align(target, actual, t, actual.Value!.Value, reading, out t, out var a, out var note, out var borrowed) is { } aligned)
            return aligned;
        if (t.Unit.Dimension == Dimension.Percent && a.InBase > 100m && (borrowed || IsSatisfaction(target, level2, name)))
        {
            string read = borrowed ? $"按目标值的单位读为{a}，" : "";
            string what = IsSatisfaction(target, level2, name) ? "满意度" : "比例";
            return CannotTell(reading, $"实际完成值“{actual.Text}”{read}{what}不能超过100%，无法与目标值“{target.Text}”比较");
        }

        // people, visits, money and days are never fewer than none; a share may fall (下降率 −5 %)
        if (a.Value < 0m && t.Value >= 0m && t.Unit.Dimension is Dimension.Count or Dimension.Money or Dimension.Duration)
            return CannotTell(reading, $"实际完成值“{actual.Text}”为负数，不能少于 0，无法与目标值“{target.Text}”比较");

        decimal? share = t.Value != 0m ? Share(a.Value, t.Value) : null;
        bool met = reading switch
        {
            CompletionReading.AtLeast => target.Comparison == Comparison.GreaterThan ? a.Value > t.Value : a.Value >= t.Value,
            CompletionReading.AtMost => target.Comparison == Comparison.LessThan ? a.Value < t.Value : a.Value <= t.Value,
            CompletionReading.ExactZero => a.Value == 0m,
            _ => a.Value == t.Value,
        };
        return new IndicatorCompletion(met ? CompletionStatus.Met : CompletionStatus.NotMet, reading)
        {
            Share = reading == CompletionReading.ExactZero ? null : share,
            Target = t,
            Actual = a,
            Note = note,
            FarAboveTarget = reading is CompletionReading.AtLeast or CompletionReading.Exact && share >= FarAboveShare,
        };
    }

    /// <summary>The largest share of its target an actual is said to reach (10¹²): 28 digits against 0.5 overflow a decimal.</summary>
    private const decimal MaxShare = 1_000_000_000_000m;

    // actual ÷ target, within ±MaxShare (so that × 100 for a percentage and × points stay in range)
    private static decimal Share(decimal actual, decimal target)
    {
        try
        {
            var share = actual / target;
            return Math.Clamp(share, -MaxShare, MaxShare);
        }
        catch (OverflowException)
        {
            return Math.Sign(actual) * Math.Sign(target) * MaxShare;
        }
    }

    /// <summary>
    /// Puts target and actual in one unit. A bare actual is read in the target's unit: the forms print the unit once, in
    /// the 目标值 column (<c>2501278人</c> against <c>2455592</c>), and reading <c>754</c> against <c>1000万元</c> as 754 元
    /// would make 0.0754 % of a target nobody meant. The assumption is kept as a note so that a reviewer sees it.
    /// Returns null when aligned, else the refusal.
    /// </summary>
    private static IndicatorCompletion? Align(TargetValue target, TargetValue actual, Quantity t, Quantity a,
        CompletionReading reading, out Quantity alignedTarget, out Quantity alignedActual, out string? note, out bool borrowed)
    {
        alignedTarget = t;
        alignedActual = a;
        note = null;
        borrowed = false;
        if (a.Unit.Text.Length == 0 && t.Unit.Text.Length > 0)
        {
            alignedActual = new Quantity(a.Value, t.Unit);
            note = $"实际完成值“{actual.Text}”未写单位，按目标值的单位“{t.Unit.Text}”读";
            borrowed = true;
            return null;
        }
        if (t.Unit.Text.Length == 0 && a.Unit.Text.Length > 0)
        {
            alignedTarget = new Quantity(t.Value, a.Unit);
            note = $"目标值“{target.Text}”未写单位，按实际完成值的单位“{a.Unit.Text}”读";
            return null;
        }
        if (!a.TryConvert(t.Unit, out alignedActual))
            return CannotTell(reading, $"实际完成值“{actual.Text}”的单位“{a.Unit.Text}”不能换算为目标值“{target.Text}”的单位“{t.Unit.Text}”");
        return null;
    }

    private static IndicatorCompletion OfRange(TargetValue target, TargetValue actual)
    {
        const CompletionReading reading = CompletionReading.Range;
        if (NotAQuantity(target, actual, reading) is { } refused) return refused;
        var lower = target.Lower!.Value;
        var upper = target.Upper!.Value;
        if (lower.Unit.Text.Length == 0 && upper.Unit.Text.Length > 0) lower = new Quantity(lower.Value, upper.Unit);
        if (!upper.TryConvert(lower.Unit, out var upperInLower))
            return CannotTell(reading, $"目标区间“{target.Text}”两端的单位不能换算");
        upper = upperInLower;
        if (Align(target, actual, lower, actual.Value!.Value, reading, out lower, out var a, out var note, out _) is { } aligned)
            return aligned;
        bool met = a.Value >= lower.Value && a.Value <= upper.Value;
        return new IndicatorCompletion(met ? CompletionStatus.Met : CompletionStatus.NotMet, reading)
        {
            Target = lower,
            Actual = a,
            Note = note,
        };
    }

    private static IndicatorCompletion OfDeadline(TargetValue target, TargetValue actual, FiscalYear? year)
    {
        const CompletionReading reading = CompletionReading.Deadline;
        if (actual.Kind != TargetValueKind.Deadline)
            return CannotTell(reading, actual.Kind == TargetValueKind.Empty
                ? "实际完成值未填写"
                : $"实际完成值“{actual.Text}”不是日期，不能与期限“{target.Text}”比较");
        string? note = null;
        if (year is null)
        {
            // Without a budget year both dates are read in the same year, so only month and day decide; 2000 is a leap
            // year, so a printed 2月29日 stays valid.
            int printed = target.Deadline!.Year ?? actual.Deadline!.Year ?? 2000;
            year = new FiscalYear(Math.Clamp(printed, FiscalYear.MinValue, FiscalYear.MaxValue));
            if (target.Deadline.Year is null || actual.Deadline!.Year is null) note = "未给出预算年度，未写年份的日期按同一年比较";
        }
        var due = target.Deadline!.LatestDate(year.Value);
        var done = actual.Deadline!.LatestDate(year.Value);
        return new IndicatorCompletion(done <= due ? CompletionStatus.Met : CompletionStatus.NotMet, reading) { Note = note };
    }

    private static IndicatorCompletion? NotAQuantity(TargetValue target, TargetValue actual, CompletionReading reading) => actual.Kind switch
    {
        TargetValueKind.Quantity => null,
        TargetValueKind.Empty => CannotTell(reading, "实际完成值未填写"),
        TargetValueKind.Unreadable => CannotTell(reading, $"实际完成值“{actual.Text}”无法识别：{actual.Reason}"),
        TargetValueKind.Qualitative => CannotTell(reading, $"实际完成值“{actual.Text}”是文字，不能与目标值“{target.Text}”比较"),
        _ => CannotTell(reading, $"实际完成值“{actual.Text}”不是一个数值，不能与目标值“{target.Text}”比较"),
    };

    private static CompletionReading ReadingOf(Comparison comparison, Quantity target, Level2Indicator? level2) => comparison switch
    {
        Comparison.AtLeast or Comparison.GreaterThan => CompletionReading.AtLeast,
        Comparison.AtMost or Comparison.LessThan => CompletionReading.AtMost,
        // A bare cost or time target is a ceiling (evaluation-domain.md: "≤ X (cost, time)"): 1000万元 of 成本指标 is not a sum
        // to be spent to the 元.
        _ when level2 is Level2Indicator.Cost or Level2Indicator.Timeliness => CompletionReading.AtMost,
        _ when target.Value == 0m => CompletionReading.ExactZero,
        _ => CompletionReading.Exact,
    };

    private static bool IsSatisfaction(TargetValue target, Level2Indicator? level2, string? name) =>
        level2 is Level2Indicator.RecipientSatisfaction or Level2Indicator.OtherSatisfaction
        || (name?.Contains("满意", StringComparison.Ordinal) ?? false)
        || (target.Before?.Contains("满意", StringComparison.Ordinal) ?? false)
        || (target.After?.Contains("满意", StringComparison.Ordinal) ?? false);

    private static IndicatorCompletion CannotTell(CompletionReading reading, string reason) =>
        new(CompletionStatus.CannotTell, reading) { Reason = reason };
}
