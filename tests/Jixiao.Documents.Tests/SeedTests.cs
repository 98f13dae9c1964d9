using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests;

/// <summary>
/// The Xinglong 2021 seed (set H) under the catalog, document and project rules. The seed is a copy in
/// <c>tests/corpus/real/</c>.
/// </summary>
public class SeedTests
{
    private static DocumentReport Check()
    {
        return new Checker().Check(PublishedTextReader.ReadFile(SeedFiles.Path(SeedFiles.Xinglong)));
    }

    [Fact]
    public void ReportsTheOutdatedName210InTables1And4()
    {
        var outdated = Check().Findings.Where(f => f.RuleId == "CAT-02" && f.Severity == Severity.Warning).ToList();

        outdated.Select(f => f.Subject).ShouldBe(["表1 单位预算收支总表", "表4 单位预算财政拨款收支总表"]);
        outdated.ShouldAllBe(f => f.Actual == "医疗卫生与计划生育支出" && f.Expected == "卫生健康支出");
    }

    [Fact]
    public void ReportsTwoNamesFor210()
    {
        var f = Check().Findings.Where(f => f.RuleId == "CAT-03").ShouldHaveSingleItem();

        f.Severity.ShouldBe(Severity.Warning);
        f.Message.ShouldContain("表1、表4 为“医疗卫生与计划生育支出”");
    }

    [Fact]
    public void FindsThe23ProjectsAddUpAndEveryTablePublished()
    {
        var report = Check();

        report.Rules.Single(r => r.Rule.Id == "XT-10").Outcome.ShouldBe(Outcome.Pass);
        report.Rules.Single(r => r.Rule.Id == "DOC-01").Outcome.ShouldBe(Outcome.Pass);
        report.Rules.Single(r => r.Rule.Id == "DOC-02").Outcome.ShouldBe(Outcome.Pass);
        report.Rules.Single(r => r.Rule.Id == "DOC-03").Outcome.ShouldBe(Outcome.Pass);
        report.Rules.Single(r => r.Rule.Id == "CAT-01").Outcome.ShouldBe(Outcome.Pass);
    }
}
