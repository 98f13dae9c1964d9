using System.CommandLine;
using Spectre.Console;

namespace Jixiao.Cli.Tests;

/// <summary>Runs the CLI in process with a recording console, as a user would from a terminal.</summary>
internal static class CliRunner
{
    public static (int Exit, string Console, string Stdout) Run(params string[] args)
    {
        var consoleText = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(consoleText),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var stdout = new StringWriter();
        var root = CliApp.Build(console, stdout);
        int exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stdout });
        return (exit, consoleText.ToString(), stdout.ToString());
    }
}
