using System.CommandLine;
using Jixiao.Budget;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Money;
using Jixiao.Targets;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao forms INPUT -o OUT.xlsx|OUT.html [--project 片段]</c>: renders the project performance target forms of a
/// published text (as read) or of a data package / workbook (the projects that declared targets; their 年度 totals are
/// the projects' money in the budget lines), each in its layout. The format is the output's extension.
/// </summary>
public static class FormsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = new Argument<string>("INPUT") { Description = "公开文本（.txt）、数据包（.json）或填报工作簿（.xlsx）。公开文本按其所印格式输出；数据包、工作簿中填了实施期（资金、指标、目标或多年项目期）的按山西申报表，其余按河北绩效目标表" }.RejectingUnknownOptions();
        var output = new Option<string>("--output", "-o") { Description = "输出文件：.xlsx（每张表一个工作表）或 .html；所在文件夹须已存在", HelpName = "OUT", Required = true };
        var project = new Option<string>("--project", "-p") { Description = "只输出项目编码或名称含 PROJECT 这一片段的表", HelpName = "PROJECT" };
        var command = new Command("forms", "按公开格式（山西申报表或河北绩效目标表）生成项目绩效目标表（XLSX 或 HTML）") { input, output, project };
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
            if (OutputFile.Problem(outPath) is { } problem)
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return 2;
            }
            try
            {
                var (forms, fromBudget) = Load(path);
                if (forms.Count == 0)
                {
                    console.MarkupLine($"[red]没有绩效目标表[/] {Markup.Escape(path)}：{Markup.Escape(NoFormsReason(path))}");
                    return 2;
                }
                var chosen = parse.GetValue(project) is { } fragment ? Matching(forms, fragment) : forms;
                if (chosen.Count == 0)
                {
                    console.MarkupLine($"[red]没有相符的绩效目标表[/] 项目编码或名称都不含“{Markup.Escape(parse.GetValue(project)!)}”（文件中共 {forms.Count} 张）");
                    return 2;
                }
                Warn(console, chosen, fromBudget);
                if (format == "xlsx") TargetFormXlsxWriter.Write(chosen, outPath);
                else TargetFormHtmlWriter.Write(chosen, outPath);
                console.MarkupLine($"已写出 {chosen.Count} 张绩效目标表 → {Markup.Escape(outPath)}");
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

    /// <summary>The forms of the file: as printed, or for a budget with their money from its lines.</summary>
    private static (IReadOnlyList<TargetForm> Forms, bool FromBudget) Load(string path)
    {
        if (File.Exists(path) && DocumentLoader.IsBudget(path)) return (TargetForms.AsDeclared(DocumentLoader.LoadBudget(path)), true);
        return (DocumentLoader.Load(path).TargetForms, false);
    }

    private static string NoFormsReason(string path) => DocumentLoader.IsBudget(path)
        ? "没有项目填报绩效目标"
        : "文件中没有项目支出绩效目标申报表或绩效目标表";

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
