using FsCheck;
using FsCheck.Fluent;
using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>
/// Feeds the reader and the checker mutated seed texts: no exception may escape, and every input ends in a report
/// (findings and an outcome for every rule) or a clear read error. The case count is set by JIXIAO_FUZZ_CASES
/// (default 300 in the normal run; docs/reliability.md gives the long-run command).
/// </summary>
public class ReaderFuzzTests
{
    private static readonly string[] SeedTexts = [SeedFiles.Text(SeedFiles.Xinglong), SeedFiles.Text(SeedFiles.Xinzhou), SeedFiles.Text(SeedFiles.Jinzhong)];
    private static readonly Checker Checker = new();

    internal static int Cases => int.TryParse(Environment.GetEnvironmentVariable("JIXIAO_FUZZ_CASES"), out var n) && n > 0 ? n : 300;

    [Fact]
    public void Mutated_seeds_never_throw_and_always_give_every_rule_an_outcome()
    {
        var gen =
            from seedIndex in Gen.Choose(0, SeedTexts.Length - 1)
            from kind in Gen.Elements(Enum.GetValues<SeedMutation.Kind>())
            from rndSeed in Gen.Choose(0, int.MaxValue - 1)
            from count in Gen.Choose(1, 25)
            select (seedIndex, kind, rndSeed, count);

        // Long runs are split over the cores; each partition is an independent FsCheck run with its own random seed, on
        // a thread of its own (the test runner's scheduler would otherwise run the partitions one after the other).
        int partitions = Cases >= 10_000 ? Environment.ProcessorCount : 1;
        int executed = 0;
        Exception? failure = null;
        var threads = Enumerable.Range(0, partitions).Select(_ => new Thread(() =>
        {
            try { RunPartition(); }
            catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
        }, maxStackSize: 16 * 1024 * 1024)).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        if (failure is not null) throw new InvalidOperationException("变异样本检查失败", failure);
        executed.ShouldBeGreaterThanOrEqualTo(Cases / partitions * partitions);

        void RunPartition() =>
            Prop.ForAll(gen.ToArbitrary(), input =>
            {
                var (seedIndex, kind, rndSeed, count) = input;
                var text = SeedMutation.Apply(SeedTexts[seedIndex], kind, rndSeed, count);
                var disclosure = PublishedTextReader.Read(text, $"fuzz-{kind}-{rndSeed}");
                var report = Checker.Check(disclosure);
                Interlocked.Increment(ref executed);
                return report.Rules.Count == RuleCatalog.All(disclosure.Set).Count
                    && report.Findings.All(f => f.RuleId.Length > 0 && f.Message.Length > 0);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases / partitions));
    }

    [Fact]
    public void Random_bytes_of_any_length_are_read_without_an_exception()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var text = TextFiles.Decode(bytes);
            var report = Checker.Check(PublishedTextReader.Read(text, "bytes"));
            return report.Rules.Count > 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(100, Cases / 3)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\t\t\t")]
    [InlineData("单位预算支出总表")]
    [InlineData("单位预算支出总表\n\t1\n\t208\n\t社会保障和就业支出\n\t79228162514264337593543950335999\n")]
    [InlineData("单位预算收支总表\n\n\t1\n\t一、一般公共预算拨款收入\n\tabc\n\t八、社会保障和就业支出\n\t1e400\n")]
    public void Degenerate_inputs_give_a_report(string text)
    {
        var report = Checker.Check(PublishedTextReader.Read(text, "degenerate"));
        report.Rules.ShouldNotBeEmpty();
    }
}
