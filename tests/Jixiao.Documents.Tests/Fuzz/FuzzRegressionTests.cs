using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>Cases the fuzz run found, kept so that they stay fixed.</summary>
public class FuzzRegressionTests
{
    [Theory]
    // Xinzhou with random bytes appended to 20 lines: Latin-1 bytes that FormKC lengthens (¼ → 1⁄4) in an indicator row.
    [InlineData(1, "RandomBytes", 1105567686, 20)]
    public void Read_and_checked_without_an_exception(int seed, string kind, int rndSeed, int count)
    {
        var texts = new[] { SeedFiles.Xinglong, SeedFiles.Xinzhou, SeedFiles.Jinzhong };
        var text = SeedMutation.Apply(SeedFiles.Text(texts[seed]), Enum.Parse<SeedMutation.Kind>(kind), rndSeed, count);
        var disclosure = PublishedTextReader.Read(text, "regression");
        new Checker().Check(disclosure).Rules.Count.ShouldBe(RuleCatalog.All(disclosure.Set).Count);
    }
}
