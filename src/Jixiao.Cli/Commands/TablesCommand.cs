using System.CommandLine;
using Jixiao.Disclosures;
using Jixiao.Documents;
using Jixiao.Documents.Html;
using Jixiao.Documents.Json;
using Jixiao.Documents.Xlsx;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao tables PACKAGE --set S|H --format xlsx|html|json -o OUT</c>: renders a data package's disclosure tables
/// (万元, rounded so that printed sums add up). A published text (.txt) is re-laid out from what was read.
/// </summary>
public static class TablesCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = new Argument<string>("PACKAGE") { Description = "数据包（.json）、填报工作簿（.xlsx）或公开文本（.txt）" };
        var set = new Option<string>("--set") { Description = "表套：H（河北 2021，9 张表）或 S（山西 2023，13 张表）", DefaultValueFactory = _ => "H" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：xlsx、html 或 json", DefaultValueFactory = _ => "xlsx" };
        var output = new Option<string>("--output", "-o") { Description = "输出文件", Required = true };
        var command = new Command("tables", "由数据包生成预算公开表（万元，合计与分项相加一致）") { input, set, format, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var fmt = (parse.GetValue(format) ?? "xlsx").ToLowerInvariant();
            var outPath = parse.GetValue(output)!;
            if (fmt is not ("xlsx" or "html" or "json"))
            {
                console.MarkupLine($"[red]不支持的格式[/]“{Markup.Escape(fmt)}”（应为 xlsx、html 或 json）");
                return 2;
            }
            try
            {
                var disclosure = TablesSource.Load(path, parse.GetValue(set) ?? "H");
                Write(disclosure, fmt, outPath);
                console.MarkupLine($"已写出 {disclosure.Tables.Count} 张表（表套 {disclosure.Set.Id}）→ {Markup.Escape(outPath)}");
                return 0;
            }
            catch (Exception e) when (e is DocumentReadException or DocumentWriteException or KeyNotFoundException)
            {
                console.MarkupLine($"[red]失败[/] {Markup.Escape(e.Message)}");
                return 2;
            }
        });
        return command;
    }

    internal static void Write(Disclosure disclosure, string format, string path)
    {
        switch (format)
        {
            case "xlsx": DisclosureXlsxWriter.Write(disclosure, path); break;
            case "html": DisclosureHtmlWriter.Write(disclosure, path); break;
            default: DisclosureJsonWriter.Write(disclosure, path); break;
        }
    }
}
