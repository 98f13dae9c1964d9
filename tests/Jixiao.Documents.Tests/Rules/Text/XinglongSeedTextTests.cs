using Jixiao.Disclosures;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Rules.Text;

namespace Jixiao.Documents.Tests.Rules.Text;

/// <summary>The text rules on the real Xinglong 2021 disclosure (tests/corpus/real/xinglong-2021-unit-budget.txt).</summary>
public class XinglongSeedTextTests
{
    private static readonly Lazy<Disclosure> Seed = new(() => PublishedTextReader.ReadFile(SeedFiles.Path("xinglong-2021-unit-budget.txt")));
    private static readonly Lazy<DocumentReport> Report = new(() => new Checker().Check(Seed.Value));

    private static Outcome OutcomeOf(string id) => Report.Value.Rules.Single(r => r.Rule.Id == id).Outcome;

    private static IReadOnlyList<Finding> Findings(string id) => Report.Value.Findings.Where(f => f.RuleId == id).ToArray();

    private static bool InExplanations(string section) =>
        section.Contains("收入说明", StringComparison.Ordinal) || section.Contains("支出说明", StringComparison.Ordinal)
        || section.Contains("机关运行经费", StringComparison.Ordinal) || section.Contains("三公", StringComparison.Ordinal);

    public class TheYearRule
    {
        [Fact]
        public void GivenTheSeed_WhenChecked_ThenThe2022BudgetIn2021IsAnError()
        {
            var errors = Findings("TXT-YEAR-01").Where(f => f.Severity == Severity.Error).ToArray();

            errors.ShouldHaveSingleItem().Message.ShouldContain("2022年单位支出预算");
            errors[0].Subject.ShouldContain("支出说明");
            OutcomeOf("TXT-YEAR-01").ShouldBe(Outcome.Fail);
        }

        [Fact]
        public void GivenTheSeed_WhenChecked_ThenTheProcurementHeaderYearIsAWarning()
        {
            Findings("TXT-YEAR-01").Where(f => f.Severity == Severity.Warning)
                .ShouldHaveSingleItem().Message.ShouldContain("预留中");
        }
    }

    public class TheAmountRule
    {
        [Fact]
        public void GivenTheSeed_WhenMatched_ThenEveryExplanationAmountMatchesItsTableFigure()
        {
            var matches = TextAmountRule.Match(Seed.Value).Where(m => InExplanations(m.Section)).ToArray();

            // 收入说明; 支出说明; 机关运行经费; “三公” — as printed in the seed
            matches.Select(m => m.Amount.Figure.Value).ShouldBe([
                6596.36m, 6596.36m,
                6596.36m, 53.84m, 6523.54m, 18.98m, 282.12m, 16.18m, 10.07m,
                16.18m, 4.55m, 1m, 1.2m, 1m, 2m, 4.05m, 1.5m, 0.88m,
                2.5m, 0m, 1.5m, 0m, 1.5m, 1m]);
            matches.Select(m => m.Term).Take(3).ShouldBe(["预算收入", "一般公共预算拨款收入", "单位支出预算"]);
            // the seed's tables print the same figures (表1, 表3, 表6, 表9)
            matches.Select(m => m.Best!.Value.Value).ShouldBe([
                6596.36m, 6596.36m,
                6596.36m, 53.84m, 6523.54m, 18.98m, 282.12m, 16.18m, 10.07m,
                16.18m, 4.55m, 1.00m, 1.20m, 1.00m, 2.00m, 4.05m, 1.50m, 0.88m,
                2.50m, 0.00m, 1.50m, 0.00m, 1.50m, 1.00m]);
            matches.ShouldAllBe(m => m.Consistency == Consistency.Equal);
        }

        [Fact]
        public void GivenTheSeed_WhenChecked_ThenNoAmountIsAnErrorAndProcurementLacksItsTable()
        {
            Findings("TXT-AMT-01").ShouldBeEmpty();
            OutcomeOf("TXT-AMT-01").ShouldBe(Outcome.Pass);
            TextAmountRule.Match(Seed.Value).ShouldContain(m => m.Term == "政府采购预算" && m.Figures.Count == 0);
        }
    }

    public class TheSumRule
    {
        [Fact]
        public void GivenTheSeed_WhenParsed_ThenTheRunningCostsAndThreePublicPartsAddUp()
        {
            var lists = Seed.Value.Paragraphs.Where(p => InExplanations(p.Section))
                .SelectMany(p => StatementParser.Parse(p.Text)).SelectMany(s => s.Lists).Where(l => l.Parent is not null).ToArray();

            var running = lists.Single(l => l.Parent!.Figure.Value == 16.18m && l.Parts.Count == 8);
            // by hand: 4.55 + 1 + 1.2 + 1 + 2 + 4.05 + 1.5 + 0.88 = 16.18
            running.Parts.Select(p => p.Figure.Value).ShouldBe([4.55m, 1m, 1.2m, 1m, 2m, 4.05m, 1.5m, 0.88m]);
            var threePublic = lists.Single(l => l.Parent!.Figure.Value == 2.5m);
            // by hand: 0 + 1.5 + 1 = 2.50
            threePublic.Parts.Select(p => p.Figure.Value).ShouldBe([0m, 1.5m, 1m]);
        }

        [Fact]
        public void GivenTheSeed_WhenChecked_ThenTheSumRulePasses()
        {
            Findings("TXT-SUM-01").ShouldBeEmpty();
            OutcomeOf("TXT-SUM-01").ShouldBe(Outcome.Pass);
        }
    }

    public class TheDuplicateRule
    {
        [Fact]
        public void GivenTheSeed_WhenChecked_ThenHouseholdSubsidiesCountedBesidePersonnelAreFlagged()
        {
            var f = Findings("TXT-DUP-01").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Subject.ShouldContain("支出说明");
            f.Message.ShouldContain("对个人和家庭的补助");
            f.Message.ShouldContain("人员支出");
        }
    }

    public class TheOtherRules
    {
        [Fact]
        public void GivenTheSeed_WhenChecked_ThenEachTextRuleReportsItsOutcome()
        {
            // no rate is stated and last year's tables are not in the document
            OutcomeOf("TXT-CHG-01").ShouldBe(Outcome.InsufficientData);
            OutcomeOf("TXT-PH-01").ShouldBe(Outcome.Pass);
            OutcomeOf("TXT-REASON-01").ShouldBe(Outcome.Pass);
            OutcomeOf("TXT-PCT-01").ShouldBe(Outcome.NotApplicable);
            OutcomeOf("TXT-PCT-02").ShouldBe(Outcome.NotApplicable);
            OutcomeOf("TXT-ZERO-01").ShouldBe(Outcome.NotApplicable);
        }
    }
}
