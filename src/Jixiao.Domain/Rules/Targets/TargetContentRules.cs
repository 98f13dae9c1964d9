using System.Globalization;
using Jixiao.Disclosures;
using Jixiao.Targets;

namespace Jixiao.Rules.Targets;

/// <summary>
/// The 审核要点 of a target form that concern what it declares rather than its money (performance-targets-domain.md): every 二级 of
/// 产出 and 满意度 covered (TGT-COVER-01), targets quantitative where they can be (TGT-QUAL-01), the years the goals and
/// indicators speak of (TGT-YEAR-01), no 三级 indicator listed twice in a half (TGT-DUP-01), and indicator sets copied
/// unchanged to a project with other money (TGT-COPY-01).
/// </summary>
public sealed class TargetContentRules : IDisclosureRule
{
    public static readonly RuleInfo Covered = new("TGT-COVER-01", Severity.Warning, "产出指标的数量、质量、时效指标和满意度指标都有三级指标", "performance-targets-domain.md 审核要点：覆盖");
    public static readonly RuleInfo Quantitative = new("TGT-QUAL-01", Severity.Warning, "定性指标不超过指标总数的一半（能量化的尽量量化）", "performance-targets-domain.md 审核要点：覆盖");
    public static readonly RuleInfo YearsMatch = new("TGT-YEAR-01", Severity.Warning, "总体目标和指标中的年份与预算年度一致", "performance-targets-domain.md 审核要点：文字");
    public static readonly RuleInfo Once = new("TGT-DUP-01", Severity.Warning, "同一三级指标在一张表的同一栏中只列一次（不论列在哪个二级指标下）", "performance-targets-domain.md 审核要点：文字");
    public static readonly RuleInfo NotCopied = new("TGT-COPY-01", Severity.Warning, "资金不同的项目不应使用完全相同的指标和指标值", "performance-targets-domain.md 审核要点：文字");

    /// <summary>Above this share of qualitative values a form is sent back (a province may set its own).</summary>
    public const decimal MaxQualitativeShare = 0.5m;

    private static readonly Level2Indicator[] RequiredOutputs = [Level2Indicator.Quantity, Level2Indicator.Quality, Level2Indicator.Timeliness];

    public IReadOnlyList<RuleInfo> Rules { get; } = [Covered, Quantitative, YearsMatch, Once, NotCopied];

    public bool Reads(DocumentKind kind) => kind is DocumentKind.UnitBudget or DocumentKind.PerformanceTargets;

    public void Check(Disclosure disclosure, RuleResults results)
    {
        foreach (var r in Rules) results.Touch(r.Id);
        foreach (var form in FormFill.Filled(disclosure.TargetForms, results, Rules))
        {
            var d = form.Declaration;
            string subject = TargetFormRules.Subject(form);
            int? year = form.Year ?? disclosure.Year?.Value;
            // A multi-year project's 实施期 speaks of every year of its period (2023—2025年); its 年度 of the budget year only.
            int periodYears = form.Shape.HasImplementationPeriod && d.PeriodYears is > 1 and <= TargetDeclaration.MaxPeriodYears ? d.PeriodYears.Value : 1;
            foreach (var (half, indicators) in Halves(form))
            {
                CheckCoverage(results, subject, form, half, indicators);
                CheckListedOnce(results, subject, form, half, indicators);
                // the share is judged once a form, on its year (a Shanxi one-year form repeats its indicators)
                if (half == "年度") CheckQualitative(results, subject, form, half, indicators);
                int span = half == "实施期" ? periodYears : 1;
                if (year is { } y)
                    foreach (var i in indicators)
                    {
                        // the field's words are built only for a finding: most indicators name no year at all
                        var inName = YearIn(i.Name, y, span);
                        var found = inName.Status == YearStatus.Other ? inName : YearIn(i.Target.Text, y, span);
                        if (found.Status == YearStatus.Other)
                            AddYearFinding(results, subject, form, $"{half}指标“{i.Name}”", inName.Status == YearStatus.Other ? i.Name : i.Target.Text, found, y, span, form.LineOf(i));
                        else if (inName.Status == YearStatus.Same || found.Status == YearStatus.Same) results.Pass(YearsMatch.Id);
                    }
            }
            if (year is { } fy)
            {
                // a form of one year has no 实施期: its periodYears is 1
                if (d.ImplementationGoal is { } g1) CheckYears(results, subject, form, form.Shape.ImplementationGoal, g1, fy, periodYears);
                if (d.AnnualGoal is { } g2) CheckYears(results, subject, form, form.Shape.AnnualGoal, g2, fy, 1);
            }
        }
        CheckCopies(disclosure, results);
    }

