using System.CommandLine;
using Jixiao.Cli.Commands;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>The <c>jixiao</c> command tree; <see cref="Build"/> takes the console and stdout so tests can record them.</summary>
public static class CliApp
{
    public static RootCommand Build(IAnsiConsole console, TextWriter stdout) => new("Jixiao 绩效 — 预算公开表生成与勾稽检查")
    {
        CheckCommand.Create(console, stdout),
        ReadCommand.Create(console),
        TablesCommand.Create(console),
        ImportCommand.Create(console),
        TemplateCommand.Create(console),
        DemoCommand.Create(console),
        RulesCommand.Create(console, stdout),
    };
}
