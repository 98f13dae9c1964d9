using BenchmarkDotNet.Attributes;
using Jixiao.Targets;

namespace Jixiao.Benchmarks;

/// <summary>
/// Reading target values, which a province run does for every indicator: a mix shaped like the seeds (about half
/// numbers, half words, a few dates and ranges). Run: <c>dotnet run -c Release --project bench/Jixiao.Benchmarks -- --filter '*TargetValue*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class TargetValueBenchmarks
{
    private static readonly string[] Values =
    [
        "≥5个", "≥95%", "及时响应", "≤10万元", "显著提升", "≥419713人", "≤ 2272689 人", "18000元/年", "2022年12月20日前",
        "$\\geq 92\\%$", "≥95服务满意程度", "≥100资金到位率100%", "不超过年初预算数", "60分钟以下", "90%以上", "住院比例55%-85%",
        "12579.3097", "6月底", "年底前完成", "保障医保工作正常运行，维护基金安全",
    ];

    [Benchmark(Description = "parse 20 target values (seed mix)", OperationsPerInvoke = 20)]
    public int ParseMix()
    {
        int quantities = 0;
        foreach (var value in Values)
            if (TargetValue.Parse(value).Kind == TargetValueKind.Quantity) quantities++;
        return quantities;
    }
}
