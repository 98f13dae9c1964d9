using System.Globalization;
using Jixiao.Disclosures;
using Jixiao.Targets;

namespace Jixiao.Rules.Targets;

/// <summary>
/// The 审核要点 of a target form that concern what it declares rather than its money (performance.md): every 二级 of
/// 产出 and 满意度 covered (TGT-COVER-01), targets quantitative where they can be (TGT-QUAL-01), the years the goals and
/// indicators speak of (TGT-YEAR-01), no 三级 indicator listed twice in a half (TGT-DUP-01), and indicator sets copied
/// unchanged to a project with other money (TGT-COPY-01).
/// </summary>
public sealed class TargetContentRules : IDisclosureRule
{
    public static readonly RuleInfo Covered = new("TGT-COVER-01", Severity.Warning, "产出指标的数量、质量、时效指标和满意度指标都有三级指标", "performance.md 审核要点：覆盖");
    public static readonly RuleInfo Quantitative = new("TGT-QUAL-01", Severity.Warning, "定性指标不超过指标总数的一半（能量化的尽量量化）", "performance.md 审核要点：覆盖");
    public static readonly RuleInfo YearsMatch = new("TGT-YEAR-01", Severity.Warning, "总体目标和指标中的年份与预算年度一致", "performance.md 审核要点：文字");
    public static readonly RuleInfo Once = new("TGT-DUP-01", Severity.Warning, "同一三级指标在一张表的同一栏中只列一次", "performance.md 审核要点：文字");
    public static readonly RuleInfo NotCopied = new("TGT-COPY-01", Severity.Warning, "资金不同的项目不应使用完全相同的指标和指标值", "performance.md 审核要点：文字");

    /// <summary>Above this share of qualitative values a form is sent back (a province may set its own).</summary>
    public const decimal MaxQualitativeShare = 0.5m;

    private static readonly Level2Indicator[] RequiredOutputs = [Level2Indicator.Quantity, Level2Indicator.Quality, Level2Indicator.Timeliness];

    public IReadOnlyList<RuleInfo> Rules { get; } = [Covered, Quantitative, YearsMatch, Once, NotCopied];

    public bool Reads(DocumentKind kind) => kind is DocumentKind.UnitBudget or DocumentKind.PerformanceTargets;

    public void Check(Disclosure disclosure, RuleResults results)
    {
        foreach (var r in Rules) results.Touch(r.Id);
        foreach (var form in disclosure.TargetForms)
        {
            var d = form.Declaration;
            string subject = TargetFormRules.Subject(form);
            int? year = form.Year ?? disclosure.Year?.Value;
            // A multi-year project's 实施期 speaks of every year of its period (2023—2025年); its 年度 of the budget year only.
            int periodYears = form.Layout == TargetFormLayout.Shanxi && d.PeriodYears is > 1 and < 100 ? d.PeriodYears.Value : 1;
            foreach (var (half, indicators) in Halves(form))
            {
                CheckCoverage(results, subject, form, half, indicators);
                CheckListedOnce(results, subject, form, half, indicators);
                // the share is judged once a form, on its year (a Shanxi one-year form repeats its indicators)
                if (half == "年度") CheckQualitative(results, subject, form, half, indicators);
                int span = half == "实施期" ? periodYears : 1;
                if (year is { } y) foreach (var i in indicators) CheckYears(results, subject, form, $"{half}指标“{i.Name}”", i.Name + " " + i.Target.Text, y, span);
            }
            if (year is { } fy)
            {
                if (d.ImplementationGoal is { } g1) CheckYears(results, subject, form, form.Layout == TargetFormLayout.Hebei ? "绩效目标" : "实施期总体目标", g1, fy, form.Layout == TargetFormLayout.Hebei ? 1 : periodYears);
                if (d.AnnualGoal is { } g2) CheckYears(results, subject, form, form.Layout == TargetFormLayout.Hebei ? "绩效目标" : "年度总体目标", g2, fy, 1);
            }
        }
        CheckCopies(disclosure, results);
    }

    private static IEnumerable<(string Half, IReadOnlyList<Indicator> Indicators)> Halves(TargetForm form)
    {
        if (form.Layout == TargetFormLayout.Shanxi) yield return ("实施期", form.Declaration.ImplementationIndicators);
        yield return ("年度", form.Declaration.AnnualIndicators);
    }

