using System.Globalization;
using System.Text.Json;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Documents.Package;

/// <summary>
/// The year's data of a project (docs/package-format.md “执行情况” and “绩效自评”): execution (<c>execution</c>), the
/// evaluator's entries (<c>evaluation</c>) and a self-evaluation as published (<c>publishedEvaluation</c>). Same
/// discipline as the rest: every error with its path, nothing returned on error. Whether a reading names an indicator
/// of the declaration, and whether spending stays within the money released, are the package rules' (PKG-08).
/// </summary>
internal sealed partial class PackageReader
{
    /// <summary>The fiscal year of the budget being read (dates of execution data lie within it); null when unreadable.</summary>
    private int? _year;

    /// <summary>An evaluator's score or a stated 分值: generous, a published form may print odd figures (kept as printed).</summary>
    private const int StatedScoreDecimals = 6;

    private const string AmountExpected = "以元为单位、至多两位小数的金额";

    // ---- 执行情况 ----

    private ProjectExecution? Execution(JsonElement e, string path)
    {
        var props = Object(e, path, ExecutionFields, "执行情况");
        if (props is null) return null;
        int before = _errors.Count;
        var adjusted = Items(props, "adjustedBudget", path, Fund);
        var flows = ItemsRead(props, "flows", path, Flow);
        var readings = ItemsRead(props, "readings", path, Reading);
        var explanation = String(props, "explanation", path, false, "说明（文字）");
        if (adjusted is not null) CheckAdjusted(adjusted, Child(path, "adjustedBudget"));
        if (flows is { } f0) CheckOverlap(f0.Read, Child(path, "flows"));
        if (readings is { } r0) CheckRepeatedReadings(r0.Read, Child(path, "readings"));
        if (_errors.Count > before || adjusted is null || flows is not { AllRead: true } f || readings is not { AllRead: true } r) return null;
        return new ProjectExecution
        {
            AdjustedBudget = adjusted.Select(a => a.Value).ToArray(),
            Flows = f.Read.Select(x => x.Item).ToArray(),
            Readings = r.Read.Select(x => x.Item).ToArray(),
            Explanation = explanation,
        };
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

    private FundsFlow? Flow(JsonElement e, string path)
    {
        var props = Object(e, path, FlowFields, "资金执行");
        if (props is null) return null;
        int before = _errors.Count;
        var period = String(props, "period", path, true, "期间：月份（如 “3月”）或季度（如 “第一季度”）", s => ExecutionPeriod.TryParse(s, out _));
        var source = Enum(props, "source", path, PackageNames.FundSources, "资金来源");
        var released = NonNegative(props, "released", path, "本期下达（到位）资金：" + AmountExpected + "，不为负");
        var spent = NonNegative(props, "spent", path, "本期实际支出：" + AmountExpected + "，不为负");
        if (_errors.Count > before || period is null || source is null || released is null || spent is null) return null;
        return new FundsFlow(ExecutionPeriod.Parse(period), source.Value, new Yuan(released.Value), new Yuan(spent.Value));
    }

    private decimal? NonNegative(Dictionary<string, JsonElement> props, string name, string path, string expected)
    {
        var v = Decimal(props, name, path, true, 2, expected);
        if (v is < 0m)
        {
            Error(Child(path, name), expected, props[name]);
            return null;
        }
        return v;
    }

    private IndicatorReading? Reading(JsonElement e, string path)
    {
        var props = Object(e, path, ReadingFields, "指标实际值");
        if (props is null) return null;
        int before = _errors.Count;
        string within = _year is { } y ? $"{y} 年内的" : "";
        var date = String(props, "date", path, true, $"{within}日期（yyyy-MM-dd，如 “{_year ?? 2021}-06-30”）", s => IsoDate(s) is { } d && (_year is null || d.Year == _year));
        var level2 = Enum(props, "level2", path, PackageNames.Level2Indicators, "二级指标", required: false);
        var indicator = String(props, "indicator", path, true, "三级指标名称（文字，与绩效目标的年度指标一致）");
        var actual = String(props, "actual", path, true, "实际值（文字，如 “2455592人”、“96%”、“11月底”）");
        var note = String(props, "note", path, false, "说明（文字）");
        if (_errors.Count > before || date is null || indicator is null || actual is null) return null;
        return new IndicatorReading(IsoDate(date)!.Value, indicator, TargetValue.Parse(actual)) { Level2 = level2, Note = note };
    }

    private static DateOnly? IsoDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    // ---- 自评录入 ----

    private EvaluationInput? Evaluation(JsonElement e, string path)
    {
        var props = Object(e, path, EvaluationFields, "绩效自评录入");
        if (props is null) return null;
        int before = _errors.Count;
        var template = String(props, "template", path, true, "评分模板（如 “national”、“shanxi”）", s => s == s.Trim());
        var judged = Items(props, "judged", path, Judged);
        var indicators = Items(props, "indicators", path, IndicatorEntry);
        var texts = Items(props, "texts", path, Text);
        var evaluators = Items(props, "evaluators", path, EvaluatorOf);
        var signOff = SignOffOf(props, path);
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
        if (_errors.Count > before || template is null || judged is null || indicators is null || texts is null || evaluators is null) return null;
        return new EvaluationInput
        {
            Template = template,
            Judged = byItem,
            Indicators = indicators,
            Texts = texts.Select(t => t.Value).ToArray(),
            Evaluators = evaluators,
            SignOff = signOff,
        };
    }

    private Box<(string Item, JudgedScore Score)>? Judged(JsonElement e, string path)
    {
        var props = Object(e, path, JudgedFields, "评分");
        if (props is null) return null;
        int before = _errors.Count;
        var item = String(props, "item", path, true, "评分项（评分模板中的 “二级/三级” 或不重名的三级名称，如 “项目立项规范性”）");
        var score = JudgedScoreOf(props, path, required: true);
        if (_errors.Count > before || item is null || score is null) return null;
        return new Box<(string, JudgedScore)>((item, score));
    }

    /// <summary>An evaluator's score (0–100, two decimals) and the band chosen for it, if any.</summary>
    private JudgedScore? JudgedScoreOf(Dictionary<string, JsonElement> props, string path, bool required)
    {
        const string Expected = "得分：0–100 之间、至多两位小数的数";
        var score = Decimal(props, "score", path, required, 2, Expected);
        if (score is < 0m or > 100m)
        {
            Error(Child(path, "score"), Expected, props["score"]);
            score = null;
        }
        var band = String(props, "band", path, false, "评价档次（如 “达成年度指标”）", s => s.Trim().Length > 0);
        if (band is not null && score is null && !props.ContainsKey("score"))
            Error(Child(path, "score"), "所选档次的得分（填了 band 就须填 score）", Missing);
        return score is { } s ? new JudgedScore(s) { Band = band } : null;
    }

    private EvaluationInput.IndicatorEntry? IndicatorEntry(JsonElement e, string path)
    {
        var props = Object(e, path, IndicatorEntryFields, "指标评分录入");
        if (props is null) return null;
        int before = _errors.Count;
        var name = String(props, "name", path, true, "三级指标名称（文字）");
        var level2 = Enum(props, "level2", path, PackageNames.Level2Indicators, "二级指标", required: false);
        const string PointsExpected = "分值：大于 0、不超过 100、至多两位小数的数";
        var points = Decimal(props, "points", path, false, 2, PointsExpected);
        if (points is <= 0m or > 100m) Error(Child(path, "points"), PointsExpected, props["points"]);
        var judged = JudgedScoreOf(props, path, required: false);
        var deviation = String(props, "deviation", path, false, "偏差原因分析及改进措施（文字）");
        if (_errors.Count > before || name is null) return null;
        return new EvaluationInput.IndicatorEntry(name) { Level2 = level2, Points = points, Judged = judged, Deviation = deviation };
    }

    private Evaluator? EvaluatorOf(JsonElement e, string path)
    {
        var props = Object(e, path, EvaluatorFields, "评价人员");
        if (props is null) return null;
        int before = _errors.Count;
        var name = String(props, "name", path, true, "姓名（文字）");
        var title = String(props, "title", path, false, "职称/职务（文字）");
        var office = String(props, "office", path, false, "科室（文字）");
        var phone = String(props, "phone", path, false, "联系电话（文字）");
        if (_errors.Count > before || name is null) return null;
        return new Evaluator(name, title, office, phone);
    }

    // ---- 绩效自评表 as published ----

    /// <param name="projectName">The project's name: the form's 项目名称 unless <c>projectName</c> says otherwise.</param>
    private SelfEvaluation? Published(JsonElement e, string path, string projectName)
    {
        var props = Object(e, path, PublishedFields, "公开的绩效自评表");
        if (props is null) return null;
        int before = _errors.Count;
        var name = String(props, "projectName", path, false, "自评表所印的项目名称（文字；与项目名称相同时省略）");
        var title = String(props, "title", path, false, "表名（文字，如 “晋中市财政支出项目绩效自评表”）");
        var year = Int(props, "year", path, false, 1000, 9999, "所评年度（四位数的整数）");
        var department = String(props, "department", path, false, "主管部门（文字）");
        var budgetUnit = String(props, "budgetUnit", path, false, "预算单位（文字）");
        var nature = Enum(props, "nature", path, PackageNames.ProjectNatures, "项目属性", required: false);
        var period = String(props, "period", path, false, "项目期（文字，如 “20210101至20211231”）");
        var funds = EvaluationFundsOf(props, path);
        var texts = Items(props, "texts", path, Text);
        var indicators = Items(props, "indicators", path, IndicatorResultOf);
        var scores = Items(props, "scores", path, ScoredItemOf);
        var sections = Items(props, "sections", path, SectionScoreOf);
        StatedScore? total = null;
        if (props.TryGetValue("total", out var t) && t.ValueKind != JsonValueKind.Null) total = StatedScoreOf(t, Child(path, "total"));
        var grade = String(props, "grade", path, false, "评价结果等次（文字，如 “优”）");
        var evaluators = Items(props, "evaluators", path, EvaluatorOf);
        var signOff = SignOffOf(props, path);
        var template = String(props, "template", path, false, "评分模板（如 “shanxi”、“national”）");
        if (_errors.Count > before || funds is null || texts is null || indicators is null || scores is null || sections is null || evaluators is null)
            return null;
        return new SelfEvaluation
        {
            ProjectName = name ?? projectName,
            Title = title,
            Year = year,
            Department = department,
            BudgetUnit = budgetUnit,
            Nature = nature,
            Period = period,
            Funds = funds,
            Texts = texts.Select(x => x.Value).ToArray(),
            Indicators = indicators,
            Scores = scores,
            Sections = sections,
            Total = total,
            Grade = grade,
            Evaluators = evaluators,
            SignOff = signOff,
            Template = template,
        };
    }

    /// <summary>项目资金情况; absent is no money printed. Null when in error.</summary>
    private EvaluationFunds? EvaluationFundsOf(Dictionary<string, JsonElement> parent, string path)
    {
        if (!parent.TryGetValue("funds", out var e) || e.ValueKind == JsonValueKind.Null) return new EvaluationFunds();
        string at = Child(path, "funds");
        var props = Object(e, at, EvaluationFundsFields, "项目资金情况");
        if (props is null) return null;
        int before = _errors.Count;
        var initial = Decimal(props, "initialBudget", at, false, 2, "年初预算数：" + AmountExpected);
        var budgeted = Items(props, "budgeted", at, PrintedAmount);
        var released = Decimal(props, "released", at, false, 2, "预算下达资金：" + AmountExpected);
        if (initial is < 0m) Error(Child(at, "initialBudget"), "年初预算数：" + AmountExpected + "，不为负", props["initialBudget"]);
        if (released is < 0m) Error(Child(at, "released"), "预算下达资金：" + AmountExpected + "，不为负", props["released"]);
        var spent = Items(props, "spent", at, PrintedAmount);
        if (_errors.Count > before || budgeted is null || spent is null) return null;
        return new EvaluationFunds
        {
            InitialBudget = initial is { } i ? new Yuan(i) : null,
            Budgeted = budgeted.Select(b => b.Value).ToArray(),
            Released = released is { } r ? new Yuan(r) : null,
            Spent = spent.Select(s => s.Value).ToArray(),
        };
    }

    private Box<(string Source, Yuan Amount)>? PrintedAmount(JsonElement e, string path)
    {
        var props = Object(e, path, PrintedAmountFields, "资金行");
        if (props is null) return null;
        int before = _errors.Count;
        // the form's own wording (市级预算资金, 上年结转资金 …), not the declaration's sources
        var source = String(props, "source", path, true, "所印的资金来源（文字，如 “市级预算资金”）");
        var amount = Decimal(props, "amount", path, true, 2, AmountExpected);
        if (_errors.Count > before || source is null || amount is null) return null;
        return new Box<(string, Yuan)>((source, new Yuan(amount.Value)));
    }

    private IndicatorResult? IndicatorResultOf(JsonElement e, string path)
    {
        var props = Object(e, path, IndicatorResultFields, "绩效目标实现情况");
        if (props is null) return null;
        int before = _errors.Count;
        var level2 = Enum(props, "level2", path, PackageNames.Level2Indicators, "二级指标");
        // as printed, blank too: the review rules report what cannot be read (EVAL-ACT-01), the file is not broken
        var name = String(props, "name", path, false, "三级指标名称（文字）") ?? "";
        var target = String(props, "target", path, false, "目标值（文字，如 “≥95%”）") ?? "";
        var actual = String(props, "actual", path, false, "实际完成值（文字）") ?? "";
        var progress = String(props, "progress", path, false, "完成进度（文字，如 “已完成”、“80%”）");
        var points = Stated(props, "points", path, false, "分值");
        var score = Stated(props, "score", path, false, "得分");
        var deviation = String(props, "deviation", path, false, "偏差原因分析及改进措施（文字）");
        if (_errors.Count > before || level2 is null) return null;
        return new IndicatorResult(level2.Value, name, TargetValue.Parse(target), TargetValue.Parse(actual))
        {
            StatedProgress = progress,
            Points = points,
            Score = score,
            Deviation = deviation,
        };
    }

    private ScoredItem? ScoredItemOf(JsonElement e, string path)
    {
        var props = Object(e, path, ScoredItemFields, "评分项");
        if (props is null) return null;
        int before = _errors.Count;
        var section = Present(props, "section", path, "一级指标（文字，如 “投入”）");
        var group = Present(props, "group", path, "二级指标（文字，如 “项目目标”；未印时为 “”）");
        var name = Present(props, "name", path, "三级指标（文字，如 “项目立项规范性”）");
        var points = Stated(props, "points", path, true, "指标分值");
        var score = Stated(props, "score", path, false, "评价得分（未填时省略）");
        if (_errors.Count > before || section is null || group is null || name is null || points is null) return null;
        return new ScoredItem(section, group, name, points.Value, score);
    }

    private SectionScore? SectionScoreOf(JsonElement e, string path)
    {
        var props = Object(e, path, SectionScoreFields, "一级指标得分");
        if (props is null) return null;
        int before = _errors.Count;
        var section = Present(props, "section", path, "一级指标（文字，如 “投入”）");
        var points = Stated(props, "points", path, true, "分值");
        var score = Stated(props, "score", path, false, "得分（未填时省略）");
        if (_errors.Count > before || section is null || points is null) return null;
        return new SectionScore(section, points.Value, score);
    }

    private StatedScore? StatedScoreOf(JsonElement e, string path)
    {
        var props = Object(e, path, StatedScoreFields, "综合得分");
        if (props is null) return null;
        int before = _errors.Count;
        var points = Stated(props, "points", path, true, "分值（如 100）");
        var score = Stated(props, "score", path, false, "得分（未填时省略）");
        if (_errors.Count > before || points is null) return null;
        return new StatedScore(points.Value, score);
    }

    /// <summary>A figure of the score table as printed: any number with at most six decimals.</summary>
    private decimal? Stated(Dictionary<string, JsonElement> props, string name, string path, bool required, string what) =>
        Decimal(props, name, path, required, StatedScoreDecimals, $"{what}：所印的数（至多 {StatedScoreDecimals} 位小数）");

    /// <summary>Text that must be there but may be blank (a heading the form left empty).</summary>
    private string? Present(Dictionary<string, JsonElement> props, string name, string path, string expected)
    {
        if (!props.ContainsKey(name) || props[name].ValueKind == JsonValueKind.Null)
        {
            Error(Child(path, name), expected, Missing);
            return null;
        }
        return String(props, name, path, false, expected);
    }
}
