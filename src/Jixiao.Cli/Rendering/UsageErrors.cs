using System.CommandLine;
using System.CommandLine.Parsing;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// Mistakes on the command line (a missing argument or option, an unknown option or command), told in Chinese on
/// stderr with a pointer to the command's help; the command exits 2. The texts are made here from the parse, since
/// System.CommandLine's zh-Hans resources leave most of its error messages in English.
/// </summary>
internal static class UsageErrors
{
    public const int ExitCode = 2;

    /// <summary>One line per mistake in <paramref name="parse"/>.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var lines = new List<string>();
        foreach (var error in parse.Errors)
        {
            var line = error.SymbolResult switch
            {
                ArgumentResult { Parent: CommandResult } a when a.Tokens.Count == 0 => $"缺少参数 {a.Argument.HelpName ?? a.Argument.Name}",
                OptionResult { IdentifierToken: null } o when o.Option.Required => $"缺少必需的选项 {o.Option.Name}",
                OptionResult { IdentifierToken: { } id } o when o.Tokens.Count == 0 && o.Option.Arity.MinimumNumberOfValues > 0 => $"选项 {id.Value} 缺少值",
                OptionResult { IdentifierToken: { } id } o when o.Tokens.Count > o.Option.Arity.MaximumNumberOfValues => $"选项 {id.Value} 只能给一次",
                // A value of the wrong type (--top abc): the parser says so in English only.
                OptionResult { IdentifierToken: { } id } o when o.Tokens.Count > 0 && error.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal)
                    => $"选项 {id.Value} 的值“{o.Tokens[^1].Value}”不是{TypeName(o.Option.ValueType)}",
                // Unknown words and a missing command are told below, from the parse itself.
                CommandResult => null,
                // The validators' and parsers' own messages (Chinese).
                _ => error.Message,
            };
            if (line is not null && !lines.Contains(line)) lines.Add(line);
        }
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            if (token.StartsWith('-')) lines.Add($"未知选项“{token}”");
            else if (command.Subcommands.Count > 0) lines.Add($"未知命令“{token}”（可用的命令：{Commands(command)}）");
            else lines.Add($"多余的参数“{token}”");
        }
        if (lines.Count == 0 && command.Subcommands.Count > 0) lines.Add($"缺少命令（可用的命令：{Commands(command)}）");
        if (lines.Count == 0) lines.AddRange(parse.Errors.Select(e => e.Message));
        return lines;
    }

    /// <summary>Writes <paramref name="lines"/> and where to find the usage of the command; returns the exit code, 2.</summary>
    public static int Write(ParseResult parse, TextWriter error, IEnumerable<string> lines)
    {
        foreach (var line in lines) error.WriteLine(line);
        error.WriteLine($"运行“{HelpText.PathOf(parse.CommandResult.Command)} --help”查看用法。");
        return ExitCode;
    }

    private static string TypeName(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => "整数",
        var t when t == typeof(decimal) || t == typeof(double) => "数",
        _ => "有效的值",
    };

    private static string Commands(Command command) => string.Join("、", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
}
