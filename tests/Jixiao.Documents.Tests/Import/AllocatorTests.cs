using Jixiao.Budget;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>The allocation steps of the importer: <see cref="SubsetSum"/>, <see cref="EconomicAllocator"/>, <see cref="ProjectAllocator"/>.</summary>
public class AllocatorTests
{
    private const long Wan = 1_000_000; // 分 per 万元

    public class TheSubsetSumClass
    {
        [Fact]
        public void Given_amounts_When_a_target_is_asked_Then_the_fewest_amounts_that_add_up_exactly_are_picked()
        {
            long[] amounts = [20 * Wan, 6 * Wan, 4132 * Wan / 100, 15 * Wan, 84 * Wan / 100, 10 * Wan, 5 * Wan, 3 * Wan, 2 * Wan];

            var sums = SubsetSum.Build(amounts, [8316 * Wan / 100])!;

            sums.MinCount(8316 * Wan / 100).ShouldBe(5);
            sums.Pick(8316 * Wan / 100).ShouldBe([0, 1, 2, 3, 4]); // 20 + 6 + 41.32 + 15 + 0.84, not 10 + 5 + 3 + 2 + … (more parts)
        }

        [Fact]
        public void Given_one_amount_too_large_to_tabulate_When_built_Then_nothing_is_tabulated_and_little_is_allocated()
        {
            // fuzz case 200473: a single amount of 10^26 分 asked for 2^28 sums (a GiB of counts) before the sums were bounded
            long huge = 100_000_000_000_000_000; // 10^17 分 = 10^15 元, the largest printed number read
            long before = GC.GetAllocatedBytesForCurrentThread();

            var sums = SubsetSum.Build([huge, 3], [huge]);

            sums.ShouldBeNull();
            (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1L << 20);
            SubsetSum.Build([1_000_000, 3], [SubsetSum.MaxSums + 1]).ShouldBeNull();
        }

        [Fact]
        public void Given_two_equal_amounts_When_one_is_enough_Then_the_earlier_is_picked()
        {
            var sums = SubsetSum.Build([5 * Wan, 3 * Wan, 5 * Wan], [5 * Wan])!;

            sums.Pick(5 * Wan).ShouldBe([0]);
        }

        [Fact]
        public void Given_no_subset_adds_up_When_asked_Then_there_is_none()
        {
            var sums = SubsetSum.Build([2 * Wan, 4 * Wan], [5 * Wan])!;

            sums.MinCount(5 * Wan).ShouldBe(-1);
            sums.Pick(5 * Wan).ShouldBeNull();
        }

        [Fact]
        public void Given_a_target_too_large_to_tabulate_When_built_Then_it_declines()
        {
            SubsetSum.Build([1, 2, 3], [SubsetSum.MaxCells]).ShouldBeNull();
        }
    }

    public class TheEconomicAllocatorClass
    {
        [Fact]
        public void Given_items_that_fit_no_item_exactly_When_allocated_Then_one_item_is_split_and_both_sides_add_up()
        {
            EconomicAllocator.Bucket[] buckets = [new("2101501", ExpenseKind.Personnel, 300), new("2080505", ExpenseKind.Personnel, 200)];
            EconomicAllocator.Item[] items = [new("30101", ExpenseKind.Personnel, 250), new("30102", ExpenseKind.Personnel, 250)];

            var result = EconomicAllocator.Allocate(buckets, items);

            result.SplitAny.ShouldBeTrue();
            result.Unfilled.ShouldBeEmpty();
            result.Unused.ShouldBeEmpty();
            result.Lines.GroupBy(l => l.Functional).ToDictionary(g => g.Key, g => g.Sum(l => l.Cents)).ShouldBe(new Dictionary<string, long> { ["2101501"] = 300, ["2080505"] = 200 });
            result.Lines.GroupBy(l => l.Economic).ToDictionary(g => g.Key, g => g.Sum(l => l.Cents)).ShouldBe(new Dictionary<string, long> { ["30101"] = 250, ["30102"] = 250 });
        }

        [Fact]
        public void Given_an_item_equal_to_one_functional_item_When_allocated_Then_it_goes_there_whole()
        {
            EconomicAllocator.Bucket[] buckets = [new("2101501", ExpenseKind.Personnel, 700), new("2080505", ExpenseKind.Personnel, 300)];
            EconomicAllocator.Item[] items = [new("30101", ExpenseKind.Personnel, 400), new("30108", ExpenseKind.Personnel, 300), new("30102", ExpenseKind.Personnel, 300)];

            var result = EconomicAllocator.Allocate(buckets, items);

            result.SplitAny.ShouldBeFalse();
            result.Lines.ShouldContain(new EconomicAllocator.Line("2080505", "30108", ExpenseKind.Personnel, 300));
            result.Lines.Where(l => l.Functional == "2101501").Select(l => l.Economic).ShouldBe(["30101", "30102"], ignoreOrder: true);
        }
    }

    public class TheProjectAllocatorClass
    {
        [Fact]
        public void Given_no_exact_partition_When_allocated_Then_the_rest_is_a_remainder_without_project()
        {
            var result = ProjectAllocator.Allocate([("2101501", 10 * Wan), ("2101504", 7 * Wan)], [6 * Wan, 6 * Wan]);

            result.Functional.ShouldBe(["2101501", "2101504"]);
            result.Remainders.ShouldBe(new Dictionary<string, long> { ["2101501"] = 4 * Wan, ["2101504"] = 1 * Wan });
            result.Steps["2101501"].ShouldBe(ProjectAllocator.Step.Remainder);
        }

        [Fact]
        public void Given_two_equal_projects_and_one_item_of_that_amount_When_allocated_Then_the_first_goes_there_and_the_tie_is_reported()
        {
            var result = ProjectAllocator.Allocate([("2089999", 5 * Wan), ("2101501", 8 * Wan)], [3 * Wan, 5 * Wan, 5 * Wan]);

            result.Functional.ShouldBe(["2101501", "2089999", "2101501"]);
            result.Ties.ShouldHaveSingleItem().Chosen.ShouldBe(1);
            result.Remainders.ShouldBeEmpty();
        }
    }
}
