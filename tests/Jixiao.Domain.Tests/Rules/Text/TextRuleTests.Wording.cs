using Jixiao.Rules;
using Jixiao.Rules.Text;

namespace Jixiao.Domain.Tests.Rules.Text;

public partial class TextRuleTests
{
    public class ThePlaceholderRule
    {
        private static readonly TextPlaceholderRule Rule = new();

        [Theory]
        [InlineData("XX县医疗保障局2021年单位预算")]
        [InlineData("收入xx万元")]
        [InlineData("负责人：某某")]
        [InlineData("收入××万元")]
        [InlineData("主要原因是*** 。")]
        [InlineData("单位职责：【填写】")]
        [InlineData("比上年增加X万元")]
        public void GivenAPlaceholder_WhenChecked_ThenItIsAnError(string text)
        {
            var r = TestDisclosure.New().Paragraph("说明", text).Run(Rule);

            r.Of(TextPlaceholderRule.Info.Id, Severity.Error).ShouldNotBeEmpty();
            r.OutcomeOf(TextPlaceholderRule.Info.Id).ShouldBe(Outcome.Fail);
        }

        [Fact]
        public void GivenRealTextCodesAndDocumentNumbers_WhenChecked_ThenItPasses()
        {
            var r = TestDisclosure.New()
                .Paragraph("说明", "项目编码13082221KPMIQHAGCZE4A，依据冀财社[2020]147号，" + TestDisclosure.ThreePublic)
                .Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextPlaceholderRule.Info.Id).ShouldBe(Outcome.Pass);
        }
    }

    public class TheReasonRule
    {
        private static readonly TextReasonRule Rule = new();

        [Fact]
        public void GivenTheSeedReason_WhenChecked_ThenItPasses()
        {
            var r = TestDisclosure.New().Paragraph(TestDisclosure.ThreePublicSection, TestDisclosure.ThreePublic).Run(Rule);

            r.Findings.ShouldBeEmpty();
            r.OutcomeOf(TextReasonRule.Info.Id).ShouldBe(Outcome.Pass);
        }

        [Theory]
        [InlineData("“三公”经费整体较上年增加2.5万元，增加的主要原因是：。")]
        [InlineData("“三公”经费整体较上年增加2.5万元，主要原因是XX。")]
        [InlineData("“三公”经费整体较上年增加2.5万元，原因：")]
        public void GivenAReasonLeftEmpty_WhenChecked_ThenItIsAWarning(string text)
        {
            var r = TestDisclosure.New().Paragraph(TestDisclosure.ThreePublicSection, text).Run(Rule);

            r.Of(TextReasonRule.Info.Id, Severity.Warning).ShouldHaveSingleItem();
        }

        [Fact]
        public void GivenAReasonInTheNextParagraph_WhenChecked_ThenItPasses()
        {
            var r = TestDisclosure.New()
                .Paragraph(TestDisclosure.ThreePublicSection, "“三公”经费整体较上年增加2.5万元，原因如下：")
                .Paragraph(TestDisclosure.ThreePublicSection, "1.公车大修；2.车辆保险。")
                .Run(Rule);

            r.Findings.ShouldBeEmpty();
        }
    }

    public class TheCatalog
    {
        [Fact]
        public void GivenTheCommonRules_WhenListed_ThenEveryTextRuleIsRegisteredOnce()
        {
            var ids = RuleCatalog.CommonRules().SelectMany(r => r.Rules).Select(r => r.Id).ToArray();

            ids.Where(i => i.StartsWith("TXT-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ShouldBe(
                ["TXT-AMT-01", "TXT-CHG-01", "TXT-DUP-01", "TXT-PCT-01", "TXT-PCT-02", "TXT-PH-01", "TXT-REASON-01", "TXT-SUM-01", "TXT-YEAR-01", "TXT-ZERO-01"]);
        }

        [Fact]
        public void GivenTheShippedVocabulary_WhenLoaded_ThenEveryLabelNamesADefinedFigure()
        {
            var labels = TextLabels.Default;

            labels.FigureKeys.ShouldContain("sangong");
            labels.Names.ShouldContain("公务招待费");
            labels.Resolve("医保局运行经费共计安排", null)!.Term.ShouldBe("运行经费");
        }
    }
}
