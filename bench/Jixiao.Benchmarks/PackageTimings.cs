using System.Diagnostics;
using System.Globalization;
using Jixiao.Budget;
using Jixiao.Documents.Package;

namespace Jixiao.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Jixiao.Benchmarks -- package-timings [UNITS [FILE]]</c>: one large package — a
/// department budget holding the lines and projects (each with its target declaration) of UNITS synthetic units, plus
/// the demo's projects with execution and evaluation — written and read back in one warm process (two runs to warm
/// up, then five measured), printing CPU and wall time and the bytes allocated per write and per read. FILE keeps the
/// package written. UNITS 0 times the demo's own package (a unit's budget as the web application saves it).
/// </summary>
internal static class PackageTimings
{
    public static int Run(int units, string? keep = null)
    {
        // 0: the demo's own package, as a save on the web sends it.
        var budget = units == 0 ? UnitBudgetPackage.Parse(DemoData.File("xinglong-2021.package.json"), "demo") : Large(units);
        var json = UnitBudgetPackage.Write(budget);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        if (keep is not null) File.WriteAllBytes(keep, bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"package: {budget.Lines.Count} lines, {budget.Projects.Count} projects, {bytes.Length / 1024.0 / 1024.0:F1} MiB"));
        Measure("write", () => UnitBudgetPackage.Write(budget, Stream.Null));
        Measure("read", () => UnitBudgetPackage.Parse(bytes, "large.json"));
        Measure("read stored", () => UnitBudgetPackage.ParseStored(bytes, "large.json"));
        return 0;
    }

    private static void Measure(string what, Action action)
    {
        for (int i = 0; i < 2; i++) action();
        const int Runs = 5;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        for (int i = 0; i < Runs; i++) action();
        wall.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {(process.TotalProcessorTime - cpu).TotalMilliseconds / Runs:F0} ms CPU, {wall.ElapsedMilliseconds / (double)Runs:F0} ms wall, {allocated / Runs / 1024.0 / 1024.0:F0} MiB allocated per run"));
    }

    private static UnitBudget Large(int units)
    {
        var parts = SyntheticProvince.Units(units).ToList();
        var demo = UnitBudgetPackage.Parse(DemoData.File("xinglong-2021.package.json"), "demo");
        var lines = parts.SelectMany(b => b.Lines.Select(l => l with { UnitCode = b.Unit.Code })).ToList();
        var projects = parts.SelectMany(b => b.Projects).Concat(demo.Projects).ToList();
        return new UnitBudget(parts[0].Unit with { Code = "140", Name = "合成市医疗保障局" }, demo.Year, lines)
        {
            Projects = projects,
            ThreePublic = parts.SelectMany(b => b.ThreePublic).ToList(),
            SubUnits = parts.Select(b => b.Unit).ToList(),
        };
    }
}
