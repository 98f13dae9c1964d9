using System.Diagnostics;

namespace Jixiao.Corpus;

/// <summary>LibreOffice converting every file of a folder at once (one start for many files).</summary>
internal static class Office
{
    public static void ConvertAll(IReadOnlyList<string> inputs, string filter, string outDir)
    {
        if (inputs.Count == 0) return;
        var profile = Path.Combine(Path.GetTempPath(), "lo-corpus-" + Environment.ProcessId);
        var start = new ProcessStartInfo("libreoffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", filter, "--outdir", outDir })
            start.ArgumentList.Add(a);
        foreach (var i in inputs) start.ArgumentList.Add(i);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("libreoffice did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20))) { process.Kill(true); throw new TimeoutException("libreoffice"); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"libreoffice exited {process.ExitCode}: {stderr.Result}");
        _ = stdout.Result;
        try { Directory.Delete(profile, recursive: true); }
        catch (IOException) { }
    }
}
