using System.CommandLine;
using Jixiao.Application.Evaluation;
using Jixiao.Budget;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
using Jixiao.Evaluations.Scoring;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao evaluate PACKAGE [--project CODE] [--template shanxi|national|FILE] [--json] [-o OUT.xlsx|OUT.html]</c>:
/// a project's own self-evaluation (单位自评) computed from the package — its lines, execution data and the evaluator's
/// entries — for every project with an <c>evaluation</c> (or the ones chosen): the score table with how each score
/// follows, the total and the grade; <c>-o</c> writes the filled forms. Exit 0 when every item is scored, 1 when an
/// item is rejected or unscored (the evaluation is incomplete), 2 for bad input.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var input = new Argument<string>("PACKAGE") { Description = "数据包（.json）或填报工作簿（.xlsx）：预算明细给出预算资金，项目的 execution（执行数据）给出资金下达、支出和指标实际完成值，evaluation 给出评价人的评分和说明" }.RejectingUnknownOptions();
        var project = new Option<string>("--project", "-p") { Description = "只评价项目编码为 CODE，或编码、名称含这一片段的项目（不论是否填了 evaluation）", HelpName = "CODE" };
        var template = new Option<string>("--template", "-t") { Description = "评分模板：national（财预〔2020〕10号项目支出绩效自评表）、shanxi（山西财政支出项目绩效自评表），或省里自己的模板文件（.json）；不给时用各项目 evaluation 中的 template", HelpName = "shanxi|national|FILE" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出评分表（供其他程序使用）" };
        var output = new Option<string>("--output", "-o") { Description = "把自评表写入文件：.xlsx（每个项目一个工作表）或 .html；山西模板按山西财政支出项目绩效自评表，其余按项目支出绩效自评表；所在文件夹须已存在", HelpName = "OUT" };
        var command = new Command("evaluate", "计算项目的绩效自评：资金、指标完成情况按公式计分，评价人评分核对在分值和档次内，给出各部分得分、总分和等次；可生成自评表（XLSX 或 HTML）。有评分项未能评分（评价未完成）时退出码为 1") { input, project, template, json, output };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            bool asJson = parse.GetValue(json);
            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output);
            OutputFormat format = default;
            if (outPath is not null)
            {
                if (FileTypes.OutputFormatOf(outPath) is not { } named || !OwnEvaluations.Formats.Contains(named))
                    return UsageErrors.Write(parse, error, [$"无法从输出文件名“{Path.GetFileName(outPath)}”判断格式：请用扩展名 .xlsx、.html 或 .htm"]);
                format = named;
            }

            void Fail(string message)
            {
                if (asJson) error.WriteLine(message);
                else console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
            }

            ScoreTemplate? chosenTemplate = null;
            if (parse.GetValue(template) is { } t)
            {
                var (resolved, problem) = OwnEvaluations.ResolveTemplate(t);
                if (problem is not null)
                {
                    if (resolved is null && !File.Exists(t)) return UsageErrors.Write(parse, error, [problem]);
                    Fail(problem);
                    return 2;
                }
                chosenTemplate = resolved;
            }
            if (outPath is not null && OutputFile.Problem(outPath, path, parse.GetValue(template)) is { } outProblem) { Fail(outProblem); return 2; }
            if (!FileTypes.Of(path).IsBudget)
            {
                Fail($"{path}：jixiao evaluate 需要数据包（.json）或填报工作簿（.xlsx），项目的执行数据和评价录入在其中");
                return 2;
            }

            UnitBudget budget;
            try { budget = DocumentLoader.LoadBudget(path); }
            catch (DocumentReadException e) { Fail($"无法读取 {e.Message}"); return 2; }

            var run = OwnEvaluations.Evaluate(path, budget, parse.GetValue(project), chosenTemplate);
            if (run.Problem is not null)
            {
                Fail(run.Problem);
                return 2;
            }
            var evaluations = run.Evaluations;

            if (asJson) stdout.WriteLine(EvaluationJson.Write(path, evaluations));
            else EvaluationText.Write(console, evaluations);

            if (outPath is not null)
            {
                try
                {
                    OwnEvaluations.WriteForms(evaluations, format, outPath);
                }
                catch (Exception e) when (OutputFile.IsWriteFailure(e))
                {
                    Fail(OutputFile.Describe(e, outPath));
                    return 2;
                }
                var written = $"已写出 {evaluations.Count} 张绩效自评表 → {outPath}";
                if (asJson) error.WriteLine(written);
                else console.MarkupLine(Markup.Escape(written));
            }
            return run.IsComplete ? 0 : 1;
        });
        return command;
    }
}
