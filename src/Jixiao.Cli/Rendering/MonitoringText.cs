using System.Globalization;
using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;
using Spectre.Console;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The text of <c>jixiao monitor</c>: the date and thresholds, then per project a money table (预算数, 已下达, 已支出,
/// 执行率, the spending lights with their arithmetic), an indicator table, the indicators without a reading and the
/// warnings; the projects with no execution data at all in one list; last a summary line counting the lights by colour.
/// </summary>
internal static class MonitoringText
{
    public static void Write(IAnsiConsole console, UnitBudget budget, MonitoringReport report)
    {
        var t = report.Thresholds;
        console.MarkupLine($"[bold]绩效运行监控（双监控）[/]：{Markup.Escape(budget.Unit.Name)} {budget.Year} 年，截至 {Iso(report.Date)}"
            + $"（{report.Months} 个完整月份，时间进度 {P(report.TimeProgress)}）");
        console.MarkupLine(Markup.Escape($"阈值（{(t.Name.Length > 0 ? t.Name : "自定义")}）：进度比低于 {P(t.RedBelow)} 红灯，{P(t.RedBelow)} 至 {P(t.GreenFrom)} 黄灯，"
            + $"{P(t.GreenFrom)} 及以上绿灯，指标 {P(t.BlueFrom)} 及以上蓝灯；累计型指标平均完成度超前执行率 {Points(t.AttainmentAheadOfSpending)}以上、"
            + $"年末未支出超过 {P(t.UnspentAtYearEnd)} 时预警"));
        // the header's 时间进度 is the date's; a quarterly reporter's money lights stand at its last quarter end instead
        if (report.Projects.FirstOrDefault(p => p.ReportsQuarterly && p.ThroughMonth != report.Months) is { } quarterly)
            console.MarkupLine(Markup.Escape(quarterly.ThroughMonth == 0
                ? "按季度报送的项目：第一季度尚未结束，资金支出不亮灯"
                : $"按季度报送的项目：资金、时间进度和支出计划按最近结束的季度计（截至 {quarterly.ThroughMonth} 月底，时间进度 {P(quarterly.TimeProgress)}）"));
        if (report.Projects.Count == 0)
        {
            console.WriteLine();
            console.MarkupLine(Markup.Escape("没有可监控的项目：没有项目有预算（项目预算行）或执行数据（projects[].execution）。"));
            return;
        }
        // a project with nothing entered yet has nothing to show but that: listed once, not given an empty table each
        var silent = report.Projects.Where(p => p.Warnings.Any(w => w.Kind == MonitoringWarningKind.NoData)).ToList();
        foreach (var p in report.Projects.Except(silent)) WriteProject(console, p);
        if (silent.Count > 0)
        {
            var total = Yuan.Zero;
            foreach (var p in silent) total += p.Budget;
            console.WriteLine();
            console.MarkupLine($"[yellow]预警：{silent.Count} 个项目有预算（合计 {Markup.Escape(Wan(total))}）但没有任何执行数据（资金下达和支出、指标实际值），无法监控：[/]");
            foreach (var p in silent)
                console.MarkupLine(Markup.Escape($"  {p.Project.Code} {p.Project.Name}（{Wan(p.Budget)}）"));
        }
        console.WriteLine();
        console.MarkupLine(Markup.Escape(Summary(report)));
    }

    private static void WriteProject(IAnsiConsole console, ProjectMonitoring p)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(p.Project.Code)} {Markup.Escape(p.Project.Name)}[/]");

        var money = new Table().Title("资金").AddColumns("项目", "数值", "灯", "计算");
        money.Columns[1].RightAligned();
        string basis = p.Basis switch
        {
            BudgetBasis.Adjusted => "调整后的全年预算数",
            BudgetBasis.Lines => "项目预算行合计（年初预算）",
            _ => "没有预算行，也没有调整后的预算",
        };
        money.AddRow(Cell("预算数"), Cell(Wan(p.Budget)), Cell(""), Cell(basis));
        string through = p.ThroughMonth == 0 ? (p.ReportsQuarterly ? "按季度报送，尚无结束的季度" : "尚无结束的月份")
            : p.ReportsQuarterly ? $"截至 {p.ThroughMonth} 月底（按季度报送，已结束的季度）"
            : $"截至 {p.ThroughMonth} 月底（已结束的月份和季度）";
        money.AddRow(Cell("已下达"), Cell(p.HasFlows ? Wan(p.Released) : "—"), Cell(""), Cell(p.HasFlows ? through : "没有资金数据"));
        money.AddRow(Cell("已支出"), Cell(p.HasFlows ? Wan(p.Spent) : "—"), Cell(""), Cell(p.HasFlows ? through : "没有资金数据"));
        money.AddRow(Cell("执行率"), Cell(p.ExecutionRate is { } rate ? P(rate) : "—"), Cell(""), Cell(p.ExecutionRate is null ? "" : "已支出 ÷ 预算数"));
        money.AddRow(Cell("支出进度（对时间进度）"), Cell(Ratio(p.Spending)), new Markup(Light(p.Spending.Light)), Cell(p.Spending.Explanation));
        if (p.Plan is { } plan)
            money.AddRow(Cell("支出进度（对支出计划）"), Cell(Ratio(plan)), new Markup(Light(plan.Light)), Cell(plan.Explanation));
        console.Write(money);

        if (p.Indicators.Count > 0)
        {
            var table = new Table().Title("绩效指标").AddColumns("二级指标", "三级指标", "目标值", "实际值", "日期", "完成度", "预期进度", "进度比", "灯", "说明");
            foreach (int c in new[] { 5, 6, 7 }) table.Columns[c].RightAligned();
            foreach (var i in p.Indicators)
            {
                string note = i.Progress.Light is null ? i.Progress.Explanation
                    : (i.Accumulates ? "累计型指标，按时间进度" : "任何时点都应达到") + (i.Completion.Note is { } n ? $"；{n}" : "");
                if (i.Reading.Note is { Length: > 0 } said) note += $"；单位说明：{said}";
                table.AddRow(Cell(IndicatorFramework.Name(i.Indicator.Level2)), Cell(i.Indicator.Name), Cell(i.Indicator.Target.Text),
                    Cell(i.Reading.Actual.Text), Cell(Iso(i.Reading.AsOf)), Cell(i.Share is { } s ? P(s) : "—"),
                    Cell(i.Expected is { } e ? P(e) : "—"), Cell(Ratio(i.Progress)), new Markup(Light(i.Progress.Light)), Cell(note));
            }
            console.Write(table);
        }
        if (p.Unread.Count > 0)
            console.MarkupLine($"[grey]未报实际值的指标（{p.Unread.Count} 个）：{Markup.Escape(string.Join("、", p.Unread.Select(u => u.Name)))}[/]");
        else if (p.Indicators.Count == 0)
            console.MarkupLine("[grey]没有年度绩效指标（未申报绩效目标）[/]");
        foreach (var w in p.Warnings)
            console.MarkupLine($"[yellow]预警[/]：{Markup.Escape(w.Message)}");
    }

    /// <summary>汇总：4 个项目；支出进度（对时间进度）红灯 1、黄灯 1、绿灯 2；… 预警 3 条。</summary>
    internal static string Summary(MonitoringReport report)
    {
        var projects = report.Projects;
        var parts = new List<string> { $"{projects.Count} 个项目" };
        parts.Add("支出进度（对时间进度）" + Counts(projects.Select(p => p.Spending.Light), blue: false));
        if (projects.Any(p => p.Plan is not null))
            parts.Add("支出进度（对支出计划）" + Counts(projects.Where(p => p.Plan is not null).Select(p => p.Plan!.Light), blue: false));
        parts.Add("绩效指标 " + Counts(projects.SelectMany(p => p.Indicators).Select(i => i.Progress.Light), blue: true));
        parts.Add($"预警 {projects.Sum(p => p.Warnings.Count)} 条");
        return "汇总：" + string.Join("；", parts) + "。";
    }

    private static string Counts(IEnumerable<MonitoringLight?> lights, bool blue)
    {
        var all = lights.ToList();
        var colours = new List<(MonitoringLight Light, string Name)> { (MonitoringLight.Red, "红灯"), (MonitoringLight.Yellow, "黄灯"), (MonitoringLight.Green, "绿灯") };
        if (blue) colours.Add((MonitoringLight.Blue, "蓝灯"));
        var text = colours.Select(c => $"{c.Name} {all.Count(l => l == c.Light)}").ToList();
        text.Add($"未亮灯 {all.Count(l => l is null)}");
        return string.Join("、", text);
    }

    /// <summary>The light with its colour: <c>● 红灯</c>; a grey dash when none.</summary>
    internal static string Light(MonitoringLight? light) => light switch
    {
        MonitoringLight.Red => "[red]● 红灯[/]",
        MonitoringLight.Yellow => "[yellow]● 黄灯[/]",
        MonitoringLight.Green => "[green]● 绿灯[/]",
        MonitoringLight.Blue => "[blue]● 蓝灯[/]",
        _ => "[grey]—[/]",
    };

    private static Spectre.Console.Text Cell(string text) => new(text);

    private static string Ratio(ProgressLight light) => light.RatioPercent is { } r ? Percent(r) : "—";

    private static string P(decimal share) => Percent(Math.Round(share * 100m, 2, MidpointRounding.AwayFromZero));

    private static string Percent(decimal percent) => percent.ToString("0.00", CultureInfo.InvariantCulture) + " %";

    private static string Points(decimal share) =>
        Math.Round(share * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + " 个百分点";

    /// <summary>Money in 万元 as the explanations write it: two decimals, more only when the 元 need them.</summary>
    internal static string Wan(Yuan y) => y.InWanYuan.ToString("#,##0.00####", CultureInfo.InvariantCulture) + " 万元";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