    private static IEnumerable<(string Half, IReadOnlyList<Indicator> Indicators)> Halves(TargetForm form)
    {
        if (form.Shape.HasImplementationPeriod) yield return ("实施期", form.Declaration.ImplementationIndicators);
        yield return ("年度", form.Declaration.AnnualIndicators);
    }

    private static void CheckCoverage(RuleResults results, string subject, TargetForm form, string half, IReadOnlyList<Indicator> indicators)
    {
        if (!form.IndicatorsPrinted) { results.Insufficient(Covered.Id); return; }
        if (indicators.Count == 0)
        {
            // A form that prints its indicator table without a single 三级 indicator declares no target at all.
            results.Add(new Finding(Covered.Id, Covered.Severity, subject, $"{half}绩效指标",
                $"{half}绩效指标一个三级指标也没有填写；数量、质量、时效和满意度指标各应至少有一个")
            { Expected = "数量、质量、时效、满意度指标各至少一个", Actual = "无指标", Line = form.PrintedLine });
            return;
        }
        // one pass: which 二级 are present (a bit each); the names of the missing ones only when some are
        int present = 0;
        foreach (var i in indicators) present |= 1 << (int)i.Level2;
        bool satisfied = (present & ((1 << (int)Level2Indicator.RecipientSatisfaction) | (1 << (int)Level2Indicator.OtherSatisfaction))) != 0;
        bool outputs = true;
        foreach (var l in RequiredOutputs) outputs &= (present & (1 << (int)l)) != 0;
        if (outputs && satisfied) { results.Pass(Covered.Id); return; }
        var missing = RequiredOutputs.Where(l => (present & (1 << (int)l)) == 0).Select(IndicatorFramework.Name).ToList();
        if (!satisfied) missing.Add("满意度指标");
        if (missing.Count == 0) { results.Pass(Covered.Id); return; }
        results.Add(new Finding(Covered.Id, Covered.Severity, subject, $"{half}绩效指标",
            $"{half}绩效指标缺少{string.Join("、", missing)}的三级指标")
        { Expected = "数量、质量、时效、满意度指标各至少一个", Actual = $"缺{string.Join("、", missing)}", Line = form.PrintedLine });
    }

    // The same 二级 and 三级 name twice in one half: a row pasted twice, or two targets for one indicator.
    private static void CheckListedOnce(RuleResults results, string subject, TargetForm form, string half, IReadOnlyList<Indicator> indicators)
    {
        // a half has a dozen indicators at most: pairs compared in place, nothing allocated unless a name needs folding
        for (int k = 0; k < indicators.Count; k++)
        {
            var i = indicators[k];
            if (i.Name.Length == 0) continue;
            // the same 三级 name again in the half, under its own 二级 or another (one indicator filed under three 二级)
            int earlier = -1;
            for (int j = 0; j < k && earlier < 0; j++)
                if (SameName(indicators[j].Name, i.Name)) earlier = j;
            if (earlier < 0) { results.Pass(Once.Id); continue; }
            string name = $"{IndicatorFramework.Name(i.Level2)}“{i.Name}”";
            var first = indicators[earlier];
            string again = first.Level2 == i.Level2 ? $"{name}列了两次" : $"“{i.Name}”既列在{IndicatorFramework.Name(first.Level2)}下，又列在{IndicatorFramework.Name(i.Level2)}下";
            results.Add(new Finding(Once.Id, Once.Severity, subject, $"{half}{name}",
                $"{half}绩效指标中{again}；同一指标只应列一次，不同的要求应写成不同的三级指标")
            { Expected = "列一次", Actual = "重复列出", Line = form.LineOf(i) });
        }
    }

    private static bool SameName(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        if (a.Length == 0 || b.Length == 0) return false;
        if (Plain(a) && Plain(b)) return false;
        return string.Equals(IndicatorFramework.Compact(a), IndicatorFramework.Compact(b), StringComparison.Ordinal);
    }

