using System.Globalization;
using Jixiao.Budget;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Evaluations;

/// <summary>
/// A project's own self-evaluation (单位自评), computed from what the unit holds rather than typed: the year's budget
/// from the budget lines (or the budget as adjusted), the money released and spent from the execution data, each annual
/// indicator's actual from its latest reading by 31 December, and the evaluator's entries (judged scores, indicator
/// points, deviation notes, texts, people). Everything that follows from the figures is computed by <see cref="Scorer"/>
/// under the chosen template; nothing is taken from a typed score. No I/O.
/// </summary>
public static class SelfEvaluations
{
    /// <summary>The title of the national 项目支出绩效自评表 (财预〔2020〕10号).</summary>
    public const string NationalTitle = "项目支出绩效自评表";

    /// <summary>The heading under which the table keeps 年度总体目标 (预期目标), from the declaration's annual goal.</summary>
    public const string AnnualGoalHeading = "年度总体目标";

    /// <summary>The source under which the lines' this-year money from 财政拨款 (一般公共预算, 政府性基金, 国有资本经营) is printed.</summary>
    public const string AppropriationSource = "本年财政拨款";

    /// <summary>The source under which carried-over money (<see cref="BudgetLine.CarryOver"/>) is printed, 0.00 included.</summary>
    public const string CarryOverSource = "上年结转资金";

