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
        [Fact]
        [Trait("Category", "Slow")]
        public void Given_the_corpus_When_scored_Then_every_threshold_holds()
        {
            var score = Score.Value;
            TestContext.Current.TestOutputHelper?.WriteLine(score.ToTable());
            foreach (var p in score.Problems.Take(50)) TestContext.Current.TestOutputHelper?.WriteLine(p);

            score.Total.Documents.ShouldBeGreaterThanOrEqualTo(300);
            score.Combinations.Count(c => c.Value.Documents >= 15).ShouldBeGreaterThanOrEqualTo(12);
            score.Total.FalseErrors.ShouldBe(0, string.Join("\n", score.Problems.Where(p => p.Contains("false error", StringComparison.Ordinal)).Take(20)));
            score.Total.FiguresRightShare.ShouldBeGreaterThanOrEqualTo(0.995);
            score.Total.PlantedFoundShare.ShouldBeGreaterThanOrEqualTo(0.95);
            score.Total.NotRead.ShouldBe(0, string.Join("\n", score.Problems.Where(p => p.Contains(": not read:", StringComparison.Ordinal)).Take(20)));
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
