using System.CommandLine;
using Jixiao.Cli.Rendering;
using Spectre.Console;

namespace Jixiao.Cli.Tests;

/// <summary>
/// Runs the CLI in process as <c>jixiao</c> runs, with a recording console whose output is not a terminal (as when
/// the user redirects it to a file), and records stdout and stderr.
/// </summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs with <paramref name="extra"/> added to the command tree (a command that fails on purpose).</summary>
    public static CliResult RunWith(Command? extra, params string[] args)
    {
        var consoleText = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(consoleText),
            Interactive = InteractionSupport.No,
        });
        ConsoleWidth.Apply(console, columns: null);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = CliApp.Build(console, stdout);
        if (extra is not null) root.Subcommands.Add(extra);
        int exit = CliApp.Run(root, args, stdout, stderr);
        return new(exit, consoleText.ToString(), stdout.ToString(), stderr.ToString());
    }
}
