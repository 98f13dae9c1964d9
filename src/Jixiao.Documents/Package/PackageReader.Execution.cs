using System.Globalization;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Documents.Package;

/// <summary>
/// The year's data of a project (docs/package-format.md “执行情况” and “绩效自评”): execution, the evaluator's entries
/// and a self-evaluation as published. What the schema cannot say is checked here: periods and dates that read, dates
/// within the year, periods that do not overlap, nothing counted twice, money not negative. Whether a reading names an
/// indicator of the declaration, and whether spending stays within the money released, are the package rules' (PKG-08).
/// </summary>
internal sealed partial class PackageReader
{
    /// <summary>The fiscal year of the budget being read (dates of execution data lie within it); null when unreadable.</summary>
    private int? _year;

    /// <summary>An evaluator's score or a stated 分值: generous, a published form may print odd figures (kept as printed).</summary>
    private const int StatedScoreDecimals = 6;

    private const string AmountExpected = "以元为单位、至多两位小数的金额";

    // ---- 执行情况 ----

    private ProjectExecution? Execution(ExecutionJson x, string path)
    {
        int before = _errors.Count;
        var adjusted = All(x.AdjustedBudget, Child(path, "adjustedBudget"), Fund);
        var flows = Indexed(x.Flows, Child(path, "flows"), Flow, out bool flowsRead);
        var readings = Indexed(x.Readings, Child(path, "readings"), Reading, out bool readingsRead);
        if (adjusted is not null) CheckAdjusted(adjusted, Child(path, "adjustedBudget"));
        CheckOverlap(flows, Child(path, "flows"));
        CheckRepeatedReadings(readings, Child(path, "readings"));
        if (_errors.Count > before || adjusted is null || !flowsRead || !readingsRead) return null;
        return new ProjectExecution
        {
            AdjustedBudget = adjusted.Select(a => a.Value).ToArray(),
            Flows = flows.Select(f => f.Item).ToArray(),
            Readings = readings.Select(r => r.Item).ToArray(),
            Explanation = x.Explanation,
        };
    }

