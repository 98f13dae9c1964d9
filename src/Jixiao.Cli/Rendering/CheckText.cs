using Jixiao.Disclosures;
using Jixiao.Rules;
using Spectre.Console;

namespace Jixiao.Cli.Rendering;

/// <summary>The plain-text report of <c>jixiao check</c>: a heading per document, its findings by severity, a rule summary.</summary>
public static class CheckText
{
    public static void Write(IAnsiConsole console, DocumentReport r, bool showInfo)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(r.Source)}[/]");
        // the table set a budget or final accounts was read in (a province's own file among them)
        var set = r.Set is { } s && r.Kind is Jixiao.Disclosures.DocumentKind.UnitBudget or Jixiao.Disclosures.DocumentKind.FinalAccounts ? $"　表套：{s.Id}" : "";
        console.MarkupLine($"  类型：{Markup.Escape(r.Kind.ToChinese())}{Markup.Escape(set)}　单位：{Markup.Escape(r.Unit ?? "（未识别）")}　年度：{(r.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（未识别）")}");
        if (IsNotChecked(r))
            console.MarkupLine($"  [yellow]本版本尚不检查此类文件（{Markup.Escape(r.Kind.ToChinese())}）的内容；仅识别了文件类型[/]");
        int errors = r.Findings.Count(f => f.Severity == Severity.Error);
        int warnings = r.Findings.Count(f => f.Severity == Severity.Warning);
        int infos = r.Findings.Count(f => f.Severity == Severity.Info);
        // a finding caused by another is printed under it, once
        var caused = r.Findings.Select((f, i) => (f, i)).Where(x => x.f.CausedBy is not null).ToLookup(x => x.f.CausedBy!.Value, x => x.f);
        foreach (var (f, i) in r.Findings.Select((f, i) => (f, i)).Where(x => x.f.CausedBy is null).OrderBy(x => x.f.Severity).ThenBy(x => x.f.Page ?? 0).ThenBy(x => x.f.Line ?? int.MaxValue))
        {
            if (f.Severity == Severity.Info && !showInfo) continue;
            console.MarkupLine($"  {Heading(f)}");
            console.MarkupLine($"      {Markup.Escape(f.Message)}");
            foreach (var c in caused[i])
            {
                console.MarkupLine($"      [grey]└ 由此引起：[/]{Heading(c)}");
                console.MarkupLine($"          {Markup.Escape(c.Message)}");
            }
        }
        var counts = r.Rules.GroupBy(x => x.Outcome).ToDictionary(g => g.Key, g => g.Count());
        console.MarkupLine($"  规则：通过 {Get(counts, Outcome.Pass)}，未通过 {Get(counts, Outcome.Fail)}，不适用 {Get(counts, Outcome.NotApplicable)}，数据不足 {Get(counts, Outcome.InsufficientData)}"
            + (Get(counts, Outcome.ParseError) > 0 ? $"，无法解析 {Get(counts, Outcome.ParseError)}" : "")
            + (Get(counts, Outcome.ExecutionError) > 0 ? $"，[red]执行出错 {Get(counts, Outcome.ExecutionError)}[/]" : ""));
        int grouped = caused.Sum(g => g.Count());
        console.MarkupLine($"  发现：[red]错误 {errors}[/]，[yellow]警告 {warnings}[/]，提示 {infos}{(grouped > 0 ? $"（其中 {grouped} 个由其他问题引起，列在其下）" : "")}{(showInfo || infos == 0 ? "" : "（加 --verbose 显示提示）")}");
    }

    private static string Heading(Finding f)
    {
        var color = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
        // a PDF's lines are numbered by the reader, not printed: its findings say the page
        var line = f.Page is { } pg ? $"第{pg}页 " : f.Line is { } l ? $"第{l}行 " : "";
        return $"[{color}]{f.Severity.ToChinese()}[/] [bold]{f.RuleId}[/] {Markup.Escape(line + f.Subject)}";
    }

    /// <summary>
    /// A performance-target form or self-evaluation, to which no rule applies yet: its “错误 0” says nothing of its
    /// content, so the report says so (the JSON keeps every rule's outcome, not_applicable).
    /// </summary>
    internal static bool IsNotChecked(DocumentReport r) =>
        (r.Kind is DocumentKind.PerformanceTargets or DocumentKind.SelfEvaluation) && r.Rules.All(x => x.Outcome == Outcome.NotApplicable);

    private static int Get(Dictionary<Outcome, int> d, Outcome o) => d.TryGetValue(o, out var n) ? n : 0;
}
