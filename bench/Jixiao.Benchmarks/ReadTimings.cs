using System.Diagnostics;
using System.Globalization;
using Jixiao.Documents;
using Jixiao.Rules;

namespace Jixiao.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Jixiao.Benchmarks -- read-timings FILE…</c>: each published document read and
/// checked (<see cref="DocumentLoader.Load"/> + <see cref="Checker.Check"/>) in one warm process — three runs to warm up,
/// then ten measured — printing the process CPU time and the wall time per run. CPU time is given beside wall time
/// because on a shared machine the wall time says more about the neighbours than about the reader.
/// </summary>
internal static class ReadTimings
{
    public static int Run(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            Console.Error.WriteLine("用法：read-timings 文件…（.pdf、.txt、.xlsx、.docx、.html）");
            return 2;
        }
        var checker = new Checker();
        foreach (var path in files)
        {
            for (int i = 0; i < 3; i++) checker.Check(DocumentLoader.Load(path));
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            int findings = 0;
            for (int i = 0; i < 10; i++) findings = checker.Check(DocumentLoader.Load(path)).Findings.Count;
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path)}: {(process.TotalProcessorTime - cpu).TotalMilliseconds / 10:F0} ms CPU, {wall.ElapsedMilliseconds / 10.0:F0} ms wall per read + check ({findings} findings)"));
        }
        return 0;
    }
}
