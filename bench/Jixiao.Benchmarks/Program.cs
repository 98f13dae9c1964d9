using BenchmarkDotNet.Running;
using Jixiao.Benchmarks;

if (args.Length >= 1 && args[0] == "province")
    return ProvinceRun.Run(args.Length >= 2 && int.TryParse(args[1], out var n) ? n : 20_000);
if (args.Length >= 1 && args[0] == "read-timings") return ReadTimings.Run(args[1..]);
if (args.Length >= 1 && args[0] == "package-timings")
    return PackageTimings.Run(args.Length >= 2 && int.TryParse(args[1], out var u) ? u : 500, args.Length >= 3 ? args[2] : null);
if (args.Length >= 1 && args[0] == "rule-timings") return RuleTimings.Run(args.Length >= 2 && args[1] == "synthetic");
BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args);
return 0;
