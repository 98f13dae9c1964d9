using System.CommandLine;
using Jixiao.Documents;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary><c>jixiao read FILE</c>: shows what the reader recognised in a published document (tables, rows, figures, paragraphs).</summary>
public static class ReadCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "公开文本文件（.txt）" };
        var command = new Command("read", "显示从公开文件中识别出的表格和文字（用于核对读取结果）") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                var d = DocumentLoader.Load(path);
                console.MarkupLine($"[bold]{Markup.Escape(path)}[/]：{d.Kind}，表套 {d.Set.Id}，单位 {Markup.Escape(d.UnitCode + d.UnitName)}，年度 {d.Year}");
                foreach (var t in d.Tables)
                {
                    console.MarkupLine($"[bold]{Markup.Escape(t.Subject)}[/]（第{t.Line}行，{Markup.Escape(t.Unit)}）{Markup.Escape(t.Note ?? "")}");
                    foreach (var p in t.Parts)
                    {
                        var cols = p.Template.Columns.Where((c, i) => p.ColumnPresent[i]).Select(c => c.Label);
                        console.MarkupLine($"  [grey]{Markup.Escape(p.Template.Key)}: {Markup.Escape(string.Join(" | ", cols))}[/]");
                        foreach (var r in p.Rows)
                            console.MarkupLine($"    {Markup.Escape(r.Key)} {Markup.Escape(r.Label)}: {Markup.Escape(string.Join(" | ", r.Values.Where((v, i) => p.ColumnPresent[i]).Select(v => v?.Format() ?? "?")))}");
                    }
                }
                console.MarkupLine($"[bold]项目[/] {d.Projects.Count} 个");
                foreach (var pr in d.Projects) console.MarkupLine($"  {Markup.Escape(pr.Code ?? "")} {Markup.Escape(pr.Name)} {pr.Amount?.Format()} {pr.Unit}");
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
}
