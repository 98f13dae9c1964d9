using System.CommandLine;
using System.CommandLine.Invocation;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The <c>--help</c> of <c>jixiao</c> and of each command, all in Chinese: System.CommandLine's own help keeps English
/// headings and labels (Description, (REQUIRED), [default: …]) that its zh-Hans resources leave untranslated.
/// Layout: description, 用法, 参数, 选项, and for <c>jixiao</c> itself 命令 and the exit codes.
/// </summary>
internal sealed class HelpText(RootCommand root) : SynchronousCommandLineAction
{
    /// <summary>The program's name in usage lines (the test host runs the same commands under another name).</summary>
    public const string Program = "jixiao";

    // `jixiao check --help x` shows the help, whatever else is wrong on the line.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return 0;
    }

    /// <summary><c>jixiao</c> or <c>jixiao check</c>: what the user types to run <paramref name="command"/>.</summary>
    public static string PathOf(Command command) => command is RootCommand ? Program : $"{Program} {command.Name}";

    public void Write(Command command, TextWriter w)
    {
        if (!string.IsNullOrEmpty(command.Description)) { w.WriteLine(command.Description); w.WriteLine(); }

        w.WriteLine("用法：");
        w.WriteLine($"  {Usage(command)}");

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), a.Description ?? "")).ToList();
        Section(w, "参数：", arguments);

        var options = command.Options.Concat(root.Options.Where(o => o.Recursive && command != root))
            .Where(o => !o.Hidden).Distinct().Select(o => (OptionLabel(o), OptionDescription(o))).ToList();
        Section(w, "选项：", options);

        if (command.Subcommands.Count > 0)
        {
            var commands = command.Subcommands.Where(c => !c.Hidden)
                .Select(c => (string.Join(" ", [c.Name, .. c.Arguments.Where(a => !a.Hidden).Select(ArgumentUsage)]), c.Description ?? "")).ToList();
            Section(w, "命令：", commands);
            w.WriteLine();
            w.WriteLine($"运行“{Program} <命令> --help”查看各命令的用法。");
            w.WriteLine("退出码：0 正常（check 未发现错误，evaluate 每项都已评分），1 check 发现错误、evaluate 有评分项未评分或被拒，2 文件无法读取或写出、命令行有误。");
        }
    }

    private static string Usage(Command command)
    {
        var parts = new List<string> { PathOf(command) };
        if (command.Subcommands.Count > 0) parts.Add("<命令>");
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(ArgumentUsage));
        parts.AddRange(command.Options.Where(o => o.Required && !o.Hidden).Select(o => $"{ShortestAlias(o)} <{ValueName(o)}>"));
        parts.Add("[选项]");
        return string.Join(" ", parts);
    }

    private static void Section(TextWriter w, string heading, IReadOnlyList<(string Label, string Text)> rows)
    {
        if (rows.Count == 0) return;
        w.WriteLine();
        w.WriteLine(heading);
        int width = rows.Max(r => r.Label.Length);
        foreach (var (label, text) in rows) w.WriteLine($"  {label.PadRight(width)}  {text}".TrimEnd());
    }

    private static string ArgumentLabel(Argument a) => $"<{a.HelpName ?? a.Name}>";

    // An argument that may be left out is in brackets: indicators [<FILE>...].
    private static string ArgumentUsage(Argument a)
    {
        var usage = ArgumentLabel(a) + (a.Arity.MaximumNumberOfValues > 1 ? "..." : "");
        return a.Arity.MinimumNumberOfValues == 0 ? $"[{usage}]" : usage;
    }

    private static bool TakesValue(Option o) => o.ValueType != typeof(bool) && o.Arity.MaximumNumberOfValues > 0;

    private static string ValueName(Option o) => o.HelpName ?? o.Name.TrimStart('-').ToUpperInvariant();

    // "-o, --output <OUT>"; the short forms first, without the Windows-style "/h".
    private static string OptionLabel(Option o)
    {
        var names = new[] { o.Name }.Concat(o.Aliases).Where(n => n.StartsWith('-')).Distinct()
            .OrderBy(n => n.StartsWith("--", StringComparison.Ordinal)).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        return TakesValue(o) ? $"{label} <{ValueName(o)}>" : label;
    }

    private static string ShortestAlias(Option o) =>
        new[] { o.Name }.Concat(o.Aliases).Where(n => n.StartsWith('-')).OrderBy(n => n.Length).First();

    private static string OptionDescription(Option o)
    {
        var text = (o.Required ? "（必需）" : "") + o.Description;
        if (TakesValue(o) && o.HasDefaultValue && o.GetDefaultValue() is { } value) text += $"（默认：{value}）";
        return text;
    }
}
