using System.CommandLine;
using Jixiao.Codes;
using Jixiao.Documents.Xlsx.Input;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary><c>jixiao template -o budget.xlsx [--year 2023]</c>: writes the Excel workbook a finance officer fills.</summary>
public static class TemplateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var output = new Option<string>("--output", "-o") { Description = "输出的工作簿（.xlsx）", Required = true };
        var year = new Option<int>("--year", "-y") { Description = "预算年度（决定科目目录）", DefaultValueFactory = _ => Catalogs.CatalogSet.AvailableYears[^1] };
        var command = new Command("template", "生成预算填报工作簿（每类数据一张工作表，含说明和科目表）") { output, year };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            int y = parse.GetValue(year);
            if (!Catalogs.CatalogSet.AvailableYears.Contains(y))
            {
                console.MarkupLine($"[red]没有 {y} 年的科目目录[/]（现有：{string.Join("、", Catalogs.CatalogSet.AvailableYears)}）");
                return 2;
            }
            try
            {
                BudgetWorkbookTemplate.Write(path, new FiscalYear(y));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Documents.DocumentWriteException)
            {
                console.MarkupLine($"[red]无法写出[/] {Markup.Escape(path)}：{Markup.Escape(e.Message)}");
                return 2;
            }
            console.MarkupLine($"已写出 {y} 年预算填报工作簿 → {Markup.Escape(path)}");
            return 0;
        });
        return command;
    }
}
