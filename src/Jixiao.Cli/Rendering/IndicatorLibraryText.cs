using System.Globalization;
using Jixiao.Cli.Commands;
using Jixiao.Targets;
using Jixiao.Targets.Library;
using Spectre.Console;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The text of <c>jixiao indicators</c>: where the library comes from, the projects like the <c>--like</c> text, and
/// a table per 二级 (三级指标, 用过的项目数, 常用单位, 常见指标值, 示例项目); counts in brackets are numbers of forms.
/// </summary>
internal static class IndicatorLibraryText
{
    private const int ShownUnits = 3;
    private const int ShownValues = 3;
    private const int ShownProjects = 3;
    private const int DescriptionLength = 30;

    public static void Write(IAnsiConsole console, LibrarySources sources, IndicatorSelection selection, int top)
    {
        WriteSources(console, sources);
        if (selection.Category is { } category)
            console.MarkupLine($"类别：{Markup.Escape(CategoryPath(category))}");
        if (selection.Like is { } like) WriteSimilar(console, like, selection.SimilarProjects, sources.Sources.Count > 1);

        bool marked = selection.Indicators.Any(i => i.UsedBySimilar.Count > 0);
        var shown = new HashSet<Level2Indicator>();
        foreach (var group in selection.Indicators.GroupBy(i => i.Entry.Level2))
        {
            shown.Add(group.Key);
            var rows = group.ToList();
            console.WriteLine();
            var title = $"{IndicatorFramework.Name(IndicatorFramework.Parent(group.Key))} › {IndicatorFramework.Name(group.Key)}：{rows.Count} 个三级指标";
            if (rows.Count > top) title += $"，列出前 {top} 个（--top 可调整）";
            console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
            var table = new Table().AddColumns("三级指标", "用过的项目数", "常用单位", "常见指标值", "示例项目");
            table.Columns[1].RightAligned();
            foreach (var row in rows.Take(top)) table.AddRow(Name(row), row.Entry.Forms.ToString(CultureInfo.InvariantCulture), Units(row.Entry), Values(row.Entry), Projects(row));
            console.Write(table);
        }

        console.WriteLine();
        var absent = IndicatorFramework.Level2InOrder.Where(l => (selection.Category?.Includes(l) ?? true) && !shown.Contains(l)).ToList();
        if (absent.Count > 0)
            console.MarkupLine($"没有三级指标的二级指标：{Markup.Escape(string.Join("、", absent.Select(IndicatorFramework.Name)))}");
        console.MarkupLine("[grey]括号内为用到的绩效目标表张数；同一张表两栏（实施期、年度）都有的只计一次。[/]"
            + (marked ? "[grey]★ 为相似项目用过的指标。[/]" : ""));
    }

    private static void WriteSources(IAnsiConsole console, LibrarySources sources)
    {
        int forms = sources.Sources.Sum(s => s.Forms);
        var from = sources.Demo ? "内置示例（未给出文件）" : $" {sources.Sources.Count} 个文件";
        console.MarkupLine($"[bold]指标库[/]：{forms} 张绩效目标表中的 {sources.Library.Entries.Count} 个三级指标，来自{Markup.Escape(from)}：");
        // A bureau's folder of thousands of files: name a few, count the rest.
        const int Named = 10;
        foreach (var s in sources.Sources.Take(Named))
            console.MarkupLine($"  {Markup.Escape(s.Title is null ? s.Name : $"{s.Title}（{s.Name}）")}：{s.Forms} 张");
        if (sources.Sources.Count > Named) console.MarkupLine($"  …… 另有 {sources.Sources.Count - Named} 个文件");
        if (sources.Skipped.Count > 0)
        {
            console.MarkupLine($"  [yellow]跳过 {sources.Skipped.Count} 个文件[/]（没有绩效目标表或无法读取）：");
            foreach (var (file, reason) in sources.Skipped.Take(Named))
                console.MarkupLine($"    {Markup.Escape(reason.StartsWith(file, StringComparison.Ordinal) ? reason : $"{file}：{reason}")}");
            if (sources.Skipped.Count > Named) console.MarkupLine($"    …… 另有 {sources.Skipped.Count - Named} 个");
        }
    }

