using System.CommandLine;
using Jixiao.Budget;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
using Jixiao.Documents.Evaluations.Rendering;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Targets;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao forms INPUT -o OUT.xlsx|OUT.html [--project 片段]</c>: renders the project performance target forms of a
/// published text (as read) or of a data package / workbook (the projects that declared targets; their 年度 totals are
/// the projects' money in the budget lines), each in its layout, and the 绩效自评表 a published text holds (after the
/// target forms, in the same file). The format is the output's extension.
/// </summary>
public static class FormsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = new Argument<string>("INPUT") { Description = "公开文本（.txt）、数据包（.json）或填报工作簿（.xlsx）。公开文本按其所印格式输出，其中的绩效自评表（山西财政支出项目绩效自评表）也一并输出；数据包、工作簿中填了实施期（资金、指标、目标或多年项目期）的按山西申报表，其余按河北绩效目标表" }.RejectingUnknownOptions();
        var output = new Option<string>("--output", "-o") { Description = "输出文件：.xlsx（每张表一个工作表）或 .html；所在文件夹须已存在", HelpName = "OUT", Required = true };
        var project = new Option<string>("--project", "-p") { Description = "只输出项目编码或名称含 PROJECT 这一片段的表", HelpName = "PROJECT" };
        var command = new Command("forms", "按公开格式生成项目绩效目标表（山西申报表或河北绩效目标表）和公开文本中的绩效自评表（XLSX 或 HTML，同一文件中目标表在前）") { input, output, project };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            var format = Path.GetExtension(outPath).ToLowerInvariant() switch
            {
                ".xlsx" => "xlsx",
                ".html" or ".htm" => "html",
                _ => null,
            };
            if (format is null)
                return UsageErrors.Write(parse, parse.InvocationConfiguration.Error,
                    [$"无法从输出文件名“{Path.GetFileName(outPath)}”判断格式：请用扩展名 .xlsx、.html 或 .htm"]);
            if (OutputFile.Problem(outPath, path) is { } problem)
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return 2;
            }
            try
            {
                var (forms, evaluations, fromBudget) = Load(path);
                if (forms.Count + evaluations.Count == 0)
                {
                    console.MarkupLine($"[red]没有绩效目标表[/] {Markup.Escape(path)}：{Markup.Escape(NoFormsReason(path))}");
                    return 2;
                }
                var fragment = parse.GetValue(project);
                var chosen = fragment is not null ? Matching(forms, fragment) : forms;
                var chosenEvaluations = fragment is not null ? Matching(evaluations, fragment) : evaluations;
                if (chosen.Count + chosenEvaluations.Count == 0)
                {
                    console.MarkupLine($"[red]没有相符的表[/] 项目编码或名称都不含“{Markup.Escape(fragment!)}”（文件中共 {Count(forms.Count, evaluations.Count)}）");
                    return 2;
                }
                Warn(console, chosen, fromBudget);
                if (chosenEvaluations.Count == 0)
                {
                    if (format == "xlsx") TargetFormXlsxWriter.Write(chosen, outPath);
                    else TargetFormHtmlWriter.Write(chosen, outPath);
                }
                else if (format == "xlsx") SelfEvaluationXlsxWriter.Write(chosen, chosenEvaluations, outPath);
                else SelfEvaluationHtmlWriter.Write(chosen, chosenEvaluations, outPath);
                console.MarkupLine($"已写出 {Count(chosen.Count, chosenEvaluations.Count)} → {Markup.Escape(outPath)}");
                return 0;
            }
            catch (DocumentReadException e)
            {
                console.MarkupLine($"[red]无法读取[/] {Markup.Escape(e.Message)}");
                return 2;
            }
            catch (Exception e) when (OutputFile.IsWriteFailure(e))
            {
                console.MarkupLine($"[red]{Markup.Escape(OutputFile.Describe(e, outPath))}[/]");
                return 2;
            }
        });
        return command;
    }

    /// <summary>
    /// The forms of the file: as printed, or for a budget with their money from its lines; the self-evaluations of a
    /// published text, or those a package keeps as published (a unit's own are computed by <c>jixiao evaluate</c>).
    /// </summary>
    private static (IReadOnlyList<TargetForm> Forms, IReadOnlyList<SelfEvaluation> Evaluations, bool FromBudget) Load(string path)
    {
        if (File.Exists(path) && DocumentLoader.IsBudget(path))
        {
            var budget = DocumentLoader.LoadBudget(path);
            // the self-evaluations a package keeps as published (an imported document's): printed as they were
            return (TargetForms.AsDeclared(budget, Jixiao.Documents.Forms.TargetFormShapes.Of), budget.Projects.Select(p => p.PublishedEvaluation).OfType<SelfEvaluation>().ToList(), true);
        }
        var disclosure = DocumentLoader.Load(path);
        return (disclosure.TargetForms, disclosure.SelfEvaluations, false);
    }

    private static string NoFormsReason(string path) => DocumentLoader.IsBudget(path)
        ? "没有项目填报绩效目标，也没有公开的绩效自评表（单位自评请用 jixiao evaluate 生成）"
        : "文件中没有项目支出绩效目标申报表、绩效目标表或绩效自评表";

    /// <summary>“3 张绩效目标表”, “5 张绩效自评表”, or both joined.</summary>
    private static string Count(int forms, int evaluations) => (forms, evaluations) switch
    {
        (_, 0) => $"{forms} 张绩效目标表",
        (0, _) => $"{evaluations} 张绩效自评表",
        _ => $"{forms} 张绩效目标表和 {evaluations} 张绩效自评表",
    };

    /// <summary>The self-evaluations whose project name contains <paramref name="fragment"/> (spaces and full-width forms ignored).</summary>
    internal static IReadOnlyList<SelfEvaluation> Matching(IReadOnlyList<SelfEvaluation> evaluations, string fragment)
    {
        var wanted = IndicatorFramework.Compact(fragment);
        if (wanted.Length == 0) return evaluations;
        return evaluations.Where(e => IndicatorFramework.Compact(e.ProjectName).Contains(wanted, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The forms whose project code or name contains <paramref name="fragment"/> (spaces and full-width forms ignored).</summary>
    internal static IReadOnlyList<TargetForm> Matching(IReadOnlyList<TargetForm> forms, string fragment)
    {
        var wanted = IndicatorFramework.Compact(fragment);
        if (wanted.Length == 0) return forms;
        return forms.Where(f => IndicatorFramework.Compact(f.Project.Code).Contains(wanted, StringComparison.OrdinalIgnoreCase)
            || IndicatorFramework.Compact(f.Project.Name).Contains(wanted, StringComparison.Ordinal)).ToList();
    }

    /// <summary>What the rendered forms leave empty, and why: a field printed but unreadable, a total the budget lacks.</summary>
    private static void Warn(IAnsiConsole console, IReadOnlyList<TargetForm> forms, bool fromBudget)
    {
        foreach (var form in forms)
        {
            var name = Markup.Escape(form.Project.Name);
            foreach (var p in form.Problems)
                console.MarkupLine($"[yellow]注意[/] {name}（第{p.Line}行）：{Markup.Escape(p.Field)} 印作“{Markup.Escape(p.Printed)}”，应为{Markup.Escape(p.Expected)}，表中留空");
            if (fromBudget && form.Declaration.AnnualFunds.StatedTotal is null)
                console.MarkupLine($"[yellow]注意[/] {name}：预算明细中没有该项目的金额，年度资金总额留空");
        }
    }
}
