using System.CommandLine;
using Jixiao.Application.Forms;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
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
            if (FileTypes.OutputFormatOf(outPath) is not { } format || !FormFiles.Formats.Contains(format))
                return UsageErrors.Write(parse, parse.InvocationConfiguration.Error,
                    [$"无法从输出文件名“{Path.GetFileName(outPath)}”判断格式：请用扩展名 .xlsx、.html 或 .htm"]);
            if (OutputFile.Problem(outPath, path) is { } problem)
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return 2;
            }
            try
            {
                var all = FormFiles.Load(path);
                if (all.IsEmpty)
                {
                    console.MarkupLine($"[red]没有绩效目标表[/] {Markup.Escape(path)}：{Markup.Escape(FormFiles.NoFormsReason(path))}");
                    return 2;
                }
                var fragment = parse.GetValue(project);
                var chosen = fragment is not null ? all.Matching(fragment) : all;
                if (chosen.IsEmpty)
                {
                    console.MarkupLine($"[red]没有相符的表[/] 项目编码或名称都不含“{Markup.Escape(fragment!)}”（文件中共 {Count(all)}）");
                    return 2;
                }
                foreach (var warning in chosen.Warnings()) console.MarkupLine($"[yellow]注意[/] {Markup.Escape(warning)}");
                FormFiles.Write(chosen, format, outPath);
                console.MarkupLine($"已写出 {Count(chosen)} → {Markup.Escape(outPath)}");
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

    /// <summary>“3 张绩效目标表”, “5 张绩效自评表”, or both joined.</summary>
    private static string Count(FormSet forms) => (forms.Forms.Count, forms.Evaluations.Count) switch
    {
        (var f, 0) => $"{f} 张绩效目标表",
        (0, var e) => $"{e} 张绩效自评表",
        var (f, e) => $"{f} 张绩效目标表和 {e} 张绩效自评表",
    };
}
