using System.CommandLine;
using Jixiao.Cli.Rendering;
using Jixiao.Documents.Package;
using Jixiao.Documents.Text;
using Jixiao.Documents.Xlsx.Input;
using Jixiao.Rules;
using Jixiao.Rules.Budget;
using Jixiao.Tables;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao demo [-o DIR]</c>: Jixiao on its demo data, shipped inside the CLI — the published 2021 budget
/// disclosure of 兴隆县医疗保障局本级 (checked as a reviewer would) and the same budget as a data package in 元
/// (checked, then rendered as set H and set S tables in XLSX, HTML and JSON), plus the input workbook.
/// </summary>
public static class DemoCommand
{
    // The sets the demo renders.
    private static readonly string[] DemoSets = ["H", "S"];

    public static Command Create(IAnsiConsole console)
    {
        var output = new Option<string>("--output", "-o") { Description = "输出文件夹（没有时新建，其上级文件夹须已存在）", HelpName = "DIR", DefaultValueFactory = _ => "jixiao-demo" };
        var command = new Command("demo", "用内置示例数据（兴隆县医疗保障局 2021 年预算）演示检查与生成公开表") { output };
        command.SetAction(parse => Run(console, parse.GetValue(output)!));
        return command;
    }

    internal static int Run(IAnsiConsole console, string dir)
    {
        if (OutputFile.FolderProblem(dir) is { } problem)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
            return 2;
        }
        var writing = dir; // the file being written, named when writing fails
        try
        {
            Directory.CreateDirectory(dir);
            Show(console, dir, path => writing = path);
            return 0; // the demo ran; the seed's own errors are what it shows
        }
        catch (Exception e) when (OutputFile.IsWriteFailure(e))
        {
            console.MarkupLine($"[red]{Markup.Escape(OutputFile.Describe(e, writing))}[/]");
            return 2;
        }
    }

    private static void Show(IAnsiConsole console, string dir, Action<string> writing)
    {
        string To(string name) { var path = Path.Combine(dir, name); writing(path); return path; }
        var checker = new Checker();

        console.MarkupLine("[bold]1. 检查已公开的预算文本[/]（兴隆县医疗保障局本级 2021 年单位预算公开，内置示例）");
        var published = PublishedTextReader.Read(Resource("xinglong-2021-unit-budget.txt"), "xinglong-2021-unit-budget.txt");
        var report = checker.Check(published);
        CheckText.Write(console, report, showInfo: false);
        File.WriteAllText(To("xinglong-2021-check.json"), CheckJson.Write([report]));

        console.WriteLine();
        console.MarkupLine("[bold]2. 检查同一预算的数据包（元）[/]");
        var budget = UnitBudgetPackage.Parse(Resource("xinglong-2021.package.json"), "xinglong-2021.package.json");
        var exact = TableRenderer.Render(budget, TableSets.Get("H"), RenderPrecision.ExactYuan);
        exact.TargetForms.AddRange(Jixiao.Targets.TargetForms.AsDeclared(budget, Jixiao.Documents.Forms.TargetFormShapes.Of));
        var packageReport = PackageChecker.Merge(checker.Check(exact), new PackageChecker().Check(budget)) with { Source = "xinglong-2021.package.json" };
        CheckText.Write(console, packageReport, showInfo: false);
        File.WriteAllText(To("xinglong-2021.package.json"), Resource("xinglong-2021.package.json"));

        console.WriteLine();
        console.MarkupLine("[bold]3. 由数据包生成公开表（万元）[/]");
        foreach (var setId in DemoSets)
        {
            var tables = TableRenderer.Render(budget, TableSets.Get(setId), RenderPrecision.WanYuan);
            foreach (var format in Jixiao.Application.Tables.DisclosureTables.Formats)
            {
                var path = To($"xinglong-2021-set{setId}.{format.ToString().ToLowerInvariant()}");
                Jixiao.Application.Tables.DisclosureTables.Write(tables, format, path);
                console.MarkupLine($"  表套 {setId}，{tables.Tables.Count} 张表 → {Markup.Escape(path)}");
            }
        }
        var template = To("budget-template.xlsx");
        BudgetWorkbookTemplate.Write(template, budget.Year);
        console.MarkupLine($"  预算填报工作簿 → {Markup.Escape(template)}");
    }

    private static string Resource(string name) => Jixiao.Application.Demo.DemoFiles.Text(name);
}
