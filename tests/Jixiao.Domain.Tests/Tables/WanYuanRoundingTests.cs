using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Domain.Tests.Tables;

public class WanYuanRoundingTests
{
    private static readonly TableSet H = TableSets.Get("H");
    private static readonly TableSet S = TableSets.Get("S");

    /// <summary>
    /// Compares every printed figure of the 万元 render with the exact render divided by 10,000: same rows, and each
    /// printed value is the exact one rounded down or up to 0.01 (equal when the exact value is on the 0.01 grid).
    /// Returns the largest deviation seen, or a description of the first figure that is out of bounds.
    /// </summary>
    internal static (decimal MaxDeviation, string? Problem) CompareWithExact(Disclosure printed, Disclosure exact)
    {
        decimal max = 0m;
        for (int t = 0; t < exact.Tables.Count; t++)
        for (int p = 0; p < exact.Tables[t].Parts.Count; p++)
        {
            var ep = exact.Tables[t].Parts[p];
            var pp = printed.Tables[t].Parts[p];
            if (!ep.Rows.Select(r => r.Key).SequenceEqual(pp.Rows.Select(r => r.Key)))
                return (max, $"{exact.Tables[t].Subject}: rows differ");
            for (int r = 0; r < ep.Rows.Count; r++)
            for (int c = 0; c < ep.Rows[r].Values.Length; c++)
            {
                decimal wan = ep.Rows[r].Values[c]!.Value.Value / 10_000m;
                decimal shown = pp.Rows[r].Values[c]!.Value.Value;
                decimal low = Math.Floor(wan * 100m) / 100m, high = Math.Ceiling(wan * 100m) / 100m;
                max = Math.Max(max, Math.Abs(shown - wan));
                if (shown < low || shown > high || decimal.Round(shown, 2) != shown)
                    return (max, $"{exact.Tables[t].Subject} {ep.Rows[r].Key} col {c}: printed {shown}, exact {wan}");
            }
        }
        return (max, null);
    }

    public class TheRoundMethod
    {
        [Fact]
        public void Given_three_atoms_of_40_yuan_When_rounded_Then_their_sum_prints_0_01_and_the_atoms_add_up_to_it()
        {
            // 0.004 + 0.004 + 0.004 = 0.012 万元: the total prints 0.01, so exactly one atom goes up.
            var atoms = new[] { new Yuan(40m), new Yuan(40m), new Yuan(40m) };

            var rounded = WanYuanRounding.Round(atoms, [[0, 1, 2]]);

            rounded.Sum(r => r.Value).ShouldBe(0.01m);
            rounded.ShouldAllBe(r => r.Value == 0m || r.Value == 0.01m);
        }

        [Fact]
        public void Given_overlapping_aggregates_that_cumulative_rounding_breaks_When_rounded_Then_the_repair_fixes_them()
        {
            // Atoms of 0.005 万元 each. In index order cumulative rounding sends atoms 0 and 2 up;
            // aggregate {0, 2} (0.010) then prints 0.02 — out of bounds — and {1, 3} prints 0.00.
            var atoms = Enumerable.Repeat(new Yuan(50m), 4).ToArray();
            int[][] aggregates = [[0, 1, 2, 3], [0, 2], [1, 3], [0, 1], [2, 3]];

            var rounded = WanYuanRounding.Round(atoms, aggregates);

            foreach (var agg in aggregates)
                agg.Sum(i => rounded[i].Value).ShouldBe(agg.Length * 0.005m, 0.005m);
            rounded.Sum(r => r.Value).ShouldBe(0.02m);
        }

        [Fact]
        public void Given_an_equality_between_different_atoms_When_rounded_Then_both_sides_print_equal()
        {
            // A = {0, 1} = 0.0025 + 0.0125 = 0.015; B = {2} = 0.015: both must print the same (0.01 or 0.02).
            var atoms = new[] { new Yuan(25m), new Yuan(125m), new Yuan(150m) };

            var rounded = WanYuanRounding.Round(atoms, [[0, 1]], [([0, 1], [2])]);

            (rounded[0].Value + rounded[1].Value).ShouldBe(rounded[2].Value);
        }

        [Fact]
        public void Given_exact_multiples_of_0_01_When_rounded_Then_nothing_moves()
        {
            var atoms = new[] { new Yuan(1_004_500m), new Yuan(700m), new Yuan(-300m) };

            WanYuanRounding.Round(atoms, [[0, 1, 2]]).Select(r => r.Value).ShouldBe([100.45m, 0.07m, -0.03m]);
        }

