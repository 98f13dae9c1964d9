using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Targets;

namespace Jixiao.Rules.Evaluations;

/// <summary>
/// The 绩效目标实现情况 of a self-evaluation against what follows from each row's target and actual
/// (<see cref="Completion.Of"/>): the stated 完成进度 (EVAL-PROG-01), and an actual that cannot be read as its target's
/// kind (EVAL-ACT-01). A qualitative target is the evaluator's to judge and is neither.
/// </summary>
public sealed partial class EvaluationProgressRules : IDisclosureRule
{
    public static readonly RuleInfo ProgressAgrees = new("EVAL-PROG-01", Severity.Warning, "完成进度与目标值、实际完成值相符（未完成不能填“已完成”或 100%，填写的比例 = 实际 / 目标 ± 0.5%）", "evaluation-domain.md 自评审核：完成进度");
    public static readonly RuleInfo NamePrinted = new("EVAL-NAME-01", Severity.Warning, "每行绩效目标实现情况写明三级指标名称（不是空白，也不是一个数值）", "evaluation-domain.md 绩效目标实现情况");
    public static readonly RuleInfo ActualReadable = new("EVAL-ACT-01", Severity.Warning, "实际完成值能按目标值的类型读出（数值对数值、日期对期限）", "evaluation-domain.md 自评审核：完成进度");

    // A stated percentage is printed to whole percents at best: 80% for 75.4 % is wrong, 98% for 98.17 % is not.
    private const decimal PercentTolerance = 0.5m;

    public IReadOnlyList<RuleInfo> Rules { get; } = [ProgressAgrees, ActualReadable, NamePrinted];

    public bool Reads(DocumentKind kind) => kind == DocumentKind.SelfEvaluation;

    public void Check(Disclosure disclosure, RuleResults results)
    {
        foreach (var r in Rules) results.Touch(r.Id);
        foreach (var e in FormFill.Filled(disclosure.SelfEvaluations, results, Rules))
        {
            string subject = EvaluationScoreRules.Subject(e);
            FiscalYear? year = e.Year is { } y && y >= FiscalYear.MinValue && y <= FiscalYear.MaxValue ? new FiscalYear(y) : null;
            foreach (var row in e.Indicators)
            {
                var completion = Completion.Of(row.Target, row.Actual, row.Level2, row.Name, year);
                CheckName(results, subject, row);
                CheckActual(results, subject, row, completion);
                CheckProgress(results, subject, row, completion);
            }
        }
    }

    internal static string Where(IndicatorResult row) =>
        $"绩效目标实现情况“{(row.Name.Length > 0 ? row.Name : IndicatorFramework.Name(row.Level2))}”";

    private static void CheckActual(RuleResults results, string subject, IndicatorResult row, IndicatorCompletion completion)
    {
        // Only a target that can be compared puts the blame on the actual; an unreadable or qualitative target is another matter.
        if (row.Target.Kind is not (TargetValueKind.Quantity or TargetValueKind.Range or TargetValueKind.Deadline)) return;
        if (completion.Status != CompletionStatus.CannotTell) { results.Pass(ActualReadable.Id); return; }
        // 已完成 against 年底前完成 says the work is done within the year evaluated: the form's way of answering a deadline.
        if (row.Target.Kind == TargetValueKind.Deadline && row.Actual.Kind == TargetValueKind.Qualitative
            && IsDone(row.Actual.Text.Trim()))
        {
            results.Pass(ActualReadable.Id);
            return;
        }
        results.Add(new Finding(ActualReadable.Id, ActualReadable.Severity, subject, Where(row),
            $"“{row.Name}”目标值“{row.Target.Text}”，实际完成值“{row.Actual.Text}”无法与之比较：{completion.Reason}")
        { Expected = $"与“{row.Target.Text}”同类的值", Actual = row.Actual.Text, Line = row.Line });
    }

    /// <summary>
    /// A 三级 cell holding a value (<c>95%</c> beside the target 95%) leaves the row's indicator unnamed: the reader of the
    /// form cannot tell what was measured.
    /// </summary>
    private static void CheckName(RuleResults results, string subject, IndicatorResult row)
    {
        string name = row.Name.Trim();
        if (name.Length > 0 && !IsBareValue(name))
        {
            results.Pass(NamePrinted.Id);
            return;
        }
        string level2 = IndicatorFramework.Name(row.Level2);
        results.Add(new Finding(NamePrinted.Id, NamePrinted.Severity, subject, Where(row),
            name.Length == 0
                ? $"“{level2}”下一行未填三级指标名称（目标值“{row.Target.Text}”）"
                : $"“{level2}”下的三级指标名称填为数值“{name}”，未写明指标名称（目标值“{row.Target.Text}”）")
        { Expected = "三级指标名称", Actual = name.Length == 0 ? "（空白）" : name, Line = row.Line });
    }

