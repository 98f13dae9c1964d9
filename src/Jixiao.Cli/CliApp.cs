using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Jixiao.Cli.Commands;
using Jixiao.Cli.Rendering;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>
/// The <c>jixiao</c> command tree and how it runs; <see cref="Build"/> and <see cref="Run(string[], IAnsiConsole, TextWriter, TextWriter)"/>
/// take the console, stdout and stderr so tests can record them. Exit codes: 0 clean, 1 a check found an error,
/// 2 a file cannot be read or written, or the command line is wrong; an unexpected exception is told in one line, exit 2.
/// </summary>
public static class CliApp
{
    public static RootCommand Build(IAnsiConsole console, TextWriter stdout)
    {
        var root = new RootCommand("Jixiao 绩效 — 预算公开表生成与勾稽检查")
        {
            CheckCommand.Create(console, stdout),
            ReadCommand.Create(console),
            TablesCommand.Create(console),
            FormsCommand.Create(console),
            EvaluateCommand.Create(console, stdout),
            ImportCommand.Create(console),
            TemplateCommand.Create(console),
            IndicatorsCommand.Create(console, stdout),
            MonitorCommand.Create(console, stdout),
            DemoCommand.Create(console),
            RulesCommand.Create(console, stdout),
        };
        foreach (var option in root.Options)
        {
            if (option is HelpOption help) { help.Description = "显示帮助"; help.Action = new HelpText(root); }
            else if (option is VersionOption) option.Description = "显示版本号";
        }
        return root;
    }

    /// <summary>Runs <c>jixiao</c> with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, IAnsiConsole console, TextWriter stdout, TextWriter stderr) =>
        Run(Build(console, stdout), args, stdout, stderr);

    internal static int Run(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr)
    {
        ParseResult? parse = null;
        try
        {
            // The user's catalogs, table sets and form layouts (docs/catalogs.md, table-sets.md, form-layouts.md) are read
            // and checked before anything else: a bad file is named before any document is read.
            try
            {
                Jixiao.Documents.Catalogs.UserCatalogFolder.Apply();
                Jixiao.Documents.UserData.UserTableSets.Apply();
                Jixiao.Documents.Forms.UserFormFolder.Apply();
            }
            catch (Exception e) when (e is Jixiao.Catalogs.CatalogDataException or Jixiao.Tables.TableSetFileException or Jixiao.Documents.Forms.FormLayoutException)
            {
                stderr.WriteLine(e.Message);
                return 2;
            }
            parse = root.Parse(args);
            if (parse.Action is ParseErrorAction) return UsageErrors.Write(parse, stderr, UsageErrors.Describe(parse));
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug, not a bad input: one line the user can report, naming the file it happened on, never a .NET stack trace.
            stderr.WriteLine(Jixiao.Application.InternalError.Describe(e, parse is null ? null : InputOf(parse)));
            return 2;
        }
    }

    // The command's first argument that names a file: what it was reading when it failed.
    private static string? InputOf(ParseResult parse)
    {
        foreach (var argument in parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>())
            foreach (var token in argument.Tokens)
                if (File.Exists(token.Value)) return token.Value;
        return null;
    }
}
