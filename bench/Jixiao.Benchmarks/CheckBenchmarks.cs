using BenchmarkDotNet.Attributes;
using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Documents.Text;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Benchmarks;

/// <summary>
/// Per-document costs: reading and checking a published disclosure (the Xinglong seed shipped as demo data), and
/// rendering + checking one synthetic unit budget. Run: <c>dotnet run -c Release --project bench/Jixiao.Benchmarks -- --filter '*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CheckBenchmarks
{
    private string _seedText = "";
    private Disclosure _seed = null!;
    private UnitBudget _unit = null!;
    private readonly Checker _checker = new();
    private readonly TableSet _setH = TableSets.Get("H");
    private readonly TableSet _setS = TableSets.Get("S");

    [GlobalSetup]
    public void Setup()
    {
        _seedText = DemoData.XinglongText();
        _seed = PublishedTextReader.Read(_seedText, "seed");
        _unit = SyntheticProvince.Units(1).First();
    }

    [Benchmark(Description = "read published text (Xinglong, 64 KB)")]
    public Disclosure ReadSeed() => PublishedTextReader.Read(_seedText, "seed");

    [Benchmark(Description = "check read disclosure (Xinglong)")]
    public DocumentReport CheckSeed() => _checker.Check(_seed);

    [Benchmark(Description = "render set H in 万元 (one synthetic unit)")]
    public Disclosure RenderH() => TableRenderer.Render(_unit, _setH, RenderPrecision.WanYuan);

    [Benchmark(Description = "render set S in 万元 + check (one synthetic unit)")]
    public DocumentReport RenderAndCheckS() => _checker.Check(TableRenderer.Render(_unit, _setS, RenderPrecision.WanYuan));
}
