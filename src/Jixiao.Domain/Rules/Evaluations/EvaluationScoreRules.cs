using System.Globalization;
using Jixiao.Disclosures;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;

namespace Jixiao.Rules.Evaluations;

/// <summary>
/// The arithmetic of a self-evaluation's score table (evaluation-domain.md, "What a reviewer checks"): each score within its
/// item's points (EVAL-SCORE-01), the section and total sums (EVAL-SUM-01), the grade of the total (EVAL-GRADE-01), the
/// items that follow from the money (EVAL-FUNDS-01) and the order of the money itself (EVAL-FUNDS-02). The items, points,
/// formulas and grades are the Shanxi template's (<see cref="ScoreTemplates"/>), matched by name: an item the template does
/// not know is held to the points the form prints.
/// </summary>
public sealed class EvaluationScoreRules : IDisclosureRule
{
    public static readonly RuleInfo ScoreWithinPoints = new("EVAL-SCORE-01", Severity.Error, "每项评价得分在 0 与该项指标分值之间，指标分值与评分模板一致", "evaluation-domain.md 自评审核：评分");
    public static readonly RuleInfo SumsAddUp = new("EVAL-SUM-01", Severity.Error, "各一级指标得分 = 其各项得分之和；综合得分 = 各一级指标得分之和（表中不列一级指标得分时 = 各项得分之和）", "evaluation-domain.md 自评审核：评分");
    public static readonly RuleInfo GradeOfTotal = new("EVAL-GRADE-01", Severity.Error, "评价结果等次与综合得分相符（优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60）", "evaluation-domain.md 自评审核：等次");
    public static readonly RuleInfo FundsFormula = new("EVAL-FUNDS-01", Severity.Error, "资金到位率得分 = 预算下达 / 预算资金 × 分值，预算执行率得分 = 实际支出 / 预算下达 × 分值（不超过分值，保留两位小数）", "evaluation-domain.md 自评审核：资金");
    public static readonly RuleInfo FundsOrder = new("EVAL-FUNDS-02", Severity.Warning, "实际支出资金 ≤ 预算下达资金 ≤ 预算资金（未说明时为警告，文字中说明了追加、超支等时为提示）", "evaluation-domain.md 自评审核：资金");

    // The stated scores are rounded to 2 decimals: a sum of rounded items may differ from a rounded sum by less than this.
    private const decimal Tolerance = 0.005m;

    public IReadOnlyList<RuleInfo> Rules { get; } = [ScoreWithinPoints, SumsAddUp, GradeOfTotal, FundsFormula, FundsOrder];

    public bool Reads(DocumentKind kind) => kind == DocumentKind.SelfEvaluation;

    public void Check(Disclosure disclosure, RuleResults results)
    {
        foreach (var r in Rules) results.Touch(r.Id);
        foreach (var e in FormFill.Filled(disclosure.SelfEvaluations, results, Rules))
        {
            string subject = Subject(e);
            // the form's own template (a package's national form is not held to the Shanxi points); one not shipped
            // leaves its points, formulas and grades unknown here
            var template = SelfEvaluationReview.TemplateOf(e);
            if (template is null)
                foreach (var id in new[] { ScoreWithinPoints.Id, GradeOfTotal.Id, FundsFormula.Id }) results.Insufficient(id);
            else
            {
                CheckItems(results, subject, e, template);
                CheckGrade(results, subject, e, template);
                CheckFormulas(results, subject, e, template);
            }
            CheckSums(results, subject, e, template);
            CheckFundsOrder(results, subject, e);
        }
    }

    /// <summary>How findings name a self-evaluation: 绩效自评表“城乡居民基本医疗保险2021年市级财政补助”.</summary>
    public static string Subject(SelfEvaluation e) => $"绩效自评表“{e.ProjectName}”";

    /// <summary>The template's item for a scored row: by group and name, else by name when the name is unique in it.</summary>
    internal static ScoreItemTemplate? TemplateItem(ScoreTemplate template, ScoredItem item) =>
        SelfEvaluationReview.TemplateItem(template, item);

    private static string Where(ScoredItem item) => $"评分表“{(item.Group.Length > 0 ? item.Group + "/" : "")}{item.Name}”";

