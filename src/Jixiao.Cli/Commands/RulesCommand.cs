using System.CommandLine;
using Jixiao.Rules;
using Jixiao.Tables;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary><c>jixiao rules [--markdown]</c>: lists every rule (id, severity, title, source) of every table set and of data packages.</summary>
public static class RulesCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var markdown = new Option<bool>("--markdown") { Description = "以 Markdown 表格输出（docs/rules.md 用）" };
        var command = new Command("rules", "列出全部检查规则") { markdown };
        command.SetAction(parse =>
        {
            var rules = All();
            if (parse.GetValue(markdown))
            {
                stdout.WriteLine("| id | severity | rule | source | sets |");
                stdout.WriteLine("|---|---|---|---|---|");
                foreach (var (r, sets) in rules)
                    stdout.WriteLine($"| `{r.Id}` | {r.Severity.ToJson()} | {r.Title.Replace("|", "\\|")} | {r.Source} | {sets} |");
                return 0;
            }
            var table = new Table().AddColumns("规则", "级别", "内容", "依据", "表套");
            foreach (var (r, sets) in rules)
                table.AddRow(Markup.Escape(r.Id), r.Severity.ToChinese(), Markup.Escape(r.Title), Markup.Escape(r.Source), sets);
            console.Write(table);
            return 0;
        });
        return command;
    }

    /// <summary>Every rule with the sets it applies to (“H、S”, or “数据包” for package rules).</summary>
    internal static IReadOnlyList<(RuleInfo Rule, string Sets)> All()
    {
        var bySet = TableSets.All.SelectMany(s => RuleCatalog.All(s).Select(r => (r, s.Id)))
            .GroupBy(x => x.r.Id)
            .Select(g => (g.First().r, string.Join("、", g.Select(x => x.Id).Distinct().Order())));
        var package = RuleCatalog.PackageRules().Select(r => (r.Info, "数据包"));
        return bySet.Concat(package).OrderBy(x => x.Item1.Id, StringComparer.Ordinal).ToArray();
    }
}
