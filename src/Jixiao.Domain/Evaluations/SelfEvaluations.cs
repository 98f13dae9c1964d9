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

    /// <summary>The source printed when the budget has no split by source that adds up to it.</summary>
    public const string UnsplitSource = "合计";

    /// <summary>
    /// Evaluates <paramref name="project"/> of <paramref name="budget"/> under <paramref name="template"/>, with the
    /// project's <see cref="Project.Evaluation"/> entries (none: every judged item is rejected as not yet scored).
    /// </summary>
    public static OwnEvaluation Compute(UnitBudget budget, Project project, ScoreTemplate template)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(template);
        var entries = project.Evaluation ?? new EvaluationInput { Template = template.Id };
        var declaration = project.Targets;
        var execution = project.Execution;
        var notes = new List<string>();
        var problems = new List<string>();

        var (funds, formFunds) = Funds(budget, project, notes);
        var declared = declaration?.AnnualIndicators ?? [];
        if (declaration is null) notes.Add("项目没有申报绩效目标，没有可评价的绩效指标");
        var entryOf = MatchEntries(declared, entries.Indicators, problems);
        var yearEnd = new DateOnly(budget.Year.Value, 12, 31);
        var readings = new IndicatorReading?[declared.Count];
        var inputs = new IndicatorInput[declared.Count];
        for (int k = 0; k < declared.Count; k++)
        {
            var indicator = declared[k];
            readings[k] = execution?.LatestReading(indicator.Name, indicator.Level2, yearEnd);
            inputs[k] = new IndicatorInput(indicator.Level1, indicator.Name, indicator.Target, readings[k]?.Actual ?? TargetValue.Parse(null))
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
        bool national = template.Sections.Any(s => s.Indicators is not null);

        var rows = new List<IndicatorResult>(declared.Count);
        for (int k = 0; k < declared.Count; k++)
        {
            var i = inputs[k];
            var completion = Completion.Of(i.Target, i.Actual, i.Level2, i.Name, budget.Year);
            var item = itemOf.GetValueOrDefault(k);
            rows.Add(new IndicatorResult(declared[k].Level2, i.Name, i.Target, i.Actual)
            {
                StatedProgress = Progress(completion, i.Judged),
                Points = item?.Points,
                Score = item?.Score,
                Deviation = entryOf[k]?.Deviation ?? readings[k]?.Note,
            });
        }

        var texts = entries.Texts.ToList();
        if (national && declaration?.AnnualGoal is { Length: > 0 } goal && !texts.Any(t => t.Heading == AnnualGoalHeading))
            texts.Insert(0, (AnnualGoalHeading, goal));

        int year = budget.Year.Value;
        var form = new SelfEvaluation
        {
            ProjectName = project.Name,
            Title = national ? NationalTitle : null,
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

    /// <summary>The printed name of a fund source (中央财政资金 … 其他资金), as the target forms and the package write it.</summary>
    public static string SourceName(FundSource source) => source switch
    {
        FundSource.Central => "中央财政资金",
        FundSource.Provincial => "省级财政资金",
        FundSource.Local => "市县（区）财政资金",
        FundSource.Fiscal => "财政资金",
        FundSource.SelfRaised => "单位自筹",
        _ => "其他资金",
    };

    /// <summary>
    /// The money scored and the money printed. 预算资金 is the budget as adjusted, else the project's money in the lines
    /// (split by source as declared when the declared split adds up to it); 下达 and 实际支出 are the flows of the year.
    /// A figure not known stays null (the formula needing it is then rejected), never 0.
    /// </summary>
    private static (ScoringFunds Scoring, EvaluationFunds Form) Funds(UnitBudget budget, Project project, List<string> notes)
    {
        Yuan? lines = budget.ProjectTotals().TryGetValue(project.Code, out var inLines) ? inLines : null;
        var execution = project.Execution;
        Yuan? adjusted = execution?.AdjustedTotal;
        Yuan? budgeted = adjusted ?? lines;

        IReadOnlyList<(string, Yuan)> bySource;
        if (execution is { AdjustedBudget.Count: > 0 }) bySource = BySource(execution.AdjustedBudget);
        else if (lines is { } total)
        {
            var declared = project.Targets?.AnnualFunds ?? DeclaredFunds.Empty;
            if (declared.Sources.Count > 0 && declared.SourcesTotal == total)
                bySource = BySource(declared.Sources.Where(s => s.Amount.Value != 0m).ToList());
            else
            {
                if (declared.Sources.Count > 0)
                    notes.Add($"申报表年度资金按来源合计 {ScoreText.WanWithUnit(declared.SourcesTotal)}，与预算明细中的项目金额 {ScoreText.WanWithUnit(total)} 不符：预算资金只列合计");
                bySource = [(UnsplitSource, total)];
            }
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

        var form = new EvaluationFunds
        {
            InitialBudget = adjusted is { } a && lines is { } l && a != l ? l : null,
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
        return order.Select(s => (SourceName(s), sums[s])).ToList();
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
                .Where(k => declared[k].Name == entry.Name && (entry.Level2 is not { } l2 || declared[k].Level2 == l2)).ToList();
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

    /// <summary>A reading of the year that names no declared indicator is told: its actual is not used.</summary>
    private static void NoteStrayReadings(ProjectExecution? execution, IReadOnlyList<Indicator> declared, int year, List<string> notes)
    {
        if (execution is null) return;
        foreach (var r in execution.Readings)
        {
            if (r.AsOf.Year != year) continue;
            if (declared.Any(d => d.Name == r.Indicator && (r.Level2 is not { } l2 || d.Level2 == l2))) continue;
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
