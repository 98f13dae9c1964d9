using Jixiao.Rules;
using Jixiao.Rules.Text;

namespace Jixiao.Domain.Tests.Rules.Text;

public partial class TextRuleTests
{
    public class TheYearRule
    {
        private static readonly TextYearRule Rule = new();

        [Fact]
        public void GivenYearsOfTheBudgetDocumentNumbersDatesAndLastYear_WhenChecked_ThenItPasses()
        {
            var d = TestDisclosure.New(2021)
                .Paragraph("1、收入说明", "2021年预算收入6596.36万元。依据冀财社[2020]147号、冀财预〔2021〕12号文件。")
                .Paragraph("七、国有资产信息", "上年末固定资产金额为48.102803万元，截止时间：2020-12-31，2020年度购置。")
                .Paragraph("五、预算绩效信息", "实施期2021—2023年，到2025年全覆盖。");

            var r = d.Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextYearRule.Info.Id).ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenANextYearBudgetInA2021Budget_WhenChecked_ThenItIsAnError()
        {
            var d = TestDisclosure.New(2021).Paragraph(TestDisclosure.ExpenditureSection, TestDisclosure.Expenditure);

            var r = d.Run(Rule);

            var f = r.Of(TextYearRule.Info.Id).ShouldHaveSingleItem();
            f.Severity.ShouldBe(Severity.Error);
            f.Message.ShouldContain("2022年单位支出预算");
            f.Expected.ShouldBe("2021");
            f.Actual.ShouldBe("2022");
            r.OutcomeOf(TextYearRule.Info.Id).ShouldBe(Outcome.Fail);
        }

        [Fact]
        public void GivenANextYearOutsideABudgetPhrase_WhenChecked_ThenItIsAWarning()
        {
            var d = TestDisclosure.New(2021).Paragraph("六、政府采购预算情况", "2022年  预留中  小微企  业份额");

            var f = d.Run(Rule).Of(TextYearRule.Info.Id).ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
        }

        [Fact]
        public void GivenATableHeaderWithAnotherBudgetYear_WhenChecked_ThenItIsAnError()
        {
            var d = TestDisclosure.New(2021).Row("H9", "main", "total", "合计", 2.5m);
            d.Tables[0].HeaderLines.Add("预算年度：2022");

            var f = d.Run(Rule).Of(TextYearRule.Info.Id).ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Error);
            f.Location.ShouldBe("表头");
        }
    }
}