    /// <summary>
    /// A number with at most a unit or a comparison word around it (<c>95%</c>, <c>≥90%</c>, <c>100人次</c>): what a
    /// target cell holds, never a name. A name with a figure inside (<c>补齐大额医疗保险3年累计缺口</c>) is a name.
    /// </summary>
    private static bool IsBareValue(string name)
    {
        int digits = 0;
        var words = new System.Text.StringBuilder();
        foreach (char c in name)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (!char.IsWhiteSpace(c) && "．.,，%％‰≥≤<>=＞＜～~-—至".IndexOf(c) < 0) words.Append(c);
        }
        if (digits == 0) return false;
        // what is left beside the figure must be a unit or a comparison word: PM2.5 and 12345热线 are names
        string rest = words.ToString();
        foreach (var word in ComparisonWords)
            if (rest.EndsWith(word, StringComparison.Ordinal)) { rest = rest[..^word.Length]; break; }
        return rest.Length == 0 || MeasureUnit.TryParse(rest, out _);
    }

    private static readonly string[] ComparisonWords = ["及以上", "及以下", "以上", "以下", "以内", "左右", "不低于", "不高于", "不少于", "不超过"];

    private static void CheckProgress(RuleResults results, string subject, IndicatorResult row, IndicatorCompletion completion)
    {
        if (string.IsNullOrWhiteSpace(row.StatedProgress)) return;
        if (completion.Status == CompletionStatus.CannotTell) { results.Insufficient(ProgressAgrees.Id); return; }
        string stated = row.StatedProgress.Trim();
        bool met = completion.Status == CompletionStatus.Met;
        // a ceiling kept is done whatever share of it was used: say so rather than print the share as progress
        string computed = completion.Reading == CompletionReading.AtMost && met && completion.Actual is { } a && completion.Target is { } t
            ? $"{a} 未超过{(row.Target.Comparison is Comparison.None or Comparison.Equal ? "上限 " : " ")}{row.Target.Text}"
            : completion.SharePercent is { } sp ? $"{row.Actual.Text} / {row.Target.Text} = {Pct(sp)}%" : "";
        if (IsDone(stated))
        {
            if (met) { results.Pass(ProgressAgrees.Id); return; }
            Report(results, subject, row, $"“{row.Name}”未完成（{(computed.Length > 0 ? computed : Describe(row))}），完成进度却填“{stated}”",
                completion.SharePercent is { } s ? $"{Pct(s)}%" : "未完成");
            return;
        }
        if (Percent().Match(stated) is not { Success: true } m)
        {
            results.Insufficient(ProgressAgrees.Id);
            return;
        }
        if (!decimal.TryParse(m.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal printed) || printed > Jixiao.Money.AmountLimits.MaxPrintedNumber)
        {
            results.Insufficient(ProgressAgrees.Id); // 29 digits and more are no percentage
            return;
        }
        if (completion.SharePercent is { } share)
        {
            // A target met is 100 % done: 3次 against 2次以上 is not 150 %, and a cost of 754 within its 1000万元 is not
            // 75.4 % progress. A ceiling overrun has no progress to state.
            if (!met && row.Target.Comparison is Comparison.AtMost or Comparison.LessThan) { results.Insufficient(ProgressAgrees.Id); return; }
            decimal expected = met ? 100m : share;
            if (met && printed >= 100m) { results.Pass(ProgressAgrees.Id); return; }
            if (Math.Abs(printed - expected) <= PercentTolerance) { results.Pass(ProgressAgrees.Id); return; }
            Report(results, subject, row, met
                    ? $"“{row.Name}”已完成（{computed}），完成进度应为 {Pct(expected)}%，却填“{stated}”"
                    : $"“{row.Name}”完成 {computed}，完成进度却填“{stated}”",
                $"{Pct(expected)}%");
            return;
        }
        // a range or a deadline: done or not, no share
        if (met ? printed >= 100m : printed < 100m) { results.Pass(ProgressAgrees.Id); return; }
        Report(results, subject, row, met
                ? $"“{row.Name}”已完成（{Describe(row)}），完成进度却填“{stated}”"
                : $"“{row.Name}”未完成（{Describe(row)}），完成进度却填“{stated}”",
            met ? "100%" : "低于 100%");
    }

    private static string Describe(IndicatorResult row) => $"目标值“{row.Target.Text}”，实际完成值“{row.Actual.Text}”";

    private static void Report(RuleResults results, string subject, IndicatorResult row, string message, string expected) =>
        results.Add(new Finding(ProgressAgrees.Id, ProgressAgrees.Severity, subject, Where(row), message)
        { Expected = expected, Actual = row.StatedProgress!.Trim(), Line = row.Line });

    private static bool IsDone(string stated) => stated is "已完成" or "完成" or "全部完成" or "已全部完成" or "按时完成" or "如期完成";

    private static string Pct(decimal p) => p.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{1,3}(?:\.\d+)?)\s*[%％]$")]
    private static partial Regex Percent();
}
