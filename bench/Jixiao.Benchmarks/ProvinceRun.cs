using System.Diagnostics;
using Jixiao.Rules;
using Jixiao.Rules.Budget;
using Jixiao.Tables;

namespace Jixiao.Benchmarks;

/// <summary>
/// The whole-province figure: generate N synthetic unit budgets, render each to set S in 万元 (rounded so sums add
/// up), check the tables and the projects' target forms, and the package rules — in parallel over the cores, as a
/// finance bureau would. Prints units per second and the peak
/// working set. Run: <c>dotnet run -c Release --project bench/Jixiao.Benchmarks -- province 20000</c>.
/// </summary>
internal static class ProvinceRun
{
    public static int Run(int units)
    {
        var budgets = SyntheticProvince.Units(units).ToArray();
        int lines = budgets.Sum(b => b.Lines.Count);
        int indicators = budgets.Sum(b => b.Projects.Sum(p => p.Targets?.AnnualIndicators.Count ?? 0));
        var set = TableSets.Get("S");
        var checker = new Checker();
        var packageChecker = new PackageChecker();
        // warm-up on a few units so JIT time is not counted
        foreach (var b in budgets.Take(20)) checker.Check(TableRenderer.Render(b, set, RenderPrecision.WanYuan));

        var sw = Stopwatch.StartNew();
        int errors = 0, findings = 0;
        Parallel.ForEach(budgets, () => (0, 0), (b, _, acc) =>
        {
            var report = PackageChecker.Merge(checker.Check(TableRenderer.Render(b, set, RenderPrecision.WanYuan)), packageChecker.Check(b));
            return (acc.Item1 + (report.HasErrors ? 1 : 0), acc.Item2 + report.Findings.Count);
        }, acc => { Interlocked.Add(ref errors, acc.Item1); Interlocked.Add(ref findings, acc.Item2); });
        sw.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"units: {units}, budget lines: {lines}, projects' indicators: {indicators}, cores: {Environment.ProcessorCount}");
        Console.WriteLine($"render set S (万元) + check tables, forms and package: {sw.Elapsed.TotalSeconds:F2} s, {units / sw.Elapsed.TotalSeconds:F0} units/s");
        Console.WriteLine($"units with an error: {errors}, findings: {findings}");
        Console.WriteLine($"peak working set: {peak / (1024 * 1024)} MiB");
        var byRule = budgets.Take(200).SelectMany(b => checker.Check(TableRenderer.Render(b, set, RenderPrecision.WanYuan)).Findings)
            .GroupBy(f => (f.RuleId, f.Severity)).OrderByDescending(g => g.Count()).Select(g => $"{g.Key.RuleId}/{g.Key.Severity}×{g.Count()}");
        Console.WriteLine($"findings in the first 200 units: {string.Join(", ", byRule)}");
        return 0;
    }
}
