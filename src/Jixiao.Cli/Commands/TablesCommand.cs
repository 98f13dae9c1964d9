using System.CommandLine;
using Jixiao.Application.Tables;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao tables PACKAGE --set S|H [--format xlsx|html|json] -o OUT</c>: renders a data package's disclosure tables
/// (万元, rounded so that printed sums add up). A published document (.txt, .pdf, published .xlsx …) is re-laid out from what was read. The format
/// is the output file's extension unless <c>--format</c> says otherwise.
/// </summary>
public static class TablesCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = new Argument<string>("PACKAGE") { Description = "数据包（.json）、填报工作簿（.xlsx）或公开文件（.txt、.pdf、.xlsx、.docx、.html …，按读到的表重新排版）" }.RejectingUnknownOptions();
        var set = new Option<string>("--set") { Description = "数据包、工作簿生成的表套：H（河北 2021，9 张表）、S（山西 2023，13 张表）、N（全国基本表，8 张表），或省里自己的表套文件（.json，也用于识别公开文件）", HelpName = "H|S|N|FILE.json", DefaultValueFactory = _ => "H" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：xlsx、html 或 json；不给时按输出文件的扩展名（.xlsx、.html、.htm、.json）", HelpName = "xlsx|html|json" };
        var output = new Option<string>("--output", "-o") { Description = "输出文件；所在文件夹须已存在", HelpName = "OUT", Required = true };
        var command = new Command("tables", "由数据包生成预算公开表（万元，合计与分项相加一致）") { input, set, format, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            var byExtension = FileTypes.OutputFormatOf(outPath) is { } byName && DisclosureTables.Formats.Contains(byName) ? byName : (OutputFormat?)null;
            OutputFormat fmt;
            if (parse.GetValue(format) is { } given)
            {
                if (FileTypes.OutputFormatNamed(given) is not { } named || !DisclosureTables.Formats.Contains(named))
                    return UsageErrors.Write(parse, parse.InvocationConfiguration.Error, [$"不支持的格式“{given}”（应为 xlsx、html 或 json）"]);
                fmt = named;
                if (byExtension is not null && byExtension != fmt)
                    console.MarkupLine($"[yellow]注意[/] 输出文件的扩展名是“{Markup.Escape(FileTypes.Extension(outPath))}”，按 --format 写出的却是 {given.ToLowerInvariant()}");
            }
            else if (byExtension is { } f) fmt = f;
            else return UsageErrors.Write(parse, parse.InvocationConfiguration.Error,
                [$"无法从输出文件名“{Path.GetFileName(outPath)}”判断格式：请用扩展名 .xlsx、.html、.json，或用 --format 指定 xlsx、html 或 json"]);

            if (OutputFile.Problem(outPath, path) is { } problem)
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return 2;
            }
            try
            {
                var (chosen, library) = Jixiao.Documents.UserData.UserTableSets.Resolve(parse.GetValue(set) ?? "H", Jixiao.Tables.TableSets.Current);
                var disclosure = DisclosureTables.Load(path, chosen, library);
                DisclosureTables.Write(disclosure, fmt, outPath);
                console.MarkupLine($"已写出 {disclosure.Tables.Count} 张表（表套 {disclosure.Set.Id}）→ {Markup.Escape(outPath)}");
                return 0;
            }
            catch (Exception e) when (e is DocumentReadException or KeyNotFoundException or Jixiao.Tables.TableSetFileException)
            {
                console.MarkupLine($"[red]失败[/] {Markup.Escape(e.Message)}");
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
}
