using Jixiao.Rules;
using Jixiao.Rules.Text;

namespace Jixiao.Domain.Tests.Rules.Text;

public partial class TextRuleTests
{
    public class TheSumRule
    {
        private static readonly TextSumRule Rule = new();

        [Fact]
        public void GivenTheSeedRunningCostsAndThreePublicSentences_WhenChecked_ThenThePartsAddUpToTheTotals()
        {
            var d = TestDisclosure.Xinglong();
            // by hand: 4.55 + 1 + 1.2 + 1 + 2 + 4.05 + 1.5 + 0.88 = 16.18; 0 + 1.5 + 1 = 2.50; 0 + 1.5 = 1.50
            var running = StatementParser.Parse(TestDisclosure.RunningCosts).Single().Lists.Single();
            running.Parts.Select(p => p.Figure.Value).ShouldBe([4.55m, 1m, 1.2m, 1m, 2m, 4.05m, 1.5m, 0.88m]);
            var threePublic = StatementParser.Parse(TestDisclosure.ThreePublic).First().Lists.Single(l => l.Parent!.Figure.Value == 2.5m);
            threePublic.Parts.Select(p => p.Figure.Value).ShouldBe([0m, 1.5m, 1m]);

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextSumRule.Info.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenPartsAddingUpToMoreThanTheTotal_WhenChecked_ThenItIsAnError()
        {
            var d = TestDisclosure.New().Paragraph(TestDisclosure.ThreePublicSection,
                "“三公”经费预算安排2.5万元，其中：因公出国（境）费0万元；公务用车购置及运维费1.5万元；公务接待费2万元。");

            var r = d.Run(Rule);

            var f = r.Of(TextSumRule.Info.Id, Severity.Error).ShouldHaveSingleItem();
            f.Message.ShouldContain("3.50"); // 0 + 1.5 + 2
            f.Message.ShouldContain("相差 1.00");
        }

        [Fact]
        public void GivenPartsAddingUpToLessWhileTheTablesShowTheListIsComplete_WhenChecked_ThenItIsAnError()
        {
            // the tables' 8 items make up the 16.18 of 公用经费; the sentence prints 办公费 as 3.55
            var d = TestDisclosure.New().XinglongTables().Paragraph(TestDisclosure.RunningCostsSection,
                TestDisclosure.RunningCosts.Replace("办公费4.55万元", "办公费3.55万元", StringComparison.Ordinal));

            var f = d.Run(Rule).Of(TextSumRule.Info.Id, Severity.Error).ShouldHaveSingleItem();

            f.Message.ShouldContain("15.18");
        }

        [Fact]
        public void GivenAQiZhongThatNamesOnlySomeParts_WhenChecked_ThenItIsNoFinding()
        {
            var d = TestDisclosure.New().XinglongTables().Paragraph(TestDisclosure.ExpenditureSection, "支出预算6596.36万元，其中基本支出298.30万元。");

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextSumRule.Info.Id).ShouldBe(Outcome.NotApplicable);
        }

        [Fact]
        public void GivenFewerPartsAndNoTables_WhenChecked_ThenItIsInsufficientData()
        {
            var d = TestDisclosure.New().Paragraph(TestDisclosure.ExpenditureSection, "支出预算6596.36万元，其中基本支出298.30万元。");

            d.Run(Rule).OutcomeOf(TextSumRule.Info.Id).ShouldBe(Outcome.InsufficientData);
        }
    }

    public class TheDuplicateRule
    {
        private static readonly TextDuplicateRule Rule = new();

        [Fact]
        public void GivenTheSeedExpenditureSentence_WhenChecked_ThenTheHouseholdSubsidiesInsidePersonnelAreFlagged()
        {
            // 对个人和家庭的补助 (economic 303, 10.07) stands wholly in the 人员经费 column: 282.12 = 272.05 + 10.07
            var d = TestDisclosure.Xinglong();

            var r = d.Run(Rule);

            var f = r.Of(TextDuplicateRule.Info.Id).ShouldHaveSingleItem();
            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("对个人和家庭的补助");
            f.Message.ShouldContain("人员支出");
            r.OutcomeOf(TextDuplicateRule.Info.Id).ShouldBe(Outcome.Fail);
        }

        [Fact]
        public void GivenPartsThatDoNotNest_WhenChecked_ThenItPasses()
        {
            var d = TestDisclosure.New().XinglongTables().Paragraph(TestDisclosure.ExpenditureSection,
                "2021年单位支出预算为6596.36万元，其中人员支出282.12万元，公用支出16.18万元。");

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextDuplicateRule.Info.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenPartsExceedingTheirTotalWhileASubsetEqualsIt_WhenChecked_ThenTheExtraPartIsFlagged()
        {
            // no tables: 282.12 + 16.18 = 298.30 already; 10.07 more is counted twice
            var d = TestDisclosure.New().Paragraph("说明", "基本支出298.30万元，其中：甲项282.12万元，乙项16.18万元，丙项10.07万元。");

            var f = d.Run(Rule).Of(TextDuplicateRule.Info.Id).ShouldHaveSingleItem();

            f.Message.ShouldContain("丙项");
            f.Message.ShouldContain("308.37");
        }
    }
}
