using System.Globalization;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// Scores a template from its inputs: each computed item by its formula with the figures behind it, each judged item
/// as entered within its points (and band), then section sums, total and grade. Scores are rounded to two decimals,
/// half away from zero (2.92084 → 2.92, 14.8647 → 14.86), the way the forms print them; sums add the rounded scores, as
/// the forms do. decimal throughout.
/// </summary>
public static class Scorer
{
    public static ScoreSheet Score(ScoreTemplate template, ScoringInput input)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>();
        var points = SectionPoints(template, input);
        var sections = new List<SectionResult>();
        foreach (var section in template.Sections)
        {
            var items = section.Indicators is { } level1
                ? IndicatorItems(template, section, points[section.Name], input.Indicators.Where(i => i.Level1 == level1).ToArray(), input, problems)
                : section.Items.Select(i => FixedItem(template, section, i, input)).ToList();
            sections.Add(new SectionResult(section.Name, points[section.Name], items));
        }
        foreach (var key in input.Judged.Keys)
            if (Resolve(template, key) is null)
                problems.Add(template.Items.Count(i => i.Name == key) > 1
                    ? $"评价人评分“{key}”在模板“{template.Name}”中有 {template.Items.Count(i => i.Name == key)} 项同名，应写明二级（{string.Join("、", template.Items.Where(i => i.Name == key).Select(i => i.Key))}）"
                    : $"评价人评分“{key}”在模板“{template.Name}”中没有对应的评分项");
        return new ScoreSheet(template, sections) { Problems = problems };
    }

    /// <summary>Each section's points after an empty indicator section has passed its points on (满意度 10 → 产出 5, 效益 5).</summary>
    private static Dictionary<string, decimal> SectionPoints(ScoreTemplate template, ScoringInput input)
    {
        var points = template.Sections.ToDictionary(s => s.Name, s => s.Points, StringComparer.Ordinal);
        foreach (var s in template.Sections)
        {
            if (s.Indicators is not { } level1 || s.WhenEmpty.Count == 0 || input.Indicators.Any(i => i.Level1 == level1)) continue;
            points[s.Name] = 0m;
            foreach (var (to, moved) in s.WhenEmpty) points[to] += moved;
        }
        return points;
    }

    private static ItemScore FixedItem(ScoreTemplate template, ScoreSectionTemplate section, ScoreItemTemplate item, ScoringInput input)
    {
        var blank = new ItemScore(section.Name, item.Group, item.Name, item.Points, item.Formula);
        var judged = JudgedFor(template, item, input);
        if (item.Formula == ScoreFormula.Judged)
            return judged is null
                ? blank with { Rejection = $"缺少评价人评分（0–{P(item.Points)} 分）" }
                : Judge(blank, judged, null);
        if (item.Formula == ScoreFormula.IndicatorGroup) return GroupItem(template, item, blank, judged, input);

        var (over, under, overName, underName) = input.Funds.Operands(item.Formula);
        string? why = over is null ? $"缺少{overName}" : under is null ? $"缺少{underName}" : under.Value.Value <= 0m ? $"{underName}为 0" : null;
        if (why is not null)
        {
            why += $"，无法计算{item.Name}";
            return judged is null
                ? blank with { Rejection = why }
                : Judge(blank, judged, why) with { Flags = [why + "，采用评价人评分"] };
        }
        decimal share = over!.Value.Value / under!.Value.Value;
        var (score, capped0) = FundsScore(item.Points, over.Value, under.Value);
        string capped = capped0 ? $"，以 {P(item.Points)} 分为限" : "";
        return blank with
        {
            Score = score,
            Explanation = $"{item.Name} {Wan(over.Value)} / {Wan(under.Value)} = {Percent(share)} × {P(item.Points)}{capped} = {S(score)}",
        };
    }

    /// <summary>
    /// An item that follows from the project's indicators of its 二级 (实际完成率 from 数量指标): points × the mean of their
    /// shares. Without such an indicator, or with one whose share cannot be computed (qualitative, unreadable), the
    /// evaluator's score is taken, or asked for.
    /// </summary>
    private static ItemScore GroupItem(ScoreTemplate template, ScoreItemTemplate item, ItemScore blank, JudgedScore? judged, ScoringInput input)
    {
        string groups = string.Join("、", item.Level2.Select(IndicatorFramework.Name));
        var parts = new List<string>();
        decimal sum = 0m;
        int n = 0;
        string? why = null;
        foreach (var indicator in input.Indicators)
        {
            if (indicator.Level2 is not { } l2 || !item.Level2.Contains(l2)) continue;
            var c = Completion.Of(indicator.Target, indicator.Actual, indicator.Level2, indicator.Name, input.Year);
            var formula = c.Reading == CompletionReading.None ? ScoreFormula.Judged : template.IndicatorFormulas[c.Reading];
            if (c.Status == CompletionStatus.CannotTell || IndicatorShare(formula, c) is not { } f)
            {
                why = $"“{indicator.Name}”{(c.Status == CompletionStatus.CannotTell ? "无法计算（" + c.Reason + "）" : "须由评价人判断")}";
                break;
            }
            sum += f;
            n++;
            // a target of 0 is no divisor: say the actual against it
            string figures = c.Actual is { } a && c.Target is { } t
                ? c.Reading == CompletionReading.ExactZero ? $"目标 {t}，实际 {a} " : $"{a} / {t} "
                : "";
            parts.Add($"{indicator.Name} {figures}→ {Percent(f)}");
        }
        // a project without such an indicator is the usual case, said in the explanation; one that cannot be computed is flagged
        bool none = why is null && n == 0;
        if (none) why = $"项目没有{groups}";
        if (why is not null)
        {
            string reason = $"{item.Name}按{groups}计算，但{why}";
            return judged is null
                ? blank with { Rejection = reason + $"，须由评价人评分（0–{P(item.Points)} 分）" }
                : Judge(blank, judged, why) with { Flags = none ? [] : [reason + "，采用评价人评分"] };
        }
        decimal mean = sum / n;
        decimal score = Round(item.Points * mean);
        var flags = judged is null ? [] : new[] { $"{item.Name}由{groups}计算，未采用评价人评分 {S(judged.Score)}" };
        return blank with
        {
            Score = score,
            Flags = flags,
            Explanation = $"{item.Name}：{string.Join("；", parts)}{(n > 1 ? $"；平均 {Percent(mean)}" : "")} × {P(item.Points)} = {S(score)}",
        };
    }

    /// <summary>
    /// The share of an indicator's points its completion earns under <paramref name="formula"/>, unrounded: 1 when met;
    /// proportional: actual / target within 0..1; reverse: 1 − (actual / target − 1), 0 at twice the target or more; else
    /// 0. Null for a formula the evaluator judges. One reading of the formulas for scoring an indicator, an item that
    /// follows from indicators, and monitoring a ceiling.
    /// </summary>
    public static decimal? IndicatorShare(ScoreFormula formula, IndicatorCompletion c)
    {
        ArgumentNullException.ThrowIfNull(c);
        bool met = c.Status == CompletionStatus.Met;
        return formula switch
        {
            ScoreFormula.Band or ScoreFormula.Judged => null,
            _ when met => 1m,
            ScoreFormula.Proportional => c.Share is { } share ? Math.Clamp(share, 0m, 1m) : 0m,
            ScoreFormula.Reverse => c.Share is { } share && share < 2m ? 1m - (share - 1m) : 0m,
            _ => 0m,
        };
    }

    private static List<ItemScore> IndicatorItems(ScoreTemplate template, ScoreSectionTemplate section, decimal sectionPoints,
        IReadOnlyList<IndicatorInput> indicators, ScoringInput input, List<string> problems)
    {
        var shares = Allocate(section, sectionPoints, indicators, problems);
        var items = new List<ItemScore>(indicators.Count);
        for (int k = 0; k < indicators.Count; k++)
            items.Add(Indicator(template, section, indicators[k], shares[k], input));
        return items;
    }

    /// <summary>
    /// The points of each indicator: as given, and the section's remaining points split evenly among those without any
    /// (to 0.01, the last taking what rounding leaves so that the section still adds up).
    /// </summary>
    private static decimal[] Allocate(ScoreSectionTemplate section, decimal sectionPoints, IReadOnlyList<IndicatorInput> indicators, List<string> problems)
    {
        var result = new decimal[indicators.Count];
        foreach (var bad in indicators.Where(i => i.Points is <= 0m))
            problems.Add($"{section.Name}“{bad.Name}”的分值 {P(bad.Points!.Value)} 应大于 0");
        decimal given = indicators.Sum(i => i.Points ?? 0m);
        int open = indicators.Count(i => i.Points is null);
        decimal left = sectionPoints - given;
        if (indicators.Count == 0)
        {
            if (sectionPoints != 0m) problems.Add($"{section.Name}没有任何指标，其 {P(sectionPoints)} 分无处计入");
            return result;
        }
        if (open == 0 ? left != 0m : left <= 0m)
            problems.Add($"{section.Name}各指标分值之和 {P(given)} 与应有分值 {P(sectionPoints)} 不符");
        decimal each = open > 0 ? Math.Floor(left / open * 100m) / 100m : 0m;
        int seen = 0;
        for (int k = 0; k < indicators.Count; k++)
        {
            if (indicators[k].Points is { } p) { result[k] = p; continue; }
            result[k] = ++seen == open ? left - each * (open - 1) : each;
        }
        return result;
    }

    private static ItemScore Indicator(ScoreTemplate template, ScoreSectionTemplate section, IndicatorInput indicator, decimal points, ScoringInput input)
    {
        var completion = Completion.Of(indicator.Target, indicator.Actual, indicator.Level2, indicator.Name, input.Year);
        var formula = completion.Reading == CompletionReading.None
            ? ScoreFormula.Judged
            : template.IndicatorFormulas[completion.Reading];
        var item = new ItemScore(section.Name, "", indicator.Name, points, formula) { Completion = completion };
        var flags = new List<string>();
        if (completion.Note is { } note) flags.Add(note);
        if (completion.FarAboveTarget)
            flags.Add($"实际完成值为目标的 {Percent(completion.Share!.Value)}（≥ 120 %）：目标可能定得偏低，须说明偏差原因");

        if (formula is ScoreFormula.Band or ScoreFormula.Judged || completion.Status == CompletionStatus.CannotTell)
        {
            bool qualitative = formula == ScoreFormula.Band;
            if (indicator.Judged is null)
                return item with
                {
                    Flags = flags,
                    Rejection = qualitative
                        ? $"定性指标须由评价人选择档次并在档次内评分（0–{P(points)} 分）"
                        : $"无法计算（{completion.Reason}），须由评价人在 0–{P(points)} 分内评分",
                };
            if (!qualitative && completion.Status == CompletionStatus.CannotTell)
                flags.Add($"无法计算（{completion.Reason}），采用评价人评分");
            return Judge(item, indicator.Judged, qualitative ? null : completion.Reason, qualitative ? template.QualitativeBands : null) with { Flags = flags };
        }

        var (score, explanation) = Compute(formula, completion, points, indicator.Name);
        if (indicator.Judged is { } entered) flags.Add($"{indicator.Name}由完成情况计算，未采用评价人评分 {S(entered.Score)}");
        return item with { Score = score, Explanation = explanation, Flags = flags };
    }

    /// <summary>
    /// A money item's score: <paramref name="points"/> × over / under (资金到位率: 下达 / 预算; 预算执行率: 支出 / 下达),
    /// multiplied before dividing so that a half-way case rounds as the exact figure does, kept within 0..points, rounded
    /// to 2 decimals half away from zero. <paramref name="under"/> must be positive. The rules check a form with this too.
    /// </summary>
    public static (decimal Score, bool Capped) FundsScore(decimal points, Money.Yuan over, Money.Yuan under)
    {
        decimal raw = points * over.Value / under.Value;
        return (Round(Math.Clamp(raw, 0m, points)), raw > points);
    }

    private static (decimal Score, string Explanation) Compute(ScoreFormula formula, IndicatorCompletion c, decimal points, string name)
    {
        bool met = c.Status == CompletionStatus.Met;
        string figures = c.Actual is { } a && c.Target is { } t ? $"{a} / {t}" : "";
        // the score is one multiplication of the share; the cases differ only in how they say it
        decimal score = Round(points * IndicatorShare(formula, c)!.Value);
        switch (formula)
        {
            case ScoreFormula.Proportional when c.Share is { } share && !met:
                // beaten or missed, never more than the points nor less than none
                return (score, $"{name} {figures} = {Percent(share)} × {P(points)} = {S(score)}");
            case ScoreFormula.Reverse when !met:
            {
                if (c.Share is not { } share || share >= 2m)
                    return (score, $"{name} {figures}{(c.Share is { } s ? " = " + Percent(s) : "")}，达到目标的两倍及以上 → 0.00");
                decimal over = share - 1m;
                return (score, $"{name} {figures} = {Percent(share)}，超出目标 {Percent(over)}，{P(points)} × (1 − {Percent(over)}) = {S(score)}");
            }
            case ScoreFormula.ExactZero:
                return (score, met ? $"{name} 目标为 0，实际为 0 → {S(score)}" : $"{name} 目标为 0，实际 {c.Actual} 不为 0 → 0.00");
            default:
                return (score, $"{name} {(figures.Length > 0 ? figures + " " : "")}{(met ? "已完成" : "未完成")} → {S(score)}");
        }
    }

    /// <summary>An evaluator's score, kept when within the points (and the band, for a qualitative indicator).</summary>
    private static ItemScore Judge(ItemScore item, JudgedScore judged, string? why, IReadOnlyList<QualitativeBand>? bands = null)
    {
        decimal s = judged.Score;
        if (s < 0m || s > item.Points)
            return item with { RejectedEntry = true, Rejection = $"评价人评分 {P(s)} 超出该项分值范围 0–{P(item.Points)}" };
        if (bands is not null)
        {
            if (judged.Band is null)
                return item with { RejectedEntry = true, Rejection = $"定性指标须选择档次（{string.Join("、", bands.Select(b => b.Name))}）" };
            var band = bands.FirstOrDefault(b => b.Name == judged.Band);
            if (band is null)
                return item with { RejectedEntry = true, Rejection = $"档次“{judged.Band}”不存在（可选：{string.Join("、", bands.Select(b => b.Name))}）" };
            decimal low = band.Lowest(item.Points), high = band.Highest(item.Points);
            if (s < low || s > high)
                return item with
                {
                    RejectedEntry = true,
                    Rejection = $"评价人评分 {P(s)} 不在档次“{band.Name}”的范围内（{Percent(band.From)}–{Percent(band.To)} × {P(item.Points)} = {P(low)}–{P(high)} 分）",
                };
            return item with { Score = s, Explanation = $"{item.Name} 评价人评定“{band.Name}”（{P(low)}–{P(high)} 分）：{S(s)}" };
        }
        return item with { Score = s, Explanation = $"{item.Name} 评价人评分{(why is null ? "" : "（" + why + "）")}：{S(s)}" };
    }

    private static JudgedScore? JudgedFor(ScoreTemplate template, ScoreItemTemplate item, ScoringInput input)
    {
        if (input.Judged.TryGetValue(item.Key, out var byKey)) return byKey;
        return template.Items.Count(i => i.Name == item.Name) == 1 && input.Judged.TryGetValue(item.Name, out var byName) ? byName : null;
    }

    private static ScoreItemTemplate? Resolve(ScoreTemplate template, string key) =>
        template.Items.FirstOrDefault(i => i.Key == key)
        ?? (template.Items.Count(i => i.Name == key) == 1 ? template.Items.First(i => i.Name == key) : null);

    private static decimal Round(decimal d) => Math.Round(d, 2, MidpointRounding.AwayFromZero);

    private static string S(decimal d) => ScoreText.Score(d);

    private static string P(decimal d) => ScoreText.Points(d);

    private static string Percent(decimal share) => ScoreText.Percent(share);

    private static string Wan(Yuan y) => ScoreText.Wan(y);
}
