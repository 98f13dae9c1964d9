using BenchmarkDotNet.Attributes;
using Jixiao.Budget;
using Jixiao.Documents.Package;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Monitoring;

namespace Jixiao.Benchmarks;

/// <summary>
/// Per-unit costs of 双监控 and 绩效自评 on the demo package (兴隆县医疗保障局本级 2021: 23 projects, three with a year of
/// quarterly execution and readings, one with the evaluator's entries). Run:
/// <c>dotnet run -c Release --project bench/Jixiao.Benchmarks -- --filter '*Evaluation*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class EvaluationBenchmarks
{
    private UnitBudget _demo = null!;
    private Project _evaluated = null!;
    private readonly ScoreTemplate _national = ScoreTemplates.Get("national");
    private static readonly DateOnly MidYear = new(2021, 6, 30);

    [GlobalSetup]
    public void Setup()
    {
        _demo = UnitBudgetPackage.Parse(DemoData.File("xinglong-2021.package.json"), "demo");
        _evaluated = _demo.Projects.First(p => p.Evaluation is not null);
    }

    [Benchmark(Description = "monitor the demo unit at 2021-06-30 (23 projects)")]
    public MonitoringReport Monitor() => PerformanceMonitoring.At(_demo, MidYear, MonitoringThresholds.Default);

    [Benchmark(Description = "compute one project's own self-evaluation (national template)")]
    public OwnEvaluation Evaluate() => SelfEvaluations.Compute(_demo, _evaluated, _national);
}