    /// <summary>
    /// Evaluates <paramref name="project"/> of <paramref name="budget"/> under <paramref name="template"/>, with the
    /// project's <see cref="Project.Evaluation"/> entries (none: every judged item is rejected as not yet scored).
    /// Evaluating many projects of one budget, pass <see cref="LinesByProject"/> once to the other overload.
    /// </summary>
    public static OwnEvaluation Compute(UnitBudget budget, Project project, ScoreTemplate template)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return Compute(budget, project, template, LinesByProject(budget));
    }

    /// <summary>
    /// A ceiling that names the project's own budget (<c>不超过年初预算数</c>, <c>≤预算数</c>) is known once the money is: the
    /// budget (the initial one for 年初) against what was spent. Null for any other target, or when a figure is missing.
    /// </summary>
    private static (TargetValue Target, TargetValue Actual, string Note)? AgainstBudget(Indicator indicator, ScoringFunds funds, EvaluationFunds form)
    {
        var t = indicator.Target;
        if (t.Kind != TargetValueKind.Reference || t.Comparison is not (Comparison.AtMost or Comparison.LessThan)
            || t.Wording is not { } wording || !wording.Contains("预算", StringComparison.Ordinal)) return null;
        bool initial = wording.Contains("年初", StringComparison.Ordinal);
        if ((initial ? form.InitialBudget ?? funds.Budgeted : funds.Budgeted) is not { } limit || funds.Spent is not { } spent) return null;
        string sign = t.Comparison == Comparison.LessThan ? "<" : "≤";
        var target = TargetValue.Parse(string.Create(CultureInfo.InvariantCulture, $"{sign}{limit.Value:0.00}元"));
        var actual = TargetValue.Parse(string.Create(CultureInfo.InvariantCulture, $"{spent.Value:0.00}元"));
        string note = $"“{indicator.Name}”的目标值“{t.Text}”按{(initial ? "年初预算数" : "全年预算数")} {ScoreText.WanWithUnit(limit)} 计，实际完成值取全年执行数 {ScoreText.WanWithUnit(spent)}";
        return (target, actual, note);
    }

    /// <summary>The budget's project lines by project code, in one pass over the lines.</summary>
    public static ILookup<string, BudgetLine> LinesByProject(UnitBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return budget.Lines.Where(l => l.ProjectCode is not null).ToLookup(l => l.ProjectCode!, StringComparer.Ordinal);
    }

    /// <summary>
    /// As <see cref="Compute(UnitBudget, Project, ScoreTemplate)"/>, with the budget's lines already grouped by project
    /// (<see cref="LinesByProject"/>), so that evaluating every project reads the lines once, not once per project.
    /// </summary>
    public static OwnEvaluation Compute(UnitBudget budget, Project project, ScoreTemplate template, ILookup<string, BudgetLine> linesByProject)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(linesByProject);
        var entries = project.Evaluation ?? new EvaluationInput { Template = template.Id };
        var declaration = project.Targets;
        var execution = project.Execution;
        var notes = new List<string>();
        var problems = new List<string>();
        bool scoresIndicators = template.Sections.Any(s => s.Indicators is not null);

        var (funds, formFunds) = Funds(project, linesByProject[project.Code], notes);
        var declared = declaration?.AnnualIndicators ?? [];
        if (declaration is null) notes.Add("项目没有申报绩效目标，没有可评价的绩效指标");
        var entryOf = MatchEntries(declared, entries.Indicators, problems);
        if (!scoresIndicators) entryOf = Unscored(template, entryOf, problems, notes);
        var yearEnd = new DateOnly(budget.Year.Value, 12, 31);
        var readings = new IndicatorReading?[declared.Count];
        var inputs = new IndicatorInput[declared.Count];
        for (int k = 0; k < declared.Count; k++)
        {
            var indicator = declared[k];
            readings[k] = execution?.LatestReading(indicator.Name, indicator.Level2, yearEnd);
            var (target, actual) = (indicator.Target, readings[k]?.Actual ?? TargetValue.Parse(null));
            if (readings[k] is null && AgainstBudget(indicator, funds, formFunds) is { } resolved)
            {
                (target, actual) = (resolved.Target, resolved.Actual);
                notes.Add(resolved.Note);
            }
            inputs[k] = new IndicatorInput(indicator.Level1, indicator.Name, target, actual)
            {
                Level2 = indicator.Level2,
                Points = entryOf[k]?.Points,
                Judged = entryOf[k]?.Judged,
            };
        }
        NoteStrayReadings(execution, declared, budget.Year.Value, notes);

        var input = new ScoringInput { Funds = funds, Judged = entries.Judged, Indicators = inputs, Year = budget.Year };
        var sheet = Scorer.Score(template, input);
        if (problems.Count > 0) sheet = sheet with { Problems = [.. sheet.Problems, .. problems] };
        var itemOf = IndicatorItems(template, sheet, inputs);

        var rows = new List<IndicatorResult>(declared.Count);
        for (int k = 0; k < declared.Count; k++)
        {
            var i = inputs[k];
            var completion = Completion.Of(i.Target, i.Actual, i.Level2, i.Name, budget.Year);
            var item = itemOf.GetValueOrDefault(k);
            // the form prints the target as declared, and the actual the comparison used
            rows.Add(new IndicatorResult(declared[k].Level2, i.Name, declared[k].Target, i.Actual)
            {
                StatedProgress = Progress(completion, i.Judged),
                Points = item?.Points,
                Score = item?.Score,
                Deviation = entryOf[k]?.Deviation ?? readings[k]?.Note,
            });
        }

        var texts = entries.Texts.ToList();
        if (scoresIndicators && declaration?.AnnualGoal is { Length: > 0 } goal && !texts.Any(t => t.Heading == AnnualGoalHeading))
            texts.Insert(0, (AnnualGoalHeading, goal));

        int year = budget.Year.Value;
        var form = new SelfEvaluation
        {
            ProjectName = project.Name,
            Title = scoresIndicators ? NationalTitle : null,
            Year = year,
            Department = declaration?.Department?.Name ?? (budget.Unit.ParentCode is null ? budget.Unit.Name : null),
            BudgetUnit = declaration?.ImplementingUnit ?? budget.Unit.Name,
            Nature = declaration?.Nature,
            Period = string.Create(CultureInfo.InvariantCulture, $"{year}0101至{year}1231"),
            Funds = formFunds,
            Texts = texts,
            Indicators = rows,
            Scores = template.Sections.Zip(sheet.Sections)
                .Where(p => p.First.Indicators is null)
                .SelectMany(p => p.Second.Items.Select(i => new ScoredItem(p.Second.Name, i.Group, i.Name, i.Points, i.Score)))
                .ToList(),
            Sections = sheet.Sections.Select(s => new SectionScore(s.Name, s.Points, s.Score)).ToList(),
            Template = template.Id,
            Total = new StatedScore(template.Points, sheet.Total),
            Grade = sheet.Grade,
            Evaluators = entries.Evaluators,
            SignOff = entries.SignOff,
        };
        return new OwnEvaluation(project, template, input, sheet, form) { Notes = notes };
    }

    /// <summary>
    /// The money scored and the money printed. 预算资金 is the budget as adjusted, else the project's money in the lines;
    /// 下达 and 实际支出 are the flows of the year. A figure not known stays null (the formula needing it is then
    /// rejected), never 0. From the lines the printed split tells carried-over money apart (<see cref="CarryOverSource"/>,
    /// 0.00 included) from this year's, which is split as declared when the declared split adds up to it, else into
    /// <see cref="AppropriationSource"/> and 其他资金 by the lines' 资金性质. An adjusted budget, given by level of
    /// government, does not say how much of it was carried over: its split lists no carried-over line, and neither does
    /// the money spent then (nor when money was carried over: the flows do not say whose money they spent), so that a
    /// form leaves what it cannot know blank. 年初预算数 is the lines' total whenever the project has lines.
    /// </summary>
    private static (ScoringFunds Scoring, EvaluationFunds Form) Funds(Project project, IEnumerable<BudgetLine> projectLines, List<string> notes)
    {
        bool anyLine = false;
        Yuan carried = Yuan.Zero, appropriated = Yuan.Zero, other = Yuan.Zero;
        foreach (var line in projectLines)
        {
            anyLine = true;
            if (line.CarryOver) carried += line.Amount;
            else if (line.Source is FundingSource.GeneralPublic or FundingSource.GovernmentFund or FundingSource.StateCapital) appropriated += line.Amount;
            else other += line.Amount;
        }
        Yuan? lines = anyLine ? carried + appropriated + other : null;
        var execution = project.Execution;
        Yuan? adjusted = execution?.AdjustedTotal;
        Yuan? budgeted = adjusted ?? lines;

        List<(string, Yuan)> bySource;
        bool carryOverKnown = false;
        if (execution is { AdjustedBudget.Count: > 0 }) bySource = BySource(execution.AdjustedBudget);
        else if (lines is { } total)
        {
            var thisYear = appropriated + other;
            var declared = project.Targets?.AnnualFunds ?? DeclaredFunds.Empty;
            if (declared.Sources.Count > 0 && declared.SourcesTotal == thisYear)
                bySource = BySource(declared.Sources.Where(s => s.Amount.Value != 0m).ToList());
            else
            {
                // a declared split of the lines' whole money, carried-over money included, cannot say which of its
                // sources the carried-over money is in: the lines' own split is printed instead, without a note
                if (declared.Sources.Count > 0 && declared.SourcesTotal != total)
                    notes.Add($"申报表年度资金按来源合计 {ScoreText.WanWithUnit(declared.SourcesTotal)}，与预算明细中的项目金额 {ScoreText.WanWithUnit(total)}"
                        + (carried.Value != 0m ? $"（其中本年 {ScoreText.WanWithUnit(thisYear)}）" : "")
                        + $" 不符：预算资金按预算明细的资金性质列为{AppropriationSource}和其他资金");
                bySource = [];
                if (appropriated.Value != 0m) bySource.Add((AppropriationSource, appropriated));
                if (other.Value != 0m) bySource.Add((FundSource.Other.ToChinese(), other));
            }
            bySource.Add((CarryOverSource, carried));
            carryOverKnown = true;
        }
        else
        {
            bySource = [];
            notes.Add("预算明细中没有该项目的金额，也没有调整后预算：预算资金未知");
        }

        bool flowed = execution is { Flows.Count: > 0 };
        var (released, spent) = flowed ? execution!.Through(12) : (Yuan.Zero, Yuan.Zero);
        if (!flowed) notes.Add("没有资金下达和支出数据：预算下达资金和实际支出资金未知");
        var spentBySource = flowed ? BySource(execution!.Flows.Select(f => (f.Source, f.Spent)).ToList()) : [];
        // nothing carried over into the year's budget: none of the money spent was carried over
        if (flowed && carryOverKnown && carried.Value == 0m) spentBySource.Add((CarryOverSource, Yuan.Zero));

        var form = new EvaluationFunds
        {
            InitialBudget = lines,
            Budgeted = bySource,
            Released = flowed ? released : null,
            Spent = spentBySource,
        };
        return (new ScoringFunds(budgeted, flowed ? released : null, flowed ? spent : null), form);
    }

    /// <summary>Amounts added up by source, in the order each source first appears, under the source's printed name.</summary>
    private static List<(string, Yuan)> BySource(IReadOnlyList<(FundSource Source, Yuan Amount)> amounts)
    {
        var order = new List<FundSource>();
        var sums = new Dictionary<FundSource, Yuan>();
        foreach (var (source, amount) in amounts)
        {
            if (!sums.ContainsKey(source)) order.Add(source);
            sums[source] = sums.GetValueOrDefault(source) + amount;
        }
        return order.Select(s => (s.ToChinese(), sums[s])).ToList();
    }

    /// <summary>
    /// The evaluator's entry for each declared indicator, by name (and 二级 when given). An entry that names no declared
    /// indicator, or more than one, or one already entered, is a problem of the sheet: the points or judgement meant for
    /// it would otherwise be lost without a word.
    /// </summary>
    private static EvaluationInput.IndicatorEntry?[] MatchEntries(IReadOnlyList<Indicator> declared,
        IReadOnlyList<EvaluationInput.IndicatorEntry> entries, List<string> problems)
    {
        var entryOf = new EvaluationInput.IndicatorEntry?[declared.Count];
        foreach (var entry in entries)
        {
            var matches = Enumerable.Range(0, declared.Count)
                .Where(k => declared[k].IsNamedBy(entry.Name, entry.Level2)).ToList();
            string label = entry.Level2 is { } level2 ? $"{IndicatorFramework.Name(level2)}/{entry.Name}" : entry.Name;
            if (matches.Count == 0)
                problems.Add($"评价人录入的指标“{label}”不在项目申报的年度绩效指标中");
            else if (matches.Count > 1)
                problems.Add($"指标“{entry.Name}”在申报的年度绩效指标中不止一个（{string.Join("、", matches.Select(k => IndicatorFramework.Name(declared[k].Level2)))}），评价人录入时须写明二级指标");
            else if (entryOf[matches[0]] is not null)
                problems.Add($"指标“{label}”的评价录入重复");
            else entryOf[matches[0]] = entry;
        }
        return entryOf;
    }

    /// <summary>
    /// Under a template that does not score the indicators one by one (Shanxi: fixed items), an entry's 分值 or 得分
    /// (and the band with it) has nowhere to go: each is a problem of the sheet rather than lost without a word, and
    /// none is used (not even a band as 完成进度). A 偏差原因 alone changes no score: it is kept on the row (--json shows
    /// it) with a note that the form does not print it.
    /// </summary>
    private static EvaluationInput.IndicatorEntry?[] Unscored(ScoreTemplate template, EvaluationInput.IndicatorEntry?[] entryOf,
        List<string> problems, List<string> notes)
    {
        var kept = new EvaluationInput.IndicatorEntry?[entryOf.Length];
        for (int k = 0; k < entryOf.Length; k++)
        {
            if (entryOf[k] is not { } entry) continue;
            string name = entry.Level2 is { } level2 ? $"{IndicatorFramework.Name(level2)}/{entry.Name}" : entry.Name;
            var entered = new List<string>();
            if (entry.Points is { } points) entered.Add($"分值 {ScoreText.Points(points)}");
            if (entry.Judged is { } judged) entered.Add($"得分 {ScoreText.Points(judged.Score)}" + (judged.Band is { } band ? $"（{band}）" : ""));
            if (entered.Count > 0)
                problems.Add($"模板“{template.Name}”不按三级指标逐项计分：未采用录入的“{name}”{string.Join("、", entered)}");
            if (entry.Deviation is { Length: > 0 })
                notes.Add($"模板“{template.Name}”的自评表没有偏差原因一栏：录入的“{name}”偏差原因分析不打印在表上");
            kept[k] = entry with { Points = null, Judged = null };
        }
        return kept;
    }

    /// <summary>A reading of the year that names no declared indicator is told: its actual is not used.</summary>
    private static void NoteStrayReadings(ProjectExecution? execution, IReadOnlyList<Indicator> declared, int year, List<string> notes)
    {
        if (execution is null) return;
        foreach (var r in execution.Readings)
        {
            if (r.AsOf.Year != year) continue;
            if (declared.Any(d => d.IsNamedBy(r.Indicator, r.Level2))) continue;
            notes.Add($"{r.AsOf:yyyy-MM-dd} 的实际完成值“{r.Indicator}”不对应任何申报的年度绩效指标，未采用");
        }
    }

    /// <summary>The sheet's item for each indicator: an indicator section's items are its indicators in declared order.</summary>
    private static Dictionary<int, ItemScore> IndicatorItems(ScoreTemplate template, ScoreSheet sheet, IndicatorInput[] inputs)
    {
        var result = new Dictionary<int, ItemScore>();
        for (int s = 0; s < template.Sections.Count; s++)
        {
            if (template.Sections[s].Indicators is not { } level1) continue;
            var indices = Enumerable.Range(0, inputs.Length).Where(k => inputs[k].Level1 == level1).ToList();
            var items = sheet.Sections[s].Items;
            for (int n = 0; n < indices.Count && n < items.Count; n++) result[indices[n]] = items[n];
        }
        return result;
    }

    /// <summary>
    /// 完成进度 as it follows from the completion: 已完成 when met; actual / target (<c>98.17%</c>) when a ≥ or exact
    /// target is missed; 未完成 when a ceiling, range, deadline or zero target is missed (a cost overrun is no progress);
    /// for a qualitative target the band the evaluator chose; blank when it cannot be told.
    /// </summary>
    private static string? Progress(IndicatorCompletion c, JudgedScore? judged) => c.Status switch
    {
        CompletionStatus.Met => "已完成",
        CompletionStatus.NotMet when c.Reading is CompletionReading.AtLeast or CompletionReading.Exact && c.SharePercent is { } p =>
            p.ToString("0.00", CultureInfo.InvariantCulture) + "%",
        CompletionStatus.NotMet => "未完成",
        _ => c.Reading == CompletionReading.Qualitative ? judged?.Band : null,
    };
}