    /// <summary>
    /// The items that read, each with its index: checks across items (overlapping periods, repeated readings) run on
    /// those, so that one bad item does not hide another error.
    /// </summary>
    private static List<(int Index, T Item)> Indexed<TJson, T>(List<TJson?>? items, string path, Func<TJson, string, T?> map, out bool allRead)
        where TJson : class where T : class
    {
        allRead = true;
        var list = new List<(int, T)>();
        for (int i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is { } x && map(x, Index(path, i)) is { } v) list.Add((i, v));
            else allRead = false;
        }
        return list;
    }

    /// <summary>全年预算数 once per source, never negative.</summary>
    private void CheckAdjusted(List<Box<(FundSource Source, Yuan Amount)>> adjusted, string path)
    {
        var seen = new HashSet<FundSource>();
        for (int i = 0; i < adjusted.Count; i++)
        {
            var (source, amount) = adjusted[i].Value;
            string at = Index(path, i);
            if (!seen.Add(source))
                Error(Child(at, "source"), "每个资金来源只列一次（调整后的全年预算数）", $"\"{PackageNames.FundSources.Name(source)}\"（与前面重复）");
            if (amount.Value < 0m) Error(Child(at, "amount"), "不为负的金额（调整后的全年预算数）", Amount(amount.Value));
        }
    }

    /// <summary>
    /// The flows of one source add up by period: a month inside a quarter already given (3月 and 第一季度) would count
    /// twice, so periods of a source do not overlap.
    /// </summary>
    private void CheckOverlap(List<(int Index, FundsFlow Item)> flows, string path)
    {
        var taken = new Dictionary<(FundSource, int Month), (int Index, FundsFlow Flow)>();
        foreach (var (i, f) in flows)
        {
            for (int m = f.Period.FirstMonth; m <= f.Period.LastMonth; m++)
            {
                if (taken.TryGetValue((f.Source, m), out var earlier))
                {
                    Error(Child(Index(path, i), "period"),
                        $"与同一资金来源的其他期间不重叠（第 {earlier.Index + 1} 项已是{PackageNames.FundSources.Name(f.Source)}“{earlier.Flow.Period}”）",
                        $"\"{f.Period}\"");
                    break;
                }
            }
            for (int m = f.Period.FirstMonth; m <= f.Period.LastMonth; m++) taken.TryAdd((f.Source, m), (i, f));
        }
    }

    private void CheckRepeatedReadings(List<(int Index, IndicatorReading Item)> readings, string path)
    {
        var seen = new Dictionary<(DateOnly, Level2Indicator?, string), int>();
        foreach (var (i, r) in readings)
        {
            if (!seen.TryAdd((r.AsOf, r.Level2, r.Indicator), i))
                Error(Index(path, i), $"同一指标同一日期只有一个实际值（第 {seen[(r.AsOf, r.Level2, r.Indicator)] + 1} 项已是“{r.Indicator}”{Iso(r.AsOf)}）",
                    $"“{Short(r.Indicator)}”{Iso(r.AsOf)}");
        }
    }

    private FundsFlow? Flow(FlowJson f, string path)
    {
        int before = _errors.Count;
        ExecutionPeriod? period = null;
        if (f.Period is { } text)
        {
            if (ExecutionPeriod.TryParse(text, out var p)) period = p;
            else Error(Child(path, "period"), "期间：月份（如 “3月”）或季度（如 “第一季度”）", Quote(text));
        }
        var source = Enum(f.Source, Child(path, "source"), PackageNames.FundSources, "资金来源");
        var released = NonNegative(f.Released, Child(path, "released"), "本期下达（到位）资金：" + AmountExpected + "，不为负");
        var spent = NonNegative(f.Spent, Child(path, "spent"), "本期实际支出：" + AmountExpected + "，不为负");
        if (_errors.Count > before || period is null || source is null || released is null || spent is null) return null;
        return new FundsFlow(period.Value, source.Value, new Yuan(released.Value), new Yuan(spent.Value));
    }

    private decimal? NonNegative(JsonDecimal? value, string path, string expected)
    {
        var v = Decimal(value, path, 2, expected);
        if (v is < 0m)
        {
            Error(path, expected, value!.Value.Found);
            return null;
        }
        return v;
    }

    private IndicatorReading? Reading(ReadingJson r, string path)
    {
        int before = _errors.Count;
        DateOnly? date = null;
        if (r.Date is { } text)
        {
            if (IsoDate(text) is { } d && (_year is null || d.Year == _year)) date = d;
            else
            {
                string within = _year is { } y ? $"{y} 年内的" : "";
                Error(Child(path, "date"), $"{within}日期（yyyy-MM-dd，如 “{_year ?? 2021}-06-30”）", Quote(text));
            }
        }
        var level2 = Enum(r.Level2, Child(path, "level2"), PackageNames.Level2Indicators, "二级指标");
        if (_errors.Count > before || date is null || r.Indicator is null || r.Actual is null) return null;
        return new IndicatorReading(date.Value, r.Indicator, TargetValue.Parse(r.Actual)) { Level2 = level2, Note = r.Note };
    }

    private static DateOnly? IsoDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    // ---- 自评录入 ----

    private EvaluationInput? Evaluation(EvaluationJson e, string path)
    {
        int before = _errors.Count;
        if (e.Template is { } t && t != t.Trim()) Error(Child(path, "template"), "评分模板（如 “national”、“shanxi”）", Quote(t));
        var judged = All(e.Judged, Child(path, "judged"), Judged);
        var indicators = All(e.Indicators, Child(path, "indicators"), IndicatorEntry);
        var texts = All(e.Texts, Child(path, "texts"), Text);
        var evaluators = All(e.Evaluators, Child(path, "evaluators"), EvaluatorOf);
        var byItem = new Dictionary<string, JudgedScore>(StringComparer.Ordinal);
        if (judged is not null)
            for (int i = 0; i < judged.Count; i++)
                if (!byItem.TryAdd(judged[i].Value.Item, judged[i].Value.Score))
                    Error(Child(Index(Child(path, "judged"), i), "item"), "每个评分项只评一次", $"\"{Short(judged[i].Value.Item)}\"（与前面重复）");
        if (indicators is not null)
        {
            var seen = new HashSet<(string, Level2Indicator?)>();
            for (int i = 0; i < indicators.Count; i++)
                if (!seen.Add((indicators[i].Name, indicators[i].Level2)))
                    Error(Child(Index(Child(path, "indicators"), i), "name"), "每个指标只录入一次（同名指标以 level2 区分）", $"\"{Short(indicators[i].Name)}\"（与前面重复）");
        }
        if (_errors.Count > before || e.Template is null || judged is null || indicators is null || texts is null || evaluators is null) return null;
        return new EvaluationInput
        {
            Template = e.Template,
            Judged = byItem,
            Indicators = indicators,
            Texts = texts.Select(t => t.Value).ToArray(),
            Evaluators = evaluators,
            SignOff = SignOffOf(e.SignOff),
        };
    }

    private Box<(string Item, JudgedScore Score)>? Judged(JudgedJson j, string path)
    {
        int before = _errors.Count;
        var score = JudgedScoreOf(j.Score, j.Band, path);
        if (_errors.Count > before || j.Item is null || score is null) return null;
        return new Box<(string, JudgedScore)>((j.Item, score));
    }

    /// <summary>An evaluator's score (0–100, two decimals) and the band chosen for it, if any.</summary>
    private JudgedScore? JudgedScoreOf(JsonDecimal? value, string? band, string path)
    {
        const string Expected = "得分：0–100 之间、至多两位小数的数";
        var score = Decimal(value, Child(path, "score"), 2, Expected);
        if (score is < 0m or > 100m)
        {
            Error(Child(path, "score"), Expected, value!.Value.Found);
            score = null;
        }
        if (band is not null && band.Trim().Length == 0) Error(Child(path, "band"), "评价档次（如 “达成年度指标”）", Quote(band));
        if (band is not null && value is null && !_refused.Contains(Child(path, "score"))) Error(Child(path, "score"), "所选档次的得分（填了 band 就须填 score）", Missing);
        return score is { } s ? new JudgedScore(s) { Band = band } : null;
    }

    private EvaluationInput.IndicatorEntry? IndicatorEntry(IndicatorEntryJson i, string path)
    {
        int before = _errors.Count;
        var level2 = Enum(i.Level2, Child(path, "level2"), PackageNames.Level2Indicators, "二级指标");
        const string PointsExpected = "分值：大于 0、不超过 100、至多两位小数的数";
        var points = Decimal(i.Points, Child(path, "points"), 2, PointsExpected);
        if (points is <= 0m or > 100m) Error(Child(path, "points"), PointsExpected, i.Points!.Value.Found);
        var judged = i.Score is null && i.Band is null ? null : JudgedScoreOf(i.Score, i.Band, path);
        if (_errors.Count > before || i.Name is null) return null;
        return new EvaluationInput.IndicatorEntry(i.Name) { Level2 = level2, Points = points, Judged = judged, Deviation = i.Deviation };
    }

    private static Evaluator? EvaluatorOf(EvaluatorJson e, string path) => e.Name is null ? null : new Evaluator(e.Name, e.Title, e.Office, e.Phone);

    // ---- 绩效自评表 as published ----

    /// <param name="projectName">The project's name: the form's 项目名称 unless <c>projectName</c> says otherwise.</param>
    private SelfEvaluation? Published(PublishedEvaluationJson p, string path, string projectName)
    {
        int before = _errors.Count;
        var nature = Enum(p.Nature, Child(path, "nature"), PackageNames.ProjectNatures, "项目属性");
        var funds = EvaluationFundsOf(p.Funds, Child(path, "funds"));
        var texts = All(p.Texts, Child(path, "texts"), Text);
        var indicators = All(p.Indicators, Child(path, "indicators"), IndicatorResultOf);
        var scores = All(p.Scores, Child(path, "scores"), ScoredItemOf);
        var sections = All(p.Sections, Child(path, "sections"), SectionScoreOf);
        var total = p.Total is { } t ? StatedScoreOf(t, Child(path, "total")) : null;
        var evaluators = All(p.Evaluators, Child(path, "evaluators"), EvaluatorOf);
        if (_errors.Count > before || funds is null || texts is null || indicators is null || scores is null || sections is null || evaluators is null)
            return null;
        return new SelfEvaluation
        {
            ProjectName = p.ProjectName ?? projectName,
            Title = p.Title,
            Year = p.Year,
            Department = p.Department,
            BudgetUnit = p.BudgetUnit,
            Nature = nature,
            Period = p.Period,
            Funds = funds,
            Texts = texts.Select(x => x.Value).ToArray(),
            Indicators = indicators,
            Scores = scores,
            Sections = sections,
            Total = total,
            Grade = p.Grade,
            Evaluators = evaluators,
            SignOff = SignOffOf(p.SignOff),
            Template = p.Template,
        };
    }

    /// <summary>项目资金情况; absent is no money printed. Null when in error.</summary>
    private EvaluationFunds? EvaluationFundsOf(EvaluationFundsJson? f, string path)
    {
        if (f is null) return new EvaluationFunds();
        int before = _errors.Count;
        var initial = NonNegative(f.InitialBudget, Child(path, "initialBudget"), "年初预算数：" + AmountExpected + "，不为负");
        var budgeted = All(f.Budgeted, Child(path, "budgeted"), PrintedAmount);
        var released = NonNegative(f.Released, Child(path, "released"), "预算下达资金：" + AmountExpected + "，不为负");
        var spent = All(f.Spent, Child(path, "spent"), PrintedAmount);
        if (_errors.Count > before || budgeted is null || spent is null) return null;
        return new EvaluationFunds
        {
            InitialBudget = initial is { } i ? new Yuan(i) : null,
            Budgeted = budgeted.Select(b => b.Value).ToArray(),
            Released = released is { } r ? new Yuan(r) : null,
            Spent = spent.Select(s => s.Value).ToArray(),
        };
    }

    private Box<(string Source, Yuan Amount)>? PrintedAmount(PrintedAmountJson p, string path)
    {
        int before = _errors.Count;
        // the form's own wording (市级预算资金, 上年结转资金 …), not the declaration's sources
        var amount = Decimal(p.Amount, Child(path, "amount"), 2, AmountExpected);
        if (_errors.Count > before || p.Source is null || amount is null) return null;
        return new Box<(string, Yuan)>((p.Source, new Yuan(amount.Value)));
    }

    private IndicatorResult? IndicatorResultOf(IndicatorResultJson i, string path)
    {
        int before = _errors.Count;
        var level2 = Enum(i.Level2, Child(path, "level2"), PackageNames.Level2Indicators, "二级指标");
        var points = Stated(i.Points, Child(path, "points"), "分值");
        var score = Stated(i.Score, Child(path, "score"), "得分");
        if (_errors.Count > before || level2 is null) return null;
        // as printed, blank too: the review rules report what cannot be read (EVAL-ACT-01), the file is not broken
        return new IndicatorResult(level2.Value, i.Name ?? "", TargetValue.Parse(i.Target ?? ""), TargetValue.Parse(i.Actual ?? ""))
        {
            StatedProgress = i.Progress,
            Points = points,
            Score = score,
            Deviation = i.Deviation,
        };
    }

    private ScoredItem? ScoredItemOf(ScoredItemJson s, string path)
    {
        int before = _errors.Count;
        var points = Stated(s.Points, Child(path, "points"), "指标分值");
        var score = Stated(s.Score, Child(path, "score"), "评价得分（未填时省略）");
        if (_errors.Count > before || s.Section is null || s.Group is null || s.Name is null || points is null) return null;
        return new ScoredItem(s.Section, s.Group, s.Name, points.Value, score);
    }

    private SectionScore? SectionScoreOf(SectionScoreJson s, string path)
    {
        int before = _errors.Count;
        var points = Stated(s.Points, Child(path, "points"), "分值");
        var score = Stated(s.Score, Child(path, "score"), "得分（未填时省略）");
        if (_errors.Count > before || s.Section is null || points is null) return null;
        return new SectionScore(s.Section, points.Value, score);
    }

    private StatedScore? StatedScoreOf(StatedScoreJson s, string path)
    {
        int before = _errors.Count;
        var points = Stated(s.Points, Child(path, "points"), "分值（如 100）");
        var score = Stated(s.Score, Child(path, "score"), "得分（未填时省略）");
        if (_errors.Count > before || points is null) return null;
        return new StatedScore(points.Value, score);
    }

    /// <summary>A figure of the score table as printed: any number with at most six decimals.</summary>
    private decimal? Stated(JsonDecimal? value, string path, string what) =>
        Decimal(value, path, StatedScoreDecimals, $"{what}：所印的数（至多 {StatedScoreDecimals} 位小数）");
}
