namespace Jixiao.Cli.Tests;

/// <summary>What a run of the CLI left: its exit code, the console's text, stdout and stderr.</summary>
internal sealed record CliResult(int Exit, string Console, string Stdout, string Stderr)
{
    public void Deconstruct(out int exit, out string console, out string stdout) => (exit, console, stdout) = (Exit, Console, Stdout);
}
