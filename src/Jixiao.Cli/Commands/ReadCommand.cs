using System.CommandLine;
using Jixiao.Disclosures;
using Jixiao.Documents;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary><c>jixiao read FILE</c>: shows what the reader recognised in a published document (tables, rows, figures, paragraphs).</summary>
public static class ReadCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "公开文本文件（.txt）" }.RejectingUnknownOptions();
        var command = new Command("read", "显示从公开文件中识别出的表格和文字（用于核对读取结果）") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                if (File.Exists(path) && FileTypes.Of(path).IsBudget)
                    throw new DocumentReadException(path, "read 只显示公开文本（.txt）的读取结果；数据包（.json）和填报工作簿（.xlsx）请用 check 或 tables");
                var d = DocumentLoader.Load(path);
                console.MarkupLine($"[bold]{Markup.Escape(path)}[/]：{Markup.Escape(Summary(d))}");
                foreach (var t in d.Tables)
                {
                    console.MarkupLine($"[bold]{Markup.Escape(t.Subject)}[/]（第{t.Line}行，{Markup.Escape(t.Unit)}）{Markup.Escape(t.Note ?? "")}");
                    foreach (var p in t.Parts)
                    {
                        var cols = p.Template.Columns.Where((c, i) => p.ColumnPresent[i]).Select(c => c.LabelFor(d.Year?.Value));
                        console.MarkupLine($"  [grey]{Markup.Escape(p.Template.Key)}: {Markup.Escape(string.Join(" | ", cols))}[/]");
                        foreach (var r in p.Rows)
                            console.MarkupLine($"    {Markup.Escape(r.Key)} {Markup.Escape(r.Label)}: {Markup.Escape(string.Join(" | ", r.Values.Where((v, i) => p.ColumnPresent[i]).Select(v => v?.Format() ?? "?")))}");
                    }
                }
                console.MarkupLine($"[bold]项目[/] {d.Projects.Count} 个");
                foreach (var pr in d.Projects) console.MarkupLine($"  {Markup.Escape(pr.Code ?? "")} {Markup.Escape(pr.Name)} {pr.Amount?.Format()} {pr.Unit}");
                if (d.TargetForms.Count > 0)
                {
                    console.MarkupLine($"[bold]绩效目标申报表[/] {d.TargetForms.Count} 张");
                    foreach (var form in d.TargetForms)
                    {
                        var t = form.Declaration;
                        console.MarkupLine($"  第{form.Line}行 {Markup.Escape(form.Project.Name)}：实施期 {Money(t.ImplementationFunds.StatedTotal)}，年度 {Money(t.AnnualFunds.StatedTotal)}，"
                            + $"指标 实施期 {t.ImplementationIndicators.Count} 个、年度 {t.AnnualIndicators.Count} 个");
                        foreach (var i in t.AnnualIndicators)
                            console.MarkupLine($"    [grey]{Markup.Escape(Jixiao.Targets.IndicatorFramework.Name(i.Level2))}[/] {Markup.Escape(i.Name)}：{Markup.Escape(i.Target.Text)}");
                    }
                }
                if (d.SelfEvaluations.Count > 0)
                {
                    console.MarkupLine($"[bold]绩效自评表[/] {d.SelfEvaluations.Count} 张");
                    foreach (var e in d.SelfEvaluations)
                    {
                        console.MarkupLine($"  {Markup.Escape(e.ProjectName)}：预算 {Money(e.Funds.BudgetedTotal)}，下达 {Money(e.Funds.Released)}，支出 {Money(e.Funds.SpentTotal)}；"
                            + $"指标 {e.Indicators.Count} 个，评分 {e.Scores.Count} 项，综合得分 {Score(e.Total?.Score)}，等次 {Markup.Escape(e.Grade ?? "（未填）")}");
                        foreach (var i in e.Indicators)
                            console.MarkupLine($"    [grey]{Markup.Escape(Jixiao.Targets.IndicatorFramework.Name(i.Level2))}[/] {Markup.Escape(i.Name)}：{Markup.Escape(i.Target.Text)} → {Markup.Escape(i.Actual.Text)}（{Markup.Escape(i.StatedProgress ?? "")}）");
                        foreach (var s in e.Sections)
                            console.MarkupLine($"    [grey]{Markup.Escape(s.Section)}[/] {s.Points} → {Score(s.Score)}：{Markup.Escape(string.Join("、", e.Scores.Where(x => x.Section == s.Section).Select(x => $"{x.Name} {Score(x.Score)}/{x.Points}")))}");
                    }
                }
                console.MarkupLine($"[bold]段落[/] {d.Paragraphs.Count} 段");
                foreach (var para in d.Paragraphs.Take(200))
                    console.MarkupLine($"  [grey]{para.Line} [[{Markup.Escape(para.Section)}]][/] {Markup.Escape(para.Text.Length > 80 ? para.Text[..80] + "…" : para.Text)}");
                return 0;
            }
            catch (DocumentReadException e)
            {
                console.MarkupLine($"[red]无法读取[/] {Markup.Escape(e.Message)}");
                return 2;
            }
        });
        return command;
    }

    private static string Score(decimal? score) => score is { } s ? s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "（未填）";

    /// <summary>“单位预算公开，表套 H，单位 362001兴隆县医疗保障局本级，年度 2021”: only what the document has.</summary>
    private static string Money(Jixiao.Money.Yuan? yuan) =>
        yuan is { } y ? y.Value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture) + " 元" : "（未填）";

    internal static string Summary(Disclosure d)
    {
        var parts = new List<string> { d.Kind.ToChinese() };
        if (d.Tables.Count > 0) parts.Add($"表套 {d.Set.Id}");
        var unit = $"{d.UnitCode}{d.UnitName}";
        if (unit.Length > 0) parts.Add($"单位 {unit}");
        if (d.Year is { } year) parts.Add($"年度 {year.Value}");
        return string.Join("，", parts);
    }
}
