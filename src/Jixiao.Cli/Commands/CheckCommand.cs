using System.CommandLine;
using Jixiao.Application.Checking;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
using Jixiao.Rules;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary><c>jixiao check FILE… [--json]</c>: exit 0 when no finding is an error, 1 when one is, 2 when a file cannot be read (or the command line is wrong).</summary>
public static class CheckCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var files = new Argument<string[]>("FILE") { Description = "要检查的文件：公开文件（.txt、.pdf、.xlsx、.docx、.html、.htm；.doc、.xls、.wps、.et 需安装 LibreOffice）、数据包（.json）或填报工作簿（.xlsx）；给出目录时检查其中（含子目录）所有这些文件", Arity = ArgumentArity.OneOrMore }.RejectingUnknownOptions();
        var json = new Option<bool>("--json") { Description = "以 JSON 输出结果" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "同时显示提示（如四舍五入差异）" };
        var set = new Option<string>("--set") { Description = "检查数据包、工作簿时生成的表套：H（河北 2021，9 张表）、S（山西 2023，13 张表）、N（全国基本表，8 张表），或省里自己的表套文件（.json，也用于识别公开文件）；公开文件按其自身的表套检查", HelpName = "H|S|N|FILE.json", DefaultValueFactory = _ => "H" };
        var annotate = new Option<string>("--annotate") { Description = "检查一个 PDF 时，另存一份标注了问题的副本：每个问题框在其单元格上，按严重程度着色并编号，页边列出本页问题", HelpName = "OUT.pdf" };
        var command = new Command("check", "按勾稽关系和文字规则检查预算公开文件、数据包或填报工作簿") { files, json, verbose, set, annotate };
        command.SetAction(parse =>
        {
            var paths = CheckBatch.Expand(parse.GetValue(files) ?? [], parse.InvocationConfiguration.Error.WriteLine);
            bool asJson = parse.GetValue(json);
            CheckService service;
            try
            {
                var (chosen, library) = Jixiao.Documents.UserData.UserTableSets.Resolve(parse.GetValue(set) ?? "H", Jixiao.Tables.TableSets.Current);
                service = new CheckService(chosen, library);
            }
            catch (Exception e) when (e is KeyNotFoundException or Jixiao.Tables.TableSetFileException) { console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]"); return 2; }
            var annotated = parse.GetValue(annotate);
            if (annotated is not null && (paths.Length != 1 || FileTypes.FormatOf(paths[0]) != FileFormat.Pdf))
            {
                console.MarkupLine("[red]--annotate 只能用于检查单个 PDF 文件[/]");
                return 2;
            }
            // Each report is printed as soon as those before it are, then let go: a province's 20,000 reports are never
            // held at once.
            bool unreadable = false, errors = false, first = true;
            DocumentReport? single = null;
            if (asJson) stdout.Write("{\n  \"documents\": [");
            CheckBatch.CheckEach(paths, service.Check, (_, result) =>
            {
                var (report, error) = result;
                if (report is null)
                {
                    unreadable = true;
                    if (asJson) parse.InvocationConfiguration.Error.WriteLine(error);
                    else console.MarkupLine($"[red]无法读取[/] {Markup.Escape(error!)}");
                    return;
                }
                errors |= report.HasErrors;
                if (annotated is not null) single = report;
                if (asJson)
                {
                    stdout.Write(first ? "\n" : ",\n");
                    stdout.Write(CheckJson.WriteDocument(report, indent: 4));
                    first = false;
                }
                else CheckText.Write(console, report, parse.GetValue(verbose));
            }, Progress);
            if (asJson) stdout.WriteLine(first ? "]\n}" : "\n  ]\n}");
            if (annotated is not null && (single is null || !Annotate(console, annotated, paths, [single]))) return 2;
            if (unreadable) return 2;
            return errors ? 1 : 0;
        });
        return command;
    }

    // --annotate: one PDF in, its annotated copy out (written whole or not at all).
    private static bool Annotate(IAnsiConsole console, string output, string[] paths, List<DocumentReport> reports)
    {
        if (FileTypes.OutputFormatOf(output) != OutputFormat.Pdf)
        {
            console.MarkupLine($"[red]{Markup.Escape(output)}：--annotate 的输出应为 .pdf 文件[/]");
            return false;
        }
        // not a device or pipe, not the checked file itself (after links are resolved)
        if (OutputFile.Problem(output, paths[0]) is { } problem)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
            return false;
        }
        try
        {
            CheckService.Annotate(paths[0], reports[0], output);
            Console.Error.WriteLine($"已写出标注副本 {output}");
            return true;
        }
        catch (DocumentReadException e) { console.MarkupLine($"[red]无法读取[/] {Markup.Escape(e.Message)}"); return false; }
        catch (DocumentWriteException e) { console.MarkupLine($"[red]无法写出[/] {Markup.Escape(e.Message)}"); return false; }
    }

    /// <summary>The checks of many files, as <see cref="CheckBatch.CheckAll"/> makes them (the command prints them as they come).</summary>
    internal static (DocumentReport? Report, string? Error)[] CheckAll(string[] paths, Func<string, DocumentReport> check) =>
        CheckBatch.CheckAll(paths, check);

    // A bureau checking thousands of files sees that the command is still going.
    private static void Progress(int done, int total)
    {
        if (total > 3 && (done % 100 == 0 || done == total)) Console.Error.WriteLine($"已检查 {done}/{total} 个文件");
    }
}
