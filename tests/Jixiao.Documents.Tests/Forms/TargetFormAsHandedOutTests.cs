using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>
/// A Hebei 绩效目标表 published as the template was handed out — the prompts 指标1： in its rows, money, plan, goal and
/// values blank — in the one-cell-a-line text a Word export gives: one unfilled finding, nothing read as a figure.
/// </summary>
public class TargetFormAsHandedOutTests
{
    private static readonly string[][] Rows =
    [
        ["1.XX项目绩效目标表"], ["XXXX单位"], ["单位：万元"], [],
        ["项目编码", ""], ["项目名称", ""], [],
        ["预算规模及资金用途", "预算数", "", "其中：财政资金", "", "其他资金", ""], ["", ""], [],
        ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"], ["", "", "", "", ""], [],
        ["绩效目标", ""], [],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "指标1：", "", "", ""], ["", "质量指标", "指标1：", "", "", ""],
        ["", "时效指标", "指标1：", "", "", ""], ["", "成本指标", "指标1：", "", "", ""],
        ["效益指标", "社会效益指标", "指标1：", "", "", ""], ["满意度指标", "服务对象满意度指标", "指标1：", "", "", ""],
    ];

    private static string CellPerLine() =>
        "部门预算\n\n" + string.Concat(Rows.Select(r => string.Concat(r.Select(c => "\t" + c + "\n")) + "\n"));

    [Fact]
    public void The_blank_template_is_one_unfilled_finding_and_nothing_else()
    {
        var d = PublishedTextReader.Read(CellPerLine(), "blank");
        var form = d.TargetForms.ShouldHaveSingleItem();
        form.Problems.ShouldBeEmpty(); // a blank shares row is not a share that failed to read

        var report = new Checker().Check(d);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("TGT-FILL-01");
        finding.Subject.ShouldBe("绩效目标表“XX项目”");
        report.Rules.Single(r => r.Rule.Id == "TGT-COST-02").Outcome.ShouldBe(Outcome.InsufficientData);
    }
}
