using System.CommandLine;
using Jixiao.Application.Import;
using Jixiao.Documents;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao import FILE -o package.json</c>: a filled workbook (.xlsx) or a published text (.txt: a budget disclosure,
/// target forms, published self-evaluations) into a data package.
/// </summary>
public static class ImportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = new Argument<string>("FILE") { Description = "填报工作簿（.xlsx），或公开文件（.txt、.pdf、公开的 .xlsx、.docx、.html；.doc、.xls、.wps、.et 需安装 LibreOffice）：预算公开文件（其中的绩效目标表随项目导入），或只有绩效目标表、绩效自评表的文件（数据包只含项目及其绩效目标、公开的绩效自评表，没有预算行）" }.RejectingUnknownOptions();
        var output = new Option<string>("--output", "-o") { Description = "输出的数据包（.json）；所在文件夹须已存在", HelpName = "OUT", Required = true };
        var command = new Command("import", "将填报工作簿、已公开的预算文本、绩效目标表或绩效自评表转换为数据包（元）") { input, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            // the other commands know a package by its .json: written under another name it would not be read back
            if (FileTypes.OutputFormatOf(outPath) != OutputFormat.Json)
            {
                console.MarkupLine($"[red]{Markup.Escape($"输出文件“{Path.GetFileName(outPath)}”应为数据包（扩展名 .json）")}[/]");
                return 2;
            }
            if (OutputFile.Problem(outPath, path) is { } problem)
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return 2;
            }
            ImportResult imported;
            try { imported = Importer.Load(path); }
            catch (DocumentReadException e)
            {
                console.MarkupLine($"[red]导入失败[/] {Markup.Escape(e.Message)}");
                return 2;
            }
            try { Importer.Write(imported, outPath); }
            catch (Exception e) when (OutputFile.IsWriteFailure(e))
            {
                console.MarkupLine($"[red]{Markup.Escape(OutputFile.Describe(e, outPath))}[/]");
                return 2;
            }
            var budget = imported.Budget;
            foreach (var n in imported.Notes) console.MarkupLine($"[yellow]说明[/] {Markup.Escape(n)}");
            // A unit without a printed code is coded by its name: said once.
            var unit = budget.Unit.Code == budget.Unit.Name ? budget.Unit.Name : budget.Unit.Code + budget.Unit.Name;
            int declared = budget.Projects.Count(p => p.Targets is not null);
            int evaluated = budget.Projects.Count(p => p.PublishedEvaluation is not null);
            int executed = budget.Projects.Count(p => p.Execution is { IsEmpty: false });
            int ownEvaluations = budget.Projects.Count(p => p.Evaluation is not null);
            var forms = string.Join("，", new[]
            {
                (declared, "有绩效目标"), (executed, "有执行数据"), (ownEvaluations, "有自评录入"), (evaluated, "有公开的绩效自评表"),
            }.Where(f => f.Item1 > 0).Select(f => $"{f.Item1} 个{f.Item2}"));
            if (forms.Length > 0) forms = $"（{forms}）";
            // a package of forms alone holds no budget, only its year's projects
            var what = budget.Lines.Count == 0 && budget.Projects.Count > 0 ? "数据" : "预算";
            console.MarkupLine($"已导入 {Markup.Escape(unit)} {budget.Year.Value} 年{what}：{budget.Lines.Count} 条预算明细，{budget.Projects.Count} 个项目{forms} → {Markup.Escape(outPath)}");
            return 0;
        });
        return command;
    }
}
