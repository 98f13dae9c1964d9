using System.CommandLine;
using Jixiao.Budget;
using Jixiao.Documents;
using Jixiao.Documents.Package;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary><c>jixiao import FILE -o package.json</c>: a filled workbook or a published text disclosure into a data package.</summary>
public static class ImportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = new Argument<string>("FILE") { Description = "填报工作簿（.xlsx）或公开文本（.txt）" };
        var output = new Option<string>("--output", "-o") { Description = "输出的数据包（.json）", Required = true };
        var command = new Command("import", "将填报工作簿或已公开的预算文本转换为数据包（元）") { input, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            try
            {
                var (budget, notes) = Load(path);
                UnitBudgetPackage.WriteFile(budget, outPath);
                foreach (var n in notes) console.MarkupLine($"[yellow]说明[/] {Markup.Escape(n)}");
                console.MarkupLine($"已导入 {Markup.Escape(budget.Unit.Code + budget.Unit.Name)} {budget.Year.Value} 年预算：{budget.Lines.Count} 条预算明细，{budget.Projects.Count} 个项目 → {Markup.Escape(outPath)}");
                return 0;
            }
            catch (Exception e) when (e is DocumentReadException or DocumentWriteException or IOException or UnauthorizedAccessException)
            {
                console.MarkupLine($"[red]导入失败[/] {Markup.Escape(e.Message)}");
                return 2;
            }
        });
        return command;
    }

    internal static (UnitBudget Budget, IReadOnlyList<string> Notes) Load(string path)
    {
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)) return (DocumentLoader.LoadBudget(path), []);
        var disclosure = DocumentLoader.Load(path);
        return Importer.FromDisclosure(disclosure, path);
    }
}
