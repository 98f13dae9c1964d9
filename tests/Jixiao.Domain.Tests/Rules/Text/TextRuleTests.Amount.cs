using Jixiao.Rules;
using Jixiao.Rules.Text;

namespace Jixiao.Domain.Tests.Rules.Text;

public partial class TextRuleTests
{
    public class TheAmountRule
    {
        private static readonly TextAmountRule Rule = new();

        [Fact]
        public void GivenTheSeedSentences_WhenChecked_ThenEveryAmountMatchesItsTableFigure()
        {
            var d = TestDisclosure.Xinglong();

            var matches = TextAmountRule.Match(d);
            var r = d.Run(Rule);

            // the amounts as printed in the four sentences, and the table figures they name (seed tables 1, 3, 6, 9)
            matches.Select(m => m.Amount.Figure.Value).ShouldBe([
                6596.36m, 6596.36m,
                6596.36m, 53.84m, 6523.54m, 18.98m, 282.12m, 16.18m, 10.07m,
                16.18m, 4.55m, 1m, 1.2m, 1m, 2m, 4.05m, 1.5m, 0.88m,
                2.5m, 0m, 1.5m, 0m, 1.5m, 1m]);
            matches.Select(m => m.Best!.Value.Value).ShouldBe([
                6596.36m, 6596.36m,
                6596.36m, 53.84m, 6523.54m, 18.98m, 282.12m, 16.18m, 10.07m,
                16.18m, 4.55m, 1.00m, 1.20m, 1.00m, 2.00m, 4.05m, 1.50m, 0.88m,
                2.50m, 0m, 1.50m, 0m, 1.50m, 1.00m]);
            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextAmountRule.Info.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenHospitality_WhenItStandsInTheThreePublicOrTheRunningCostsSection_ThenItNamesTable9OrTable6()
        {
            var d = TestDisclosure.Xinglong();

            var matches = TextAmountRule.Match(d).Where(m => m.Term == "公务接待费" || m.Term == "公务招待费").ToArray();

            matches.Length.ShouldBe(2);
            matches[0].Best!.Table.Template.Id.ShouldBe("H6"); // 运行经费: the economic item 30217
            matches[1].Best!.Table.Template.Id.ShouldBe("H9"); // 三公
        }

        [Fact]
        public void GivenAnAmountThatDiffers_WhenChecked_ThenItIsAnErrorWithBothFiguresAndTheDifference()
        {
            var d = TestDisclosure.New().XinglongTables()
                .Paragraph(TestDisclosure.RunningCostsSection, "运行经费共计安排16.18万元，主要用于办公费5.55万元。");

            var r = d.Run(Rule);

            var f = r.Of(TextAmountRule.Info.Id, Severity.Error).ShouldHaveSingleItem();
            f.Message.ShouldContain("5.55万元");
            f.Message.ShouldContain("4.55");
            f.Message.ShouldContain("相差 1.00");
            f.Subject.ShouldContain("机关运行经费");
            r.OutcomeOf(TextAmountRule.Info.Id).ShouldBe(Outcome.Fail);
        }

        [Fact]
        public void GivenOneWanYuanForATableFigureOf1_40_WhenChecked_ThenTheMissingDecimalsAreNotATolerance()
        {
            // 1万元 is read as 1.00 ± 0.005, not 1 ± 0.5
            var d = TestDisclosure.New().Row("H6", "main", "total", "合计", 1.40m, 0m, 1.40m).Row("H6", "main", "30211", "差旅费", 1.40m, 0m, 1.40m)
                .Paragraph("说明", "差旅费1万元。");

            d.Run(Rule).Of(TextAmountRule.Info.Id, Severity.Error).ShouldHaveSingleItem();
        }

        [Fact]
        public void GivenAnAmountWithinRounding_WhenChecked_ThenItIsAnInfo()
        {
            // 4.554 ± 0.0005 and 4.55 ± 0.005 overlap
            var d = TestDisclosure.New().XinglongTables().Paragraph("说明", "办公费4.554万元。");

            var r = d.Run(Rule);

            r.Of(TextAmountRule.Info.Id).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
            r.OutcomeOf(TextAmountRule.Info.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenARoundedWholeAmount_WhenItMatchesOnlyAtItsOwnPrecision_ThenItIsAWarning()
        {
            var d = TestDisclosure.New().XinglongTables().Paragraph(TestDisclosure.IncomeSection, "2021年预算收入6596万元。");

            d.Run(Rule).Of(TextAmountRule.Info.Id).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
        }

        [Fact]
        public void GivenAnAmountInYiYuan_WhenChecked_ThenItIsConvertedToWanYuan()
        {
            // 1.23亿元 = 12300 ± 50 万元, which holds 12345.67 (a rounding, reported as info)
            var d = TestDisclosure.New().Row("H1", "income", "grand-total", "收入总计", 12345.67m).Paragraph(TestDisclosure.IncomeSection, "2021年预算收入1.23亿元。");

            var r = d.Run(Rule);

            r.Findings.ShouldAllBe(f => f.Severity == Severity.Info);
            r.OutcomeOf(TextAmountRule.Info.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAnAmountWhoseTableIsAbsent_WhenChecked_ThenItIsInsufficientData()
        {
            var d = TestDisclosure.New().Paragraph("六、政府采购预算情况", "2021年，兴隆县医疗保障局本级安排政府采购预算0.00万元。");

            d.Run(Rule).OutcomeOf(TextAmountRule.Info.Id).ShouldBe(Outcome.InsufficientData);
        }

        [Fact]
        public void GivenAnEconomicItemTheBasicExpenditureTableDoesNotPrint_WhenChecked_ThenItIsInsufficientNotZero()
        {
            // 表6 holds 基本支出 only: a 培训费 it does not print may be project money
            var d = TestDisclosure.New().XinglongTables().Paragraph("说明", "培训费3万元。");

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextAmountRule.Info.Id).ShouldBe(Outcome.InsufficientData);
        }

        [Fact]
        public void GivenAProjectDescriptionInThePerformanceSection_WhenItNamesAnEconomicItem_ThenItIsNotComparedWithTable6()
        {
            var d = TestDisclosure.New().XinglongTables().Paragraph("五、预算绩效信息", "本项目办公费2万元，用于宣传资料印制。");

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextAmountRule.Info.Id).ShouldBe(Outcome.NotApplicable);
        }

        [Fact]
        public void GivenAmountsWithUnknownLabelsOrOfFixedAssets_WhenChecked_ThenTheRuleIsNotApplicable()
        {
            var d = TestDisclosure.New().XinglongTables()
                .Paragraph("七、国有资产信息", "上年末固定资产金额为48.102803万元。本年度拟购置固定资产总额为0.00万元。单价在20万元以上的设备。");

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextAmountRule.Info.Id).ShouldBe(Outcome.NotApplicable);
        }
    }
}
