using System.CommandLine;
using System.Globalization;
using Jixiao.Application.Templates;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao template -o budget.xlsx [--year 2023 | --from budget.json]</c>: writes the Excel workbook a finance officer
/// fills — the budget, the targets, the year's execution and the self-evaluation (docs/input-workbook.md) — blank for a
/// year, or filled with a data package or workbook to edit and import again.
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
        var from = new Option<string>("--from", "-f")
        {
            Description = "已有的数据包（.json）或填报工作簿（.xlsx）：生成填好其内容的工作簿（年度取自该文件），修改后可再导入",
            HelpName = "PACKAGE",
        };
        var command = new Command("template", "生成预算填报工作簿（每类数据一张工作表，含绩效目标、预算执行、绩效自评，以及说明和科目表）") { output, year, from };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (parse.GetValue(from) is { } source)
                return Filled(console, path, source, parse.GetResult(year) is { Implicit: false } ? parse.GetValue(year) : null);
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

    /// <summary>The workbook filled with the budget of <paramref name="source"/>, in that budget's year.</summary>
    private static int Filled(IAnsiConsole console, string path, string source, int? year)
    {
        int Fail(string message)
        {
            console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
            return 2;
        }
        if (!Documents.FileTypes.Of(source).IsBudget)
            return Fail($"{source}：--from 需要数据包（.json）或填报工作簿（.xlsx）");
        if (InputWorkbook.NameProblem(path) is { } name) return Fail(name);
        if (OutputFile.Problem(path, source) is { } problem) return Fail(problem);
        Budget.UnitBudget budget;
        try { budget = Documents.DocumentLoader.LoadBudget(source); }
        catch (Documents.DocumentReadException e) { return Fail($"无法读取 {e.Message}"); }
        if (year is { } y && y != budget.Year.Value)
            return Fail($"--year {y} 与 {Path.GetFileName(source)} 的预算年度 {budget.Year.Value} 不同（填好的工作簿用该文件的年度，不需要 --year）");
        IReadOnlyList<string> notes;
        try
        {
            notes = InputWorkbook.Write(path, budget);
        }
        catch (Exception e) when (OutputFile.IsWriteFailure(e))
        {
            return Fail(OutputFile.Describe(e, path));
        }
        console.MarkupLine($"已写出 {budget.Year.Value} 年预算填报工作簿（已填入 {Markup.Escape(budget.Unit.Name)} 的 {budget.Lines.Count} 行预算、{budget.Projects.Count} 个项目） → {Markup.Escape(path)}");
        foreach (var note in notes) console.MarkupLine(Markup.Escape(note));
        return 0;
    }
}