    /// <summary>No white space and already in compatibility form: <see cref="IndicatorFramework.Compact"/> would not change it.</summary>
    private static bool Plain(string s)
    {
        foreach (char c in s) if (char.IsWhiteSpace(c)) return false;
        return s.IsNormalized(System.Text.NormalizationForm.FormKC);
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
        { Expected = $"定性指标不超过 {MaxQualitativeShare.ToString("0%", CultureInfo.InvariantCulture)}", Actual = shown, Line = form.PrintedLine });
    }

    // “2021年度”, “2023年”: a year other than the budget's in a goal or an indicator (a form copied from last year); the
    // 实施期 of a project of <paramref name="span"/> years may name each year of it.
    private static void CheckYears(RuleResults results, string subject, TargetForm form, string field, string text, int year, int span)
    {
        var found = YearIn(text, year, span);
        if (found.Status == YearStatus.Other) AddYearFinding(results, subject, form, field, text, found, year, span);
        else if (found.Status == YearStatus.Same) results.Pass(YearsMatch.Id);
    }

    private enum YearStatus { None, Same, Other }

    /// <summary>The first year (2000–2099, written as four digits before 年) of <paramref name="text"/> outside the period, else whether any was written.</summary>
    private static (YearStatus Status, int At, int Stated) YearIn(string text, int year, int span)
    {
        var status = YearStatus.None;
        for (int at = text.IndexOf('年'); at >= 0; at = text.IndexOf('年', at + 1))
        {
            if (at < 4 || (at > 4 && char.IsAsciiDigit(text[at - 5]))) continue;
            int stated = 0;
            bool digits = true;
            for (int k = at - 4; k < at; k++)
            {
                if (!char.IsAsciiDigit(text[k])) { digits = false; break; }
                stated = stated * 10 + (text[k] - '0');
            }
            if (!digits || stated is < 2000 or > 2099) continue;
            if (stated >= year && stated < year + span) { status = YearStatus.Same; continue; }
            return (YearStatus.Other, at, stated);
        }
        return (status, -1, 0);
    }

    private static void AddYearFinding(RuleResults results, string subject, TargetForm form, string field, string text, (YearStatus Status, int At, int Stated) found, int year, int span, int? line = null)
    {
        string expected = span == 1 ? $"{year}年" : $"{year}—{year + span - 1}年";
        string why = span == 1 ? $"本表是 {year} 年度的绩效目标" : $"项目期 {span} 年，实施期为 {expected}";
        results.Add(new Finding(YearsMatch.Id, YearsMatch.Severity, subject, field,
            $"{field}写的是 {found.Stated} 年，{why}（“{Excerpt(text, found.At)}”）")
        { Expected = expected, Actual = $"{found.Stated}年", Line = line ?? form.PrintedLine });
    }

    private static string Excerpt(string text, int at)
    {
        int from = Math.Max(0, at - 8), to = Math.Min(text.Length, at + 10);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }

    // Two forms with the same indicators and values but different money: one was copied from the other.
    private static void CheckCopies(Disclosure disclosure, RuleResults results)
    {
        // Keyed by a hash of the indicator set (no string per form); equal hashes are compared in full.
        var seen = new Dictionary<int, List<TargetForm>>();
        foreach (var form in disclosure.TargetForms)
        {
            var indicators = form.Declaration.AnnualIndicators;
            if (indicators.Count < 3 || form.Declaration.AnnualFunds.StatedTotal is not { } money) continue;
            var hash = new HashCode();
            foreach (var i in indicators)
            {
                hash.Add(i.Level2);
                hash.Add(i.Name, StringComparer.Ordinal);
                hash.Add(i.Target.Text, StringComparer.Ordinal);
            }
            int key = hash.ToHashCode();
            if (!seen.TryGetValue(key, out var same)) seen[key] = same = [];
            var earlier = same.Find(f => SameIndicators(f.Declaration.AnnualIndicators, indicators));
            if (earlier is not null && earlier.Declaration.AnnualFunds.StatedTotal is { } other && other != money)
            {
                results.Add(new Finding(NotCopied.Id, NotCopied.Severity, TargetFormRules.Subject(form), "年度绩效指标",
                    $"年度绩效指标与{TargetFormRules.Subject(earlier)}{(earlier.PrintedLine is { } l ? $"（第{l}行）" : "")}的 {indicators.Count} 个指标及指标值完全相同，而年度资金不同（{Yuan(money)} 与 {Yuan(other)}）")
                { Expected = "与本项目资金相应的指标值", Actual = earlier.PrintedLine is { } at ? $"与第{at}行的表相同" : $"与{TargetFormRules.Subject(earlier)}相同", Line = form.PrintedLine });
                continue;
            }
            if (earlier is null) same.Add(form);
            results.Pass(NotCopied.Id);
        }
    }

    private static bool SameIndicators(IReadOnlyList<Indicator> a, IReadOnlyList<Indicator> b)
    {
        if (a.Count != b.Count) return false;
        for (int k = 0; k < a.Count; k++)
            if (a[k].Level2 != b[k].Level2 || !string.Equals(a[k].Name, b[k].Name, StringComparison.Ordinal)
                || !string.Equals(a[k].Target.Text, b[k].Target.Text, StringComparison.Ordinal))
                return false;
        return true;
    }

    private static string Yuan(Money.Yuan y) => y.Value.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元";
}
