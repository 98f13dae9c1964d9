using Jixiao.Rules;
using Jixiao.Rules.Text;

namespace Jixiao.Domain.Tests.Rules.Text;

public partial class TextRuleTests
{
    public class TheShareRules
    {
        private static readonly TextShareRules Rule = new();

        [Fact]
        public void GivenSharesOfTheSentenceTotal_WhenChecked_ThenTheyPass()
        {
            // 298.30 ÷ 6596.36 = 4.5222 %; 6298.06 ÷ 6596.36 = 95.4778 %
            var d = TestDisclosure.New().Paragraph(TestDisclosure.ExpenditureSection,
                "2021年支出预算6596.36万元，其中：基本支出298.30万元，占4.52%；项目支出6298.06万元，占95.48%。");

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextShareRules.Share.Id).ShouldBe(Outcome.Pass);
            r.OutcomeOf(TextShareRules.PercentSign.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAShareThatRoundsToThePrintedFigure_WhenChecked_ThenItHolds()
        {
            // 10.00 ÷ 102.01 = 9.8030 %, printed 9.80 %
            var d = TestDisclosure.New().Paragraph("说明", "支出预算102.01万元，其中基本支出10.00万元，占9.80%。");

            d.Run(Rule).OutcomeOf(TextShareRules.Share.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAShareOfTheTablesTotal_WhenTheSentenceHasNoTotal_ThenTheTableTotalIsUsed()
        {
            // 基本支出 298.30 of the tables' 支出总计 6596.36 = 4.52 %, not 9.80 %
            var d = TestDisclosure.New().XinglongTables().Paragraph(TestDisclosure.ExpenditureSection, "基本支出298.30万元，占总支出的9.80%。");

            var r = d.Run(Rule);

            var f = r.Of(TextShareRules.Share.Id, Severity.Error).ShouldHaveSingleItem();
            f.Message.ShouldContain("4.5222%");
            f.Expected.ShouldBe("4.5222%");
            r.OutcomeOf(TextShareRules.Share.Id).ShouldBe(Outcome.Fail);
        }

        [Fact]
        public void GivenAShareWithoutItsPercentSign_WhenChecked_ThenItIsAWarning()
        {
            var d = TestDisclosure.New().Paragraph("说明", "支出预算6596.36万元，其中基本支出298.30万元，占比4.52，项目支出6298.06万元，占总支出的95.48。");

            var r = d.Run(Rule);

            r.Of(TextShareRules.PercentSign.Id, Severity.Warning).Count.ShouldBe(2);
            r.OutcomeOf(TextShareRules.PercentSign.Id).ShouldBe(Outcome.Fail);
        }
    }

    public class TheChangeRules
    {
        private static readonly TextChangeRules Rule = new();

        [Fact]
        public void GivenAnAmountItsChangeAndARateThatAgree_WhenChecked_ThenItPasses()
        {
            // last year 16.18 − 1.18 = 15.00; 1.18 ÷ 15.00 = 7.8667 %
            var d = TestDisclosure.New().Paragraph("说明", "公用经费16.18万元，比上年增加1.18万元，增长7.87%。");

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextChangeRules.Change.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenASmallFallCalledATenPercentFall_WhenChecked_ThenItIsAnError()
        {
            // last year 16.18 + 0.2 = 16.38; 0.2 ÷ 16.38 = 1.2210 %, not 10 %
            var d = TestDisclosure.New().Paragraph("说明", "公用经费16.18万元，比上年减少0.2万元，下降10%。");

            var f = d.Run(Rule).Of(TextChangeRules.Change.Id, Severity.Error).ShouldHaveSingleItem();

            f.Message.ShouldContain("1.221%");
            f.Actual.ShouldBe("下降10%");
        }

        [Fact]
        public void GivenLastYearsTables_WhenTheChangeDiffers_ThenItIsAnError()
        {
            var d = TestDisclosure.New().XinglongTables().Paragraph(TestDisclosure.RunningCostsSection, "机关运行经费16.18万元，比上年增加2.18万元。");
            d.PriorYear = TestDisclosure.New(2020).Row("H6", "main", "total", "合计", 290m, 275m, 15.00m);

            var f = d.Run(Rule).Of(TextChangeRules.Change.Id, Severity.Error).ShouldHaveSingleItem();

            f.Message.ShouldContain("1.18"); // 16.18 − 15.00
        }

        [Fact]
        public void GivenLastYearsTables_WhenChangeAndRateAgree_ThenItPasses()
        {
            var d = TestDisclosure.New().XinglongTables().Paragraph(TestDisclosure.RunningCostsSection, "机关运行经费16.18万元，比上年增加1.18万元，增长7.87%。");
            d.PriorYear = TestDisclosure.New(2020).Row("H6", "main", "total", "合计", 290m, 275m, 15.00m);

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextChangeRules.Change.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAChangeWithoutRateOrLastYear_WhenChecked_ThenItIsInsufficientData()
        {
            var d = TestDisclosure.Xinglong();

            var r = d.Run(Rule);

            r.OutcomeOf(TextChangeRules.Change.Id).ShouldBe(Outcome.InsufficientData);
            r.Of(TextChangeRules.Change.Id).ShouldBeEmpty();
        }

        [Fact]
        public void GivenAnIncreaseLargerThanTheAmount_WhenChecked_ThenItIsAnError()
        {
            var d = TestDisclosure.New().Paragraph("说明", "公务接待费1万元，较上年增加2万元。");

            d.Run(Rule).Of(TextChangeRules.Change.Id, Severity.Error).ShouldHaveSingleItem();
        }

        [Fact]
        public void GivenGrowthOfAHundredPercentFromZero_WhenChecked_ThenItIsAZeroBaseWarning()
        {
            var d = TestDisclosure.New().Paragraph(TestDisclosure.ThreePublicSection, "公务用车运行费1.5万元，较上年增加1.5万元，增长100%。");

            var r = d.Run(Rule);

            r.Of(TextChangeRules.ZeroBase.Id, Severity.Warning).ShouldHaveSingleItem().Message.ShouldContain("上年为 0");
            r.Of(TextChangeRules.Change.Id, Severity.Error).ShouldBeEmpty();
            r.OutcomeOf(TextChangeRules.ZeroBase.Id).ShouldBe(Outcome.Fail);
        }

        [Fact]
        public void GivenGrowthOnANonZeroBase_WhenChecked_ThenTheZeroBaseRulePasses()
        {
            var d = TestDisclosure.New().Paragraph("说明", "公用经费16.18万元，比上年增加1.18万元，增长7.87%。");

            d.Run(Rule).OutcomeOf(TextChangeRules.ZeroBase.Id).ShouldBe(Outcome.Pass);
        }
    }
}
