using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Rules.Text;

/// <summary>The text rules on short published texts read by <see cref="PublishedTextReader"/>.</summary>
public class PublishedTextRulesTests
{
    private const string Tables = """
        单位预算财政拨款“三公”经费支出表
        	362001兴隆县医疗保障局本级
        	预算年度：2021
        	单位：万元
        合计	2.50	2.50	0.00	0.00
        “三公”经费小计	2.50	2.50	0.00	0.00
        一、因公出国（境）费	0.00	0.00	0.00	0.00
        二、公务用车购置及运维费	1.50	1.50	0.00	0.00
        其中：公务用车购置费	0.00	0.00	0.00	0.00
        公务用车运行维护费	1.50	1.50	0.00	0.00
        三、公务接待费	1.00	1.00	0.00	0.00

        四、财政拨款“三公”经费预算情况及增减变化原因
        """;

    public class TheThreePublicSentence
    {
        [Fact]
        public void GivenTheSeedSentence_WhenReadAndChecked_ThenItsAmountsAndSumsPass()
        {
            var d = PublishedTextReader.Read(Tables + "\n2021年，我单位财政拨款“三公”经费预算安排2.5万元，其中：因公出国（境）费0万元；公务用车购置及运维费1.5万元(其中：公务用车购置费0万元；公务用车运行费1.5万元）；公务接待费1万元。\n", "test");

            var report = new Checker().Check(d);

            report.Findings.Where(f => f.RuleId.StartsWith("TXT-", StringComparison.Ordinal)).ShouldBeEmpty();
            report.Rules.Single(r => r.Rule.Id == "TXT-AMT-01").Outcome.ShouldBe(Outcome.Pass);
            report.Rules.Single(r => r.Rule.Id == "TXT-SUM-01").Outcome.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAWrongHospitalityFigure_WhenReadAndChecked_ThenTheAmountAndTheSumFail()
        {
            var d = PublishedTextReader.Read(Tables + "\n2021年，我单位财政拨款“三公”经费预算安排2.5万元，其中：因公出国（境）费0万元；公务用车购置及运维费1.5万元；公务接待费1.2万元。\n", "test");

            var report = new Checker().Check(d);

            report.Findings.ShouldContain(f => f.RuleId == "TXT-AMT-01" && f.Severity == Severity.Error && f.Message.Contains("公务接待费", StringComparison.Ordinal));
            report.Findings.ShouldContain(f => f.RuleId == "TXT-SUM-01" && f.Severity == Severity.Error);
        }
    }
}
