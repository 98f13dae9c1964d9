using System.Globalization;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Spectre.Console;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The text of <c>jixiao evaluate</c>: per project its money, what to look at, the score table (部分, 评分项, 分值, 得分,
/// 计算依据 — a rejection in red, a flag in yellow), each section's subtotal, then the total and grade or why there is none.
/// </summary>
internal static class EvaluationText
{
    public static void Write(IAnsiConsole console, IReadOnlyList<OwnEvaluation> evaluations)
    {
        foreach (var e in evaluations) Write(console, e);
        if (evaluations.Count > 1)
        {
            console.WriteLine();
            int complete = evaluations.Count(e => e.IsComplete);
            console.MarkupLine($"共评价 {evaluations.Count} 个项目：完成 {complete} 个" +
                (complete < evaluations.Count ? $"，[red]未完成 {evaluations.Count - complete} 个[/]" : ""));
        }
    }

    private static void Write(IAnsiConsole console, OwnEvaluation e)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(e.Project.Name)}[/]（{Markup.Escape(e.Project.Code)}）　{e.Form.Year?.ToString(CultureInfo.InvariantCulture)}年度");
        console.MarkupLine($"  评分模板：{Markup.Escape(e.Template.Name)}");
        var funds = e.Input.Funds;
        console.MarkupLine($"  预算资金 {Wan(funds.Budgeted)}，预算下达 {Wan(funds.Released)}，实际支出 {Wan(funds.Spent)}"
            // the year's budget as adjusted is the one scored; the initial one is said only when it differs
            + (e.Form.Funds.InitialBudget is { } a0 && a0 != funds.Budgeted ? $"（年初预算 {Wan(a0)}）" : ""));
        foreach (var note in e.Notes) console.MarkupLine($"  [yellow]注意[/] {Markup.Escape(note)}");

        var table = new Table().AddColumns("部分", "评分项", "分值", "得分", "计算依据");
        table.Columns[2].RightAligned();
        table.Columns[3].RightAligned();
        foreach (var section in e.Sheet.Sections)
        {
            bool first = true;
            foreach (var item in section.Items)
            {
                table.AddRow(
                    new Markup(first ? Markup.Escape(section.Name) : ""),
                    new Markup(Markup.Escape(item.Group.Length > 0 ? $"{item.Group}/{item.Name}" : item.Name)),
                    new Markup(Points(item.Points)),
                    new Markup(item.Score is { } s ? Score(s) : "[red]—[/]"),
                    new Markup(How(item)));
                first = false;
            }
            if (section.Items.Count == 0)
            {
                table.AddRow(new Markup(Markup.Escape(section.Name)), new Markup("[grey]（无指标）[/]"), new Markup(Points(section.Points)), new Markup(""), new Markup(""));
                continue;
            }
            table.AddRow(new Markup(""), new Markup($"[bold]{Markup.Escape(section.Name)}小计[/]"), new Markup(Points(section.Points)),
                new Markup(section.Score is { } sum ? $"[bold]{Score(sum)}[/]" : "[red]—[/]"), new Markup(""));
        }
        console.Write(table);

        foreach (var problem in e.Sheet.Problems) console.MarkupLine($"  [red]问题[/] {Markup.Escape(problem)}");
        if (e.Sheet.Total is { } total)
            console.MarkupLine($"  [bold]综合得分 {Score(total)}[/] / {Points(e.Template.Points)}，评价等次：[bold]{Markup.Escape(e.Sheet.Grade ?? "")}[/]");
        else
        {
            int unscored = e.Sheet.Items.Count(i => i.Score is null);
            var why = new List<string>();
            if (unscored > 0) why.Add($"{unscored} 项未评分");
            if (e.Sheet.Problems.Count > 0) why.Add($"{e.Sheet.Problems.Count} 个问题");
            console.MarkupLine($"  [red]评价未完成[/]：{string.Join("，", why)}，没有综合得分和等次");
        }
    }

    /// <summary>The explanation, or the rejection in red; each flag on its own line in yellow.</summary>
    private static string How(ItemScore item)
    {
        var lines = new List<string>();
        if (item.Rejection is { } rejection) lines.Add($"[red]{Markup.Escape(rejection)}[/]");
        else lines.Add(Markup.Escape(item.Explanation));
        foreach (var flag in item.Flags) lines.Add($"[yellow]⚠ {Markup.Escape(flag)}[/]");
        return string.Join("\n", lines);
    }

    private static string Wan(Yuan? y) => y is { } v ? v.InWanYuan.ToString("#,##0.00####", CultureInfo.InvariantCulture) + " 万元" : "未知";

    private static string Points(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Score(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);
}