    private static void CheckItems(RuleResults results, string subject, SelfEvaluation e, ScoreTemplate template)
    {
        foreach (var item in e.Scores)
        {
            var known = TemplateItem(template, item);
            decimal points = known?.Points ?? item.Points;
            bool failed = false;
            if (known is not null && item.Points != known.Points)
            {
                results.Add(new Finding(ScoreWithinPoints.Id, ScoreWithinPoints.Severity, subject, Where(item),
                    $"“{item.Name}”的指标分值印为 {P(item.Points)}，评分模板（{template.Name}）中为 {P(known.Points)} 分")
                { Expected = P(known.Points), Actual = P(item.Points), Line = item.Line });
                failed = true;
            }
            if (item.Score is not { } score) { results.Insufficient(ScoreWithinPoints.Id); continue; }
            if (score < 0m || score > points)
            {
                results.Add(new Finding(ScoreWithinPoints.Id, ScoreWithinPoints.Severity, subject, Where(item),
                    $"“{item.Name}”得分 {S(score)}，不在 0–{P(points)} 分之内")
                { Expected = $"0–{P(points)}", Actual = S(score), Line = item.Line });
                failed = true;
            }
            if (!failed) results.Pass(ScoreWithinPoints.Id);
        }
        // a table that scores each indicator (national): each within the points the form gives it
        foreach (var row in e.Indicators)
        {
            if (row.Score is not { } score || row.Points is not { } points) continue;
            if (score >= 0m && score <= points) { results.Pass(ScoreWithinPoints.Id); continue; }
            results.Add(new Finding(ScoreWithinPoints.Id, ScoreWithinPoints.Severity, subject, EvaluationProgressRules.Where(row),
                $"“{row.Name}”得分 {S(score)}，不在 0–{P(points)} 分之内")
            { Expected = $"0–{P(points)}", Actual = S(score), Line = row.Line });
        }
    }

    private static void CheckSums(RuleResults results, string subject, SelfEvaluation e, ScoreTemplate? template)
    {
        foreach (var section in e.Sections)
        {
            var items = SelfEvaluationReview.ScoresOf(e, template, section.Section);
            if (section.Score is not { } stated || items.Count == 0 || items.Any(i => i is null))
            {
                results.Insufficient(SumsAddUp.Id);
                continue;
            }
            decimal sum = items.Sum(i => i!.Value);
            if (Math.Abs(sum - stated) < Tolerance) { results.Pass(SumsAddUp.Id); continue; }
            string arithmetic = string.Join(" + ", items.Select(i => S(i!.Value))) + " = " + S(sum);
            results.Add(new Finding(SumsAddUp.Id, SumsAddUp.Severity, subject, $"评分表“{section.Section}”",
                $"“{section.Section}”各项得分之和 {arithmetic}，与所填 {S(stated)} 不等（相差 {S(stated - sum)}）")
            { Expected = S(sum), Actual = S(stated), Line = section.Line });
        }
        if (e.Total is not { Score: { } total } stated2) { results.Insufficient(SumsAddUp.Id); return; }
        if (e.Sections.Count == 0) { CheckTotalOfItems(results, subject, e, total, stated2.Line); return; }
        if (e.Sections.Any(s => s.Score is null)) { results.Insufficient(SumsAddUp.Id); return; }
        decimal sections = e.Sections.Sum(s => s.Score!.Value);
        if (Math.Abs(sections - total) < Tolerance) { results.Pass(SumsAddUp.Id); return; }
        string sum2 = string.Join(" + ", e.Sections.Select(s => $"{s.Section} {S(s.Score!.Value)}")) + " = " + S(sections);
        results.Add(new Finding(SumsAddUp.Id, SumsAddUp.Severity, subject, "综合得分",
            $"综合得分应为各一级指标得分之和 {sum2}，所填 {S(total)}（相差 {S(total - sections)}）")
        { Expected = S(sections), Actual = S(total), Line = stated2.Line });
    }

    /// <summary>
    /// A form printing no section rows (the national table) states its total over every scored row: the items of the
    /// score table and the indicators that carry points. One row without its score leaves the sum unknown.
    /// </summary>
    private static void CheckTotalOfItems(RuleResults results, string subject, SelfEvaluation e, decimal total, int? line)
    {
        var scores = new List<decimal>(e.Scores.Count + e.Indicators.Count);
        foreach (var item in e.Scores)
        {
            if (item.Score is not { } s) { results.Insufficient(SumsAddUp.Id); return; }
            scores.Add(s);
        }
        foreach (var row in e.Indicators)
        {
            if (row.Points is null) continue;
            if (row.Score is not { } s) { results.Insufficient(SumsAddUp.Id); return; }
            scores.Add(s);
        }
        if (scores.Count == 0) { results.Insufficient(SumsAddUp.Id); return; }
        decimal sum = scores.Sum();
        if (Math.Abs(sum - total) < Tolerance) { results.Pass(SumsAddUp.Id); return; }
        string arithmetic = string.Join(" + ", scores.Select(S)) + " = " + S(sum);
        results.Add(new Finding(SumsAddUp.Id, SumsAddUp.Severity, subject, "总分",
            $"总分应为各项得分之和 {arithmetic}，所填 {S(total)}（相差 {S(total - sum)}）")
        { Expected = S(sum), Actual = S(total), Line = line });
    }

