using System.Diagnostics;

namespace Jixiao.Cli.Tests;

/// <summary>
/// Runs <c>jixiao</c> as a process of its own with the user data folder <c>JIXIAO_DATA</c> set: the variable is the
/// process's, read when jixiao starts, and the in-process tests (<see cref="CliRunner"/>) must not see another test's folder.
/// </summary>
internal static class JixiaoProcess
{
    public static (int Exit, string Stdout, string Stderr) Run(string data, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jixiao.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["JIXIAO_DATA"] = data;
        start.Environment["COLUMNS"] = "200";
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(60_000).ShouldBeTrue();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
