using Jixiao.Documents.Corpus;

namespace Jixiao.Documents.Tests.Text;

/// <summary>
/// Cells joined by “ | ” on a line (a table copied out of a viewer, or a Markdown table): the corpus's clean tab texts
/// of every set, rewritten so, read every figure their sidecar lists, without a false error.
/// </summary>
public class PipedTextTests
{
    [Theory]
    [InlineData("H-xinglong-2021-clean-txt-tab")]
    [InlineData("S-xinglong-2021-clean-txt-tab")]
    [InlineData("F-putuo-2024-clean-txt-tab")]
    [InlineData("H-xinglong-2021-figure-changed-1-txt-tab")]
    public void A_text_with_cells_joined_by_bars_reads_like_its_tab_original(string name)
    {
        var folder = Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "generated");
        var expected = CorpusExpectation.Read(Path.Combine(folder, name + ".expected.json"));
        var piped = Path.Combine(WrittenSeed.NewFolder(), name + ".txt");
        File.WriteAllLines(piped, File.ReadAllLines(Path.Combine(folder, name + ".txt")).Select(l => l.Replace("\t", " | ", StringComparison.Ordinal)));
        var problems = new List<string>();

        var tally = CorpusScore.ScoreDocument(piped, expected, problems);

        tally.Figures.ShouldBeGreaterThan(100);
        tally.FiguresRight.ShouldBe(tally.Figures, string.Join("\n", problems.Take(10)));
        tally.FalseErrors.ShouldBe(0, string.Join("\n", problems.Take(10)));
        tally.PlantedFound.ShouldBe(tally.Planted);
    }
}
