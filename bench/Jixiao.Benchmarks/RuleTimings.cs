using System.Diagnostics;
using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Benchmarks;

/// <summary>Time per rule family on the demo disclosure (to find where checking spends): <c>-- rule-timings</c>.</summary>
internal static class RuleTimings
{
    public static int Run()
    {
        var d = PublishedTextReader.Read(DemoData.XinglongText(), "seed");
        var rules = RuleCatalog.CommonRules().Append(RuleCatalog.RelationsOf(d.Set)).ToList();
        foreach (var rule in rules)
        {
            for (int i = 0; i < 20; i++) rule.Check(d, new RuleResults());
            long before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            const int n = 200;
            for (int i = 0; i < n; i++) rule.Check(d, new RuleResults());
            sw.Stop();
            long bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
            Console.WriteLine($"{string.Join(",", rule.Rules.Select(r => r.Id)),-40} {sw.Elapsed.TotalMilliseconds / n,8:F3} ms {bytes / 1024,8} KB");
        }
        return 0;
    }
}
