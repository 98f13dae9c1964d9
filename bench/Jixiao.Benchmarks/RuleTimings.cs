using System.Diagnostics;
using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Benchmarks;

/// <summary>
/// Time per rule family on the demo disclosure, or with <c>synthetic</c> on the first unit of the synthetic province
/// rendered to set S (to find where checking spends): <c>-- rule-timings [synthetic]</c>.
/// </summary>
internal static class RuleTimings
{
    public static int Run(bool synthetic = false)
    {
        var d = synthetic
            ? Jixiao.Tables.TableRenderer.Render(SyntheticProvince.Units(1).First(), Jixiao.Tables.TableSets.Get("S"), Jixiao.Tables.RenderPrecision.WanYuan)
            : PublishedTextReader.Read(DemoData.XinglongText(), "seed");
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
