using System.CommandLine;
using System.Globalization;
using Jixiao.Application.Monitoring;
using Jixiao.Budget;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
using Jixiao.Monitoring;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao monitor PACKAGE --at 2023-06-30 [--json] [--thresholds FILE] [--project CODE]</c>: 绩效运行监控 (双监控) of a
/// data package's or workbook's projects at a date — spending against time and plan, indicators against what the date
/// expects, lights and warnings (docs/monitoring.md). <c>--at</c> is required: a monitoring is reported at a stated date
/// (6月30日, 12月31日), and a default taken from the data would change as data is added. Exit 0 when the report is made
/// (lights and warnings are its content, not errors), 2 when the input cannot be read or the command line is wrong.
/// </summary>
public static class MonitorCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var file = new Argument<string>("PACKAGE")
        {
            Description = "数据包（.json）或填报工作簿（.xlsx）；项目的执行数据（资金下达和支出、指标实际值）在数据包的 projects[].execution 中",
        }.RejectingUnknownOptions();
        var at = new Option<string>("--at")
        {
            Description = "监控日期 yyyy-MM-dd，须在预算年度内；按到该日为止的完整月份计（2023-06-30 为 6 个月，2023-06-15 为 5 个月）",
            HelpName = "DATE",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（供其他程序使用）" };
        var thresholds = new Option<string>("--thresholds")
        {
            Description = "本省的亮灯和预警阈值文件（JSON，格式见 docs/monitoring.md）；不给时用内置默认值（红灯 < 60 %，绿灯 ≥ 80 %，蓝灯 ≥ 120 %）",
            HelpName = "FILE",
        };
        var project = new Option<string>("--project") { Description = "只看一个项目（项目编码）", HelpName = "CODE" };
        var command = new Command("monitor", "绩效运行监控（双监控）：某一日期各项目的预算执行进度和绩效指标完成进度，亮灯并预警")
        {
            file, at, json, thresholds, project,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            bool asJson = parse.GetValue(json);
            string atText = parse.GetValue(at) ?? "";
            if (!DateOnly.TryParseExact(atText.Trim(), ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return UsageErrors.Write(parse, error, [$"--at 应为日期 yyyy-MM-dd（如 2023-06-30），给出的是“{atText}”"]);

            void Fail(string what, string detail)
            {
                if (asJson) error.WriteLine($"{what}：{detail}");
                else console.MarkupLine($"[red]{Markup.Escape(what)}[/]：{Markup.Escape(detail)}");
            }

            var limits = MonitoringThresholds.Default;
            if (parse.GetValue(thresholds) is { } thresholdsPath)
            {
                try { limits = MonitoringRun.LoadThresholds(thresholdsPath); }
                catch (DocumentReadException e)
                {
                    Fail("无法读取阈值文件", e.Message);
                    return 2;
                }
                catch (FormatException e)
                {
                    Fail("阈值文件有误", $"{thresholdsPath}：{e.Message}");
                    return 2;
                }
            }

            string path = parse.GetValue(file)!;
            UnitBudget budget;
            try { budget = MonitoringRun.LoadBudget(path); }
            catch (DocumentReadException e)
            {
                Fail("无法读取", e.Message);
                return 2;
            }
            if (date.Year != budget.Year.Value)
                return UsageErrors.Write(parse, error,
                    [$"监控日期 {atText.Trim()} 不在 {path} 的预算年度 {budget.Year.Value} 内（应在 {budget.Year.Value}-01-01 至 {budget.Year.Value}-12-31 之间）"]);

            var (report, problem) = MonitoringRun.At(path, budget, date, limits, parse.GetValue(project));
            if (report is null)
            {
                Fail("没有可监控的项目", problem!);
                return 2;
            }

            if (asJson) stdout.WriteLine(MonitoringJson.Write(budget, report));
            else MonitoringText.Write(console, budget, report);
            return 0;
        });
        return command;
    }
}
