using System.CommandLine;
using System.Globalization;
using Jixiao.Application.Templates;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao template -o budget.xlsx [--year 2023]</c>: writes the Excel workbook a finance officer fills — the budget, the
/// targets, the year's execution and the self-evaluation (docs/input-workbook.md).
/// </summary>
public static class TemplateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var output = new Option<string>("--output", "-o") { Description = "输出的工作簿（.xlsx）；所在文件夹须已存在", HelpName = "OUT", Required = true };
        var year = new Option<int>("--year", "-y")
        {
            Description = "预算年度（决定科目目录；默认为最新经确认的年度）",
            HelpName = "YEAR",
            DefaultValueFactory = _ => Catalogs.CatalogSet.LatestConfirmedYear,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int y)) return y;
                result.AddError($"--year 的值“{text}”不是年份（应为如 2023 的四位数字）");
                return 0;
            },
        };
        var command = new Command("template", "生成预算填报工作簿（每类数据一张工作表，含绩效目标、预算执行、绩效自评，以及说明和科目表）") { output, year };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            int y = parse.GetValue(year);
            if (!InputWorkbook.HasCatalogs(y))
            {
                console.MarkupLine($"[red]没有 {y} 年的科目目录[/]（现有：{Catalogs.CatalogSet.AvailableYearsText}）");
                return 2;
            }
            if (InputWorkbook.NameProblem(path) is { } name)
            {
                console.MarkupLine($"[red]{Markup.Escape(name)}[/]");
                return 2;
            }
            // Checked here: the workbook library would create a missing folder.
            if (OutputFile.Problem(path) is { } problem)
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return 2;
            }
            string? note;
            try
            {
                note = InputWorkbook.Write(path, y);
            }
            catch (Exception e) when (OutputFile.IsWriteFailure(e))
            {
                console.MarkupLine($"[red]{Markup.Escape(OutputFile.Describe(e, path))}[/]");
                return 2;
            }
            console.MarkupLine($"已写出 {y} 年预算填报工作簿 → {Markup.Escape(path)}");
            if (note is not null) console.MarkupLine(Markup.Escape(note));
            return 0;
        });
        return command;
    }
}