        [Fact]
        public void Given_an_impossible_equality_When_rounded_Then_a_RoundingException_names_it()
        {
            // 0.005 + 0.005 = 0.01 exactly, so exactly one atom goes up; the two atoms cannot also print equal.
            var atoms = new[] { new Yuan(50m), new Yuan(50m) };

            var e = Should.Throw<RoundingException>(() => WanYuanRounding.Round(atoms, [[0, 1]], [([0], [1])]));

            e.Unsatisfied.ShouldNotBeEmpty();
            e.Message.ShouldContain("0.01");
        }
    }

    public class TheRenderMethodInWanYuan
    {
        [Property(MaxTest = 500)]
        public Property Given_random_budgets_When_rendered_in_wan_yuan_Then_every_printed_sum_adds_up_and_every_figure_is_within_0_01() =>
            Prop.ForAll(RandomBudgets.Arbitrary, spec =>
            {
                var budget = RandomBudgets.Build(spec);
                var printed = TableRenderer.Render(budget, H, RenderPrecision.WanYuan);
                var exact = TableRenderer.Render(budget, H, RenderPrecision.ExactYuan);

                var findings = new Checker().Check(printed).Findings;
                var (_, problem) = CompareWithExact(printed, exact);
                return (findings.Count == 0).Label("checker on 万元: " + string.Join(" | ", findings.Take(3).Select(f => $"{f.RuleId} {f.Severity} {f.Message}")))
                    .And((problem is null).Label("bounds: " + problem));
            });

        [Property(MaxTest = 200)]
        public Property Given_random_budgets_When_rendered_exactly_Then_the_checker_finds_nothing() =>
            Prop.ForAll(RandomBudgets.Arbitrary, spec =>
            {
                var findings = new Checker().Check(TableRenderer.Render(RandomBudgets.Build(spec), H, RenderPrecision.ExactYuan)).Findings;
                return (findings.Count == 0).Label(string.Join(" | ", findings.Take(3).Select(f => $"{f.RuleId} {f.Message}")));
            });

        [Property(MaxTest = 300)]
        public Property Given_random_department_budgets_When_rendered_as_set_S_in_wan_yuan_Then_every_printed_sum_adds_up_and_every_figure_is_within_0_01() =>
            Prop.ForAll(RandomBudgets.Arbitrary, spec =>
            {
                var budget = RandomBudgets.Build(spec, RandomBudgets.Shape.S);
                var printed = TableRenderer.Render(budget, S, RenderPrecision.WanYuan);
                var exact = TableRenderer.Render(budget, S, RenderPrecision.ExactYuan);

                var findings = new Checker().Check(printed).Findings;
                var (_, problem) = CompareWithExact(printed, exact);
                return (findings.Count == 0).Label("checker on 万元: " + string.Join(" | ", findings.Take(3).Select(f => $"{f.RuleId} {f.Severity} {f.Message}")))
                    .And((problem is null).Label("bounds: " + problem));
            });

        [Property(MaxTest = 200)]
        public Property Given_random_department_budgets_When_rendered_exactly_as_set_S_Then_the_checker_finds_nothing() =>
            Prop.ForAll(RandomBudgets.Arbitrary, spec =>
            {
                var findings = new Checker().Check(TableRenderer.Render(RandomBudgets.Build(spec, RandomBudgets.Shape.S), S, RenderPrecision.ExactYuan)).Findings;
                return (findings.Count == 0).Label(string.Join(" | ", findings.Take(3).Select(f => $"{f.RuleId} {f.Message}")));
            });

        [Fact]
        public void Given_2000_random_budgets_When_rendered_Then_the_largest_deviation_stays_below_0_01()
        {
            var specs = RandomBudgets.Spec.Sample(2000, 50);
            decimal max = 0m;
            int lines = 0;
            foreach (var spec in specs)
            {
                var budget = RandomBudgets.Build(spec);
                lines = Math.Max(lines, budget.Lines.Count);
                var (dev, problem) = CompareWithExact(TableRenderer.Render(budget, H, RenderPrecision.WanYuan), TableRenderer.Render(budget, H, RenderPrecision.ExactYuan));
                problem.ShouldBeNull();
                max = Math.Max(max, dev);
            }
            TestContext.Current.TestOutputHelper?.WriteLine($"2000 budgets (up to {lines} lines): max |printed − exact| = {max} 万元");
            max.ShouldBeLessThan(0.01m);
        }
    }
}
