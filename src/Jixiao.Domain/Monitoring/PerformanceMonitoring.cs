using System.Globalization;
using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Monitoring;

/// <summary>
/// 绩效运行监控 (双监控) of a budget's projects at a date (docs/monitoring.md, evaluation-domain.md): how fast the money is
/// spent against time and against the 资金支出计划, how far each indicator has come against what the date expects, the
/// lights and the warnings, each with its figures in Chinese. Decimal throughout; one pass over each project's flows.
/// </summary>
public static class PerformanceMonitoring
{
    /// <summary>
    /// Monitors every project of <paramref name="budget"/> that has money in its lines or execution data, at
    /// <paramref name="date"/>, which must fall in the budget's fiscal year (else <see cref="ArgumentOutOfRangeException"/>
    /// with a Chinese message). Money counts from the periods ended by the date's complete months; a quarterly
    /// reporter's money, time progress and plan stand at its last quarter end (<see cref="ProjectMonitoring.ThroughMonth"/>).
    /// </summary>
    public static MonitoringReport At(UnitBudget budget, DateOnly date, MonitoringThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(thresholds);
        int year = budget.Year.Value;
        if (date.Year != year)
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"监控日期 {Iso(date)} 不在预算年度 {year} 内（应在 {year}-01-01 至 {year}-12-31 之间）");
        int months = CompleteMonths(date);
        var totals = budget.ProjectTotals();
        var projects = new List<ProjectMonitoring>();
        foreach (var project in budget.Projects)
        {
            Yuan? lines = totals.TryGetValue(project.Code, out var sum) ? sum : null;
            if (project.Execution is not { IsEmpty: false } && (lines ?? Yuan.Zero) == Yuan.Zero) continue;
            projects.Add(OfProject(project, lines, date, months, budget.Year, thresholds));
        }
        return new MonitoringReport(date, months, thresholds, projects);
    }

    /// <summary>
    /// The complete months of the year at <paramref name="date"/>: a month counts once its last day is reached
    /// (2023-06-30 → 6, 2023-06-15 → 5, 2023-01-15 → 0).
    /// </summary>
    public static int CompleteMonths(DateOnly date) =>
        date.Day == DateTime.DaysInMonth(date.Year, date.Month) ? date.Month : date.Month - 1;

    /// <summary>
    /// The cumulative share of the year's money <paramref name="plan"/> plans spent by the end of month
    /// <paramref name="month"/> (0–12): a point's own percentage at its month; between two points, linear in the months
    /// from the one before (the year starting at 0 % at month 0: 3月底 25 % plans 16.67 % by 2月); after the last point,
    /// the last point's percentage.
    /// </summary>
    public static decimal PlannedShare(SpendingPlan plan, int month) => Planned(plan, month).Share;

    private static ProjectMonitoring OfProject(Project project, Yuan? lines, DateOnly date, int months, FiscalYear year, MonitoringThresholds t)
    {
        var execution = project.Execution ?? new ProjectExecution();
        var (budget, basis) = execution.AdjustedTotal is { } adjusted ? (adjusted, BudgetBasis.Adjusted)
            : lines is { } l ? (l, BudgetBasis.Lines)
            : (Yuan.Zero, BudgetBasis.None);
        bool hasFlows = execution.Flows.Count > 0;
        // A quarterly reporter's money stands at its last quarter end until the next one ends: at 5月31日 only 第一季度
        // is in, so time progress and the plan are read at 3月底 too, else it would be red or yellow between quarter ends.
        bool quarterly = hasFlows && execution.Flows.All(f => f.Period.IsQuarter);
        int through = quarterly ? months / 3 * 3 : months;
        var (released, spent) = execution.Through(through);
        decimal? rate = hasFlows && budget > Yuan.Zero ? spent.Value / budget.Value : null;

        string? noRate = !hasFlows ? "没有资金支出数据（按月或按季度的下达、支出），无法计算执行率"
            : budget <= Yuan.Zero ? $"没有预算数（项目预算行合计与调整后预算都没有或为 0），无法计算执行率；已支出 {W(spent)}"
            : null;
        string rateText = rate is { } r0 ? $"执行率 {P(r0)}（支出 {W(spent)} / 预算 {W(budget)}）" : "";
        string byQuarter = quarterly && through != months ? $"；按季度报送，时间进度按{through}月底计" : "";

        var spending = rate is not { } rate1 ? ProgressLight.None(noRate!)
            : through == 0 ? ProgressLight.None(quarterly && months > 0
                ? $"{rateText}；按季度报送，第一季度尚未结束（时间进度 0.00 %），不亮灯"
                : $"{rateText}；尚无完整的月份（时间进度 0.00 %），不亮灯")
            : Lit(rate1 * 12m / through, $"{Then(rateText, "÷")}时间进度 {P(through / 12m)}（{through}/12 个月{byQuarter}）", t, allowBlue: false);

        decimal? planned = null;
        ProgressLight? plan = null;
        if (project.Targets?.SpendingPlan is { Points.Count: > 0 } spendingPlan)
        {
            var (share, how) = Planned(spendingPlan, through);
            if (byQuarter.Length > 0) how += $"；按季度报送，计划按{through}月底计";
            planned = share;
            plan = rate is not { } rate2 ? ProgressLight.None(noRate!)
                : share <= 0m ? ProgressLight.None(through == 0
                    ? $"{rateText}；尚无结束的月份，支出计划未到支出的时点，不亮灯"
                    : $"{rateText}；支出计划到 {through} 月底累计支出 {P(share)}（{how}），不亮灯")
                : Lit(rate2 / share, $"执行率 {P(rate2)} ÷ 计划累计支出 {P(share)}（{how}）", t, allowBlue: false);
        }

        var indicators = new List<IndicatorProgress>();
        var unread = new List<Indicator>();
        foreach (var indicator in project.Targets?.AnnualIndicators ?? [])
        {
            if (execution.LatestReading(indicator.Name, indicator.Level2, date) is { } reading)
                indicators.Add(OfIndicator(indicator, reading, months, year, t));
            else unread.Add(indicator);
        }

        var warnings = new List<MonitoringWarning>();
        if (rate is { } rate3 && through > 0
            && AheadOfSpending(project, execution, rate3, through, date, year, t) is { } ahead) warnings.Add(ahead);
        if (rate is not null && MonitoringReport.IsYearEndDate(date))
        {
            var unspent = budget - spent;
            decimal share = unspent.Value / budget.Value;
            if (Math.Round(share, 4, MidpointRounding.AwayFromZero) > t.UnspentAtYearEnd)
                warnings.Add(new(MonitoringWarningKind.UnspentAtYearEnd,
                    $"年末结余过多：预算 {W(budget)} − 支出 {W(spent)} = 未支出 {W(unspent)}，占预算 {P(share)}，超过 {P(t.UnspentAtYearEnd)}"));
        }
        if (budget > Yuan.Zero && !hasFlows && execution.Readings.Count == 0)
            warnings.Add(new(MonitoringWarningKind.NoData,
                $"项目有预算 {W(budget)}，但没有任何执行数据（资金下达和支出、指标实际值），无法监控"));

        return new ProjectMonitoring(project)
        {
            Budget = budget,
            Basis = basis,
            HasFlows = hasFlows,
            ReportsQuarterly = quarterly,
            ThroughMonth = through,
            Released = released,
            Spent = spent,
            ExecutionRate = rate,
            Spending = spending,
            PlannedShare = planned,
            Plan = plan,
            Indicators = indicators,
            Unread = unread,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// The indicator's share done as the monitoring counts it (see <see cref="IndicatorProgress.Share"/>), what the date
    /// expects of it, and its light.
    /// </summary>
    private static IndicatorProgress OfIndicator(Indicator indicator, IndicatorReading reading, int months, FiscalYear year, MonitoringThresholds t)
    {
        var c = Completion.Of(indicator.Target, reading.Actual, indicator.Level2, indicator.Name, year);
        var result = new IndicatorProgress(indicator, reading, c) { Progress = ProgressLight.None("") };
        string name = indicator.Name;
        if (c.Status == CompletionStatus.CannotTell)
            return result with
            {
                Progress = ProgressLight.None(c.Reading == CompletionReading.Qualitative
                    ? $"{name}：定性指标（目标“{indicator.Target.Text}”）由评价人判断，不亮灯"
                    : $"{name}：无法判断完成情况（{c.Reason}），不亮灯"),
            };

        bool met = c.Status == CompletionStatus.Met;
        decimal? share;
        string figures;
        bool accumulates = false;
        switch (c.Reading)
        {
            case CompletionReading.Deadline:
                return result with
                {
                    Progress = ProgressLight.None($"{name}：期限指标（目标“{indicator.Target.Text}”）到期时判断是否按时完成，不按进度亮灯；"
                        + $"实际“{reading.Actual.Text}”{(met ? "未晚于期限" : "晚于期限")}{Note(c)}"),
                };
            case CompletionReading.AtLeast or CompletionReading.Exact when c.Share is { } s:
                share = s;
                // Counts and sums of money build up over the year; rates, scores and the like are due in full at any date.
                accumulates = c.Target is { Unit: { Per: null, Dimension: Dimension.Count or Dimension.Money } };
                figures = $"完成度 {c.Actual} / {c.Target} = {P(s)}";
                break;
            case CompletionReading.AtLeast or CompletionReading.Exact:
                share = null;
                figures = "";
                break;
            case CompletionReading.AtMost when met:
                share = 1m;
                figures = $"{c.Actual} 未超过上限 {c.Target}，完成度按 {P(1m)} 计";
                break;
            case CompletionReading.AtMost when c.Share is { } over:
                share = Scorer.IndicatorShare(ScoreFormula.Reverse, c)!.Value; // the national reverse formula
                figures = $"{c.Actual} 超过上限 {c.Target}（{P(over)}），完成度 1 − ({P(over)} − 100.00 %) = {P(share.Value)}";
                break;
            case CompletionReading.AtMost:
                share = 0m;
                figures = $"{c.Actual} 超过上限 {c.Target}，完成度按 0.00 % 计";
                break;
            case CompletionReading.ExactZero:
                share = met ? 1m : 0m;
                figures = met ? $"实际为 0，达到目标 0，完成度 {P(1m)}" : $"实际 {c.Actual} 不为 0，未达到目标 0，完成度 0.00 %";
                break;
            default:
                share = met ? 1m : 0m;
                figures = $"{c.Actual} {(met ? "在" : "不在")}目标区间“{indicator.Target.Text}”内，完成度 {P(share.Value)}";
                break;
        }
        if (share is not { } done)
            return result with { Progress = ProgressLight.None($"{name}：目标“{indicator.Target.Text}”为 0，无法计算完成度，不亮灯") };

        decimal expected = accumulates ? months / 12m : 1m;
        result = result with { Share = done, Accumulates = accumulates, Expected = expected };
        if (accumulates && months == 0)
            return result with { Progress = ProgressLight.None($"{name}：{figures}；累计型指标在尚无完整月份时预期进度为 0，不亮灯{Note(c)}") };
        string expectedText = accumulates
            ? $"预期进度 {P(expected)}（累计型指标，按时间进度 {months}/12 个月）"
            : $"预期进度 {P(1m)}（比率、上限等指标任何时点都应达到）";
        decimal ratio = accumulates ? done * 12m / months : done;
        var lit = Lit(ratio, $"{name}：{Then(figures, "÷")}{expectedText}", t, allowBlue: true);
        return result with { Progress = lit with { Explanation = lit.Explanation + Note(c) } };
    }

    /// <summary>
    /// The warning when the indicators run ahead of the money. Like is compared with like: only the indicators whose
    /// expected progress builds up with time (counts and sums of money, <see cref="IndicatorProgress.Accumulates"/>) enter,
    /// their mean share (each capped at 100 %) set against 执行率 — both cumulative fractions of the year's whole. A rate,
    /// a score or a kept ceiling is 100 % on any date and would warn every project all year. The readings are taken at
    /// the money's cut-off (the end of <paramref name="through"/>), so that both stand at the same day. Compared at two
    /// decimals of a percentage point; null when no such indicator has a reading by then.
    /// </summary>
    private static MonitoringWarning? AheadOfSpending(Project project, ProjectExecution execution, decimal rate, int through,
        DateOnly date, FiscalYear year, MonitoringThresholds t)
    {
        var cutOff = new DateOnly(date.Year, through, DateTime.DaysInMonth(date.Year, through));
        var counted = new List<(string Name, decimal Share)>();
        foreach (var indicator in project.Targets?.AnnualIndicators ?? [])
        {
            if (execution.LatestReading(indicator.Name, indicator.Level2, cutOff) is not { } reading) continue;
            if (OfIndicator(indicator, reading, through, year, t) is { Accumulates: true, Share: { } share })
                counted.Add((indicator.Name, Math.Min(share, 1m)));
        }
        if (counted.Count == 0) return null;
        decimal mean = counted.Sum(c => c.Share) / counted.Count;
        decimal gap = mean - rate;
        if (Math.Round(gap, 4, MidpointRounding.AwayFromZero) <= t.AttainmentAheadOfSpending) return null;
        string each = string.Join("、", counted.Select(c => $"{c.Name} {P(c.Share)}"));
        string when = cutOff == date ? "" : $"资金截至{through}月底，指标也取 {Iso(cutOff)} 及以前最近一次实际值；";
        return new(MonitoringWarningKind.AttainmentAheadOfSpending,
            $"指标进度快于资金支出：{counted.Count} 个累计型指标（数量、金额）的平均完成度 {P(mean)}（{each}，各按不超过 100 % 计）− 执行率 {P(rate)}"
            + $" = {PercentagePoints(gap)}，超过 {PercentagePoints(t.AttainmentAheadOfSpending)}（{when}两者都是占全年的累计比例；比率、上限等任何时点都应达到的指标不计）；"
            + "请核实指标实际值，或查明资金支出滞后的原因");
    }

    private static ProgressLight Lit(decimal ratio, string figures, MonitoringThresholds t, bool allowBlue)
    {
        var light = t.LightOf(ratio, allowBlue);
        return new ProgressLight(ratio, light, $"{Then(figures, "=")}{P(ratio)} → {LightText(light, t, allowBlue)}");
    }

    /// <summary>The light's name and the band it stands for: <c>红灯（低于 60.00 %）</c>.</summary>
    internal static string LightText(MonitoringLight light, MonitoringThresholds t, bool allowBlue) => light switch
    {
        MonitoringLight.Red => $"红灯（低于 {P(t.RedBelow)}）",
        MonitoringLight.Yellow => $"黄灯（不低于 {P(t.RedBelow)}，低于 {P(t.GreenFrom)}）",
        MonitoringLight.Green when allowBlue => $"绿灯（不低于 {P(t.GreenFrom)}，低于 {P(t.BlueFrom)}）",
        MonitoringLight.Green => $"绿灯（不低于 {P(t.GreenFrom)}）",
        _ => $"蓝灯（不低于 {P(t.BlueFrom)}，远超计划，目标可能定得偏低）",
    };

    private static (decimal Share, string How) Planned(SpendingPlan plan, int month)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var start = new SpendingPlanPoint("年初", 0, 0m);
        SpendingPlanPoint before = start;
        SpendingPlanPoint? after = null;
        foreach (var p in plan.Points.OrderBy(p => p.Month))
        {
            if (p.Month <= month) before = p;
            else { after = p; break; }
        }
        if (before.Month == month)
            return (before.CumulativePercent / 100m, $"计划到{before.Label}累计 {Pct(before.CumulativePercent)}");
        if (after is null)
            return (before.CumulativePercent / 100m, $"计划最后一点为到{before.Label}累计 {Pct(before.CumulativePercent)}，其后按此计");
        int step = month - before.Month, span = after.Month - before.Month;
        decimal percent = before.CumulativePercent + (after.CumulativePercent - before.CumulativePercent) * step / span;
        return (percent / 100m, $"{before.Label} {Pct(before.CumulativePercent)} 至 {after.Label} {Pct(after.CumulativePercent)} 之间按月线性插值："
            + $"{Pct(before.CumulativePercent)} + ({Pct(after.CumulativePercent)} − {Pct(before.CumulativePercent)}) × {step}/{span}");
    }

    /// <summary>An operator after a figure, spaced as Chinese text is: no space after a full-width bracket (<c>万元）÷ 时间</c>).</summary>
    private static string Then(string left, string op) => left.EndsWith('）') ? $"{left}{op} " : $"{left} {op} ";

    private static string Note(IndicatorCompletion c) => c.Note is { } n ? $"（{n}）" : "";

    private static string P(decimal share) => ScoreText.Percent(share);

    private static string Pct(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + " %";

    private static string PercentagePoints(decimal share) =>
        Math.Round(share * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + " 个百分点";

    private static string W(Yuan y) => ScoreText.WanWithUnit(y);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