    private static void CheckCoverage(RuleResults results, string subject, TargetForm form, string half, IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0)
        {
            // A form that prints its indicator table without a single 三级 indicator declares no target at all.
            results.Add(new Finding(Covered.Id, Covered.Severity, subject, $"{half}绩效指标",
                $"{half}绩效指标一个三级指标也没有填写；数量、质量、时效和满意度指标各应至少有一个")
            { Expected = "数量、质量、时效、满意度指标各至少一个", Actual = "无指标", Line = form.Line });
            return;
        }
        var missing = RequiredOutputs.Where(l => indicators.All(i => i.Level2 != l)).Select(IndicatorFramework.Name).ToList();
        if (indicators.All(i => IndicatorFramework.Parent(i.Level2) != Level1Indicator.Satisfaction)) missing.Add("满意度指标");
        if (missing.Count == 0) { results.Pass(Covered.Id); return; }
        results.Add(new Finding(Covered.Id, Covered.Severity, subject, $"{half}绩效指标",
            $"{half}绩效指标缺少{string.Join("、", missing)}的三级指标")
        { Expected = "数量、质量、时效、满意度指标各至少一个", Actual = $"缺{string.Join("、", missing)}", Line = form.Line });
    }

    // The same 二级 and 三级 name twice in one half: a row pasted twice, or two targets for one indicator.
    private static void CheckListedOnce(RuleResults results, string subject, TargetForm form, string half, IReadOnlyList<Indicator> indicators)
    {
        var seen = new HashSet<(Level2Indicator, string)>();
        foreach (var i in indicators)
        {
            if (i.Name.Length == 0) continue;
            if (seen.Add((i.Level2, IndicatorFramework.Compact(i.Name)))) { results.Pass(Once.Id); continue; }
            string name = $"{IndicatorFramework.Name(i.Level2)}“{i.Name}”";
            results.Add(new Finding(Once.Id, Once.Severity, subject, $"{half}{name}",
                $"{half}绩效指标中{name}列了两次；同一指标只应列一次，不同的要求应写成不同的三级指标")
            { Expected = "列一次", Actual = "重复列出", Line = form.Line });
        }
    }

    private static void CheckQualitative(RuleResults results, string subject, TargetForm form, string half, IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0) { results.Insufficient(Quantitative.Id); return; }
        int qualitative = indicators.Count(i => i.Target.Kind == TargetValueKind.Qualitative);
        decimal share = (decimal)qualitative / indicators.Count;
        if (share <= MaxQualitativeShare) { results.Pass(Quantitative.Id); return; }
        string shown = share.ToString("0%", CultureInfo.InvariantCulture);
        results.Add(new Finding(Quantitative.Id, Quantitative.Severity, subject, $"{half}绩效指标",
            $"{half} {indicators.Count} 个指标中 {qualitative} 个为定性表述（{shown}），超过一半；能量化的指标应给出数值")
        { Expected = $"定性指标不超过 {MaxQualitativeShare.ToString("0%", CultureInfo.InvariantCulture)}", Actual = shown, Line = form.Line });
    }

    // “2021年度”, “2023年”: a year other than the budget's in a goal or an indicator (a form copied from last year); the
    // 实施期 of a project of <paramref name="span"/> years may name each year of it.
    private static void CheckYears(RuleResults results, string subject, TargetForm form, string field, string text, int year, int span)
    {
        bool any = false;
        for (int at = text.IndexOf('年'); at >= 0; at = text.IndexOf('年', at + 1))
        {
            if (at < 4 || !text.AsSpan(at - 4, 4).ToString().All(char.IsAsciiDigit) || (at > 4 && char.IsAsciiDigit(text[at - 5]))) continue;
            int stated = int.Parse(text.AsSpan(at - 4, 4), CultureInfo.InvariantCulture);
            if (stated is < 2000 or > 2099) continue;
            any = true;
            if (stated >= year && stated < year + span) continue;
            string expected = span == 1 ? $"{year}年" : $"{year}—{year + span - 1}年";
            string why = span == 1 ? $"本表是 {year} 年度的绩效目标" : $"项目期 {span} 年，实施期为 {expected}";
            results.Add(new Finding(YearsMatch.Id, YearsMatch.Severity, subject, field,
                $"{field}写的是 {stated} 年，{why}（“{Excerpt(text, at)}”）")
            { Expected = expected, Actual = $"{stated}年", Line = form.Line });
            return;
        }
        if (any) results.Pass(YearsMatch.Id);
    }

    private static string Excerpt(string text, int at)
    {
        int from = Math.Max(0, at - 8), to = Math.Min(text.Length, at + 10);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }

    // Two forms with the same indicators and values but different money: one was copied from the other.
    private static void CheckCopies(Disclosure disclosure, RuleResults results)
    {
        var seen = new Dictionary<string, TargetForm>(StringComparer.Ordinal);
        foreach (var form in disclosure.TargetForms)
        {
            var indicators = form.Declaration.AnnualIndicators;
            if (indicators.Count < 3 || form.Declaration.AnnualFunds.StatedTotal is not { } money) continue;
            string key = string.Join("|", indicators.Select(i => $"{(int)i.Level2}:{i.Name}={i.Target.Text}"));
            if (seen.TryGetValue(key, out var earlier) && earlier.Declaration.AnnualFunds.StatedTotal is { } other && other != money)
            {
                results.Add(new Finding(NotCopied.Id, NotCopied.Severity, TargetFormRules.Subject(form), "年度绩效指标",
                    $"年度绩效指标与{TargetFormRules.Subject(earlier)}（第{earlier.Line}行）的 {indicators.Count} 个指标及指标值完全相同，而年度资金不同（{Yuan(money)} 与 {Yuan(other)}）")
                { Expected = "与本项目资金相应的指标值", Actual = $"与第{earlier.Line}行的表相同", Line = form.Line });
                continue;
            }
            seen.TryAdd(key, form);
            results.Pass(NotCopied.Id);
        }
    }

    private static string Yuan(Money.Yuan y) => y.Value.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元";
}