    private static void CheckGrade(RuleResults results, string subject, SelfEvaluation e, ScoreTemplate template)
    {
        if (e.Total is not { Score: { } total } stated || string.IsNullOrWhiteSpace(e.Grade)) { results.Insufficient(GradeOfTotal.Id); return; }
        string expected = template.Grades.GradeOf(total);
        if (e.Grade.Trim() == expected) { results.Pass(GradeOfTotal.Id); return; }
        string scale = string.Join("，", template.Grades.Thresholds.Select(t => $"{t.Grade} ≥ {P(t.Minimum)}"));
        results.Add(new Finding(GradeOfTotal.Id, GradeOfTotal.Severity, subject, "评价结果等次",
            $"综合得分 {S(total)} 的等次应为“{expected}”（{scale}），所填为“{e.Grade.Trim()}”")
        { Expected = expected, Actual = e.Grade.Trim(), Line = stated.Line });
    }

    private static void CheckFormulas(RuleResults results, string subject, SelfEvaluation e, ScoreTemplate template)
    {
        var funds = ScoringFunds.From(e.Funds);
        foreach (var item in e.Scores)
        {
            if (TemplateItem(template, item) is not { } known || !ScoringFunds.IsMoney(known.Formula)) continue;
            var (over, under, overName, underName) = funds.Operands(known.Formula);
            if (item.Score is not { } stated || over is not { } o || under is not { } u || u.Value <= 0m)
            {
                results.Insufficient(FundsFormula.Id);
                continue;
            }
            // the Scorer's own formula: one computation of a money item, for scoring and for checking
            var (expected, wasCapped) = Scorer.FundsScore(known.Points, o, u);
            if (Math.Abs(expected - stated) < Tolerance) { results.Pass(FundsFormula.Id); continue; }
            string capped = wasCapped ? $"，以 {P(known.Points)} 分为限" : "";
            results.Add(new Finding(FundsFormula.Id, FundsFormula.Severity, subject, Where(item),
                $"“{item.Name}”应为 {overName} {Wan(o)} / {underName} {Wan(u)} × {P(known.Points)}{capped} = {S(expected)}，所填 {S(stated)}")
            { Expected = S(expected), Actual = S(stated), Line = item.Line });
        }
    }

    private static void CheckFundsOrder(RuleResults results, string subject, SelfEvaluation e)
    {
        var funds = ScoringFunds.From(e.Funds);
        var explained = Explanation(e);
        if (funds.Spent is { } spent && funds.Released is { } released)
        {
            if (spent <= released) results.Pass(FundsOrder.Id);
            else results.Add(Breach(subject, "项目资金情况（实际支出资金）", explained,
                $"实际支出资金 {Wan(spent)} 超过预算下达资金 {Wan(released)}（多 {Wan(spent - released)}），未下达的钱不能支出", spent, released));
        }
        else results.Insufficient(FundsOrder.Id);
        if (funds.Released is { } r && funds.Budgeted is { } budgeted)
        {
            if (r <= budgeted) results.Pass(FundsOrder.Id);
            else results.Add(Breach(subject, "项目资金情况（预算下达资金）", explained,
                $"预算下达资金 {Wan(r)} 超过预算资金 {Wan(budgeted)}（多 {Wan(r - budgeted)}）", r, budgeted));
        }
        else results.Insufficient(FundsOrder.Id);
    }

    /// <summary>A breach the form explains (追加, 超支 … in its texts) is a note for the reviewer; unexplained, a warning.</summary>
    private static Finding Breach(string subject, string location, (string Heading, string Words)? explained, string message, Yuan actual, Yuan limit) =>
        new(FundsOrder.Id, explained is null ? FundsOrder.Severity : Severity.Info, subject, location,
            message + (explained is { } x ? $"；{x.Heading}中有说明（“{x.Words}”）" : "，需说明"))
        { Expected = $"≤ {Wan(limit)}", Actual = Wan(actual) };

    /// <summary>The first text that speaks of added money or over-spending, with the words found.</summary>
    private static (string Heading, string Words)? Explanation(SelfEvaluation e)
    {
        foreach (var (heading, text) in e.Texts)
            foreach (var word in EvaluationWords.Default.Explanation)
                if (text.Contains(word, StringComparison.Ordinal)) return (heading, word);
        return null;
    }

    private static string P(decimal d) => ScoreText.Points(d);

    private static string S(decimal d) => ScoreText.Score(d);

    private static string Wan(Yuan y) => ScoreText.WanWithUnit(y);
}
