using Jixiao.Documents.Corpus;

namespace Jixiao.Documents.Tests.Corpus;

/// <summary>
/// The reading score over the committed corpus (<c>tests/corpus/generated</c>, written by
/// <c>dotnet run --project bench/Jixiao.Corpus -c Release -- generate tests/corpus/generated</c>): every document read
/// and checked, its figures and findings compared with those of the disclosure that rendered it.
/// </summary>
public sealed class CorpusScoreTests
{
    private static readonly Lazy<CorpusScore> Score = new(() =>
        CorpusScore.Of(Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "generated")));

    public sealed class TheCommittedCorpus
    {
        private static void Show(CorpusScore score, string problemsWith = "")
        {
            TestContext.Current.TestOutputHelper?.WriteLine(score.ToTable());
            foreach (var p in score.Problems.Where(p => p.Contains(problemsWith, StringComparison.Ordinal)).Take(50))
                TestContext.Current.TestOutputHelper?.WriteLine(p);
        }

        [Fact]
        [Trait("Category", "Slow")]
        public void Given_the_corpus_When_scored_Then_it_is_large_enough_reads_its_figures_and_finds_its_defects()
        {
            var score = Score.Value;
            Show(score);

            score.Total.Documents.ShouldBeGreaterThanOrEqualTo(300);
            score.Combinations.Count(c => c.Value.Documents >= 15).ShouldBeGreaterThanOrEqualTo(12);
            score.Total.NotRead.ShouldBe(0);
            score.Total.FiguresRightShare.ShouldBeGreaterThanOrEqualTo(0.995);
            score.Total.PlantedFoundShare.ShouldBeGreaterThanOrEqualTo(0.95);
        }

        [Theory]
        [Trait("Category", "Slow")]
        [InlineData("H")]
        [InlineData("S")]
        public void Given_a_budget_set_When_scored_Then_no_false_error_and_every_figure_and_defect(string layout)
        {
            var score = Score.Value;
            Show(score, layout + "-");
            var combinations = score.Combinations.Where(c => c.Key.StartsWith(layout + " ", StringComparison.Ordinal)).ToList();

            combinations.Count.ShouldBe(6);
            foreach (var (key, t) in combinations)
            {
                t.FalseErrors.ShouldBe(0, key);
                t.FiguresRight.ShouldBe(t.Figures, key);
                t.PlantedFound.ShouldBe(t.Planted, key);
            }
        }

        [Fact]
        [Trait("Category", "Slow")]
        public void Given_the_final_accounts_set_When_scored_Then_no_false_error()
        {
            var score = Score.Value;
            Show(score, "F-");

            foreach (var (key, t) in score.Combinations.Where(c => c.Key.StartsWith("F ", StringComparison.Ordinal)))
            {
                t.FalseErrors.ShouldBe(0, key);
                t.FiguresRight.ShouldBe(t.Figures, key);
                t.PlantedFound.ShouldBe(t.Planted, key);
            }
            score.Total.FalseErrors.ShouldBe(0);
            score.Total.FalseWarnings.ShouldBe(0);
        }
    }

    public sealed class TheScoreDocumentMethod
    {
        private static string Generated(string name) => Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "generated", name);

        [Fact]
        public void Given_an_expected_figure_the_document_does_not_print_When_scored_Then_it_is_counted_wrong()
        {
            var expected = CorpusExpectation.Read(Generated("H-xinglong-2021-clean-txt-tab.expected.json"));
            var first = expected.Figures[0].Split('\t');
            first[4] = (decimal.Parse(first[4], System.Globalization.CultureInfo.InvariantCulture) + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var changed = expected with { Figures = [string.Join('\t', first), .. expected.Figures.Skip(1)] };
            var problems = new List<string>();

            var tally = CorpusScore.ScoreDocument(Generated("H-xinglong-2021-clean-txt-tab.txt"), changed, problems);

            tally.FiguresRight.ShouldBe(expected.Figures.Count - 1);
            problems.ShouldHaveSingleItem().ShouldContain(first[0]);
        }

        [Fact]
        public void Given_a_planted_cell_the_checker_finds_no_error_on_When_scored_Then_it_is_not_found_and_the_real_one_is_false()
        {
            var expected = CorpusExpectation.Read(Generated("H-xinglong-2021-figure-changed-1-txt-tab.expected.json"));
            var moved = expected with
            {
                Findings = [expected.Findings[0] with { Row = "no-such-row" }],
                Explains = [],
            };
            var problems = new List<string>();

            var tally = CorpusScore.ScoreDocument(Generated("H-xinglong-2021-figure-changed-1-txt-tab.txt"), moved, problems);

            tally.Planted.ShouldBe(1);
            tally.PlantedFound.ShouldBe(0);
            tally.FalseErrors.ShouldBeGreaterThan(0);
        }
    }
}