    private static void WriteSimilar(IAnsiConsole console, string like, IReadOnlyList<SimilarProject> similar, bool showSource)
    {
        console.WriteLine();
        if (similar.Count == 0)
        {
            console.MarkupLine($"没有与“{Markup.Escape(like)}”相似的项目（项目名称和总体目标中没有共同的两字词），以下按使用次数列出。");
            return;
        }
        console.MarkupLine($"[bold]与“{Markup.Escape(like)}”最相似的项目[/]（名称与总体目标的两字组相似度），其指标排在各组前面并标 ★：");
        var table = new Table().AddColumns("项目", "相似度");
        if (showSource) table.AddColumn("来源");
        table.Columns[1].RightAligned();
        foreach (var s in similar)
        {
            var cells = new List<string> { Markup.Escape(s.Project.Name), Percent(s.Similarity) };
            if (showSource) cells.Add(Markup.Escape(s.Project.Source ?? ""));
            table.AddRow([.. cells]);
        }
        console.Write(table);
    }

    private static string CategoryPath(IndicatorCategory c) =>
        c.Level2 is { } l2 ? $"{IndicatorFramework.Name(IndicatorFramework.Parent(l2))} › {c.Name}" : c.Name;

    private static string Name(RankedIndicator row)
    {
        var e = row.Entry;
        var text = (row.UsedBySimilar.Count > 0 ? "★" : "") + Markup.Escape(e.Name);
        if (e.ExampleDescription is { } d)
            text += $"\n[grey]描述：{Markup.Escape(d.Length > DescriptionLength ? d[..DescriptionLength] + "…" : d)}[/]";
        return text;
    }

    private static string Units(IndicatorEntry e) =>
        e.Units.Count == 0 ? "[grey]—[/]"
            : string.Join("\n", e.Units.Take(ShownUnits).Select(u => $"{Markup.Escape(UnitName(u.Value))}（{u.Forms}）"))
              + (e.Units.Count > ShownUnits ? $"\n[grey]等 {e.Units.Count} 种[/]" : "");

    private static string Values(IndicatorEntry e)
    {
        var lines = e.Values.Take(ShownValues).Select(v => $"{Markup.Escape(v.Value)}（{v.Forms}）").ToList();
        if (e.Values.Count == 0) lines.Add("[grey]（未填）[/]");
        else if (e.Values.Count > ShownValues) lines.Add($"[grey]等 {e.Values.Count} 种[/]");
        if (e.Range is { } r && r.Min.Value != r.Max.Value) lines.Add($"[grey]范围 {Markup.Escape(r.ToString())}[/]");
        if (e.Comparisons.Count > 0)
            lines.Add($"[grey]比较 {Markup.Escape(string.Join("、", e.Comparisons.Select(c => $"{ComparisonSign.Of(c.Value)}（{c.Forms}）")))}[/]");
        return string.Join("\n", lines);
    }

    private static string Projects(RankedIndicator row)
    {
        // The similar projects first, then the others in the order the forms were read; each name once.
        var names = row.UsedBySimilar.Select(s => "★" + s.Project.Name)
            .Concat(row.Entry.Projects.Where(p => !row.UsedBySimilar.Any(s => s.Project.Index == p.Index)).Select(p => p.Name))
            .Distinct().ToList();
        var text = string.Join("\n", names.Take(ShownProjects).Select(Markup.Escape));
        int distinct = row.Entry.Projects.Select(p => p.Name).Distinct().Count();
        return distinct > ShownProjects ? text + $"\n[grey]等 {distinct} 个项目[/]" : text;
    }

    /// <summary>无单位 for a bare number.</summary>
    internal static string UnitName(string unit) => unit.Length == 0 ? "无单位" : unit;

    internal static string Percent(double similarity) => (similarity * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
