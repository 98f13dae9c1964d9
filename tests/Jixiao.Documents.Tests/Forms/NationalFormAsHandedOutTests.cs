using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>
/// The national 项目支出绩效自评表 in the wording of 财预〔2020〕10号 (其中：当年财政拨款), published as the template with
/// its prompts, published without scores, and published with a total its items do not make.
/// </summary>
public class NationalFormAsHandedOutTests
{
    private static string Form(string projectName, string[] money, string[] scores, string total, string grade) => string.Join('\n',
        "项目支出绩效自评表",
        "（2023年度）",
        $"项目名称\t{projectName}",
        "主管部门\t某市医疗保障局\t实施单位\t某市医疗保障局",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        $"\t年度资金总额\t{money[0]}\t{money[0]}\t{money[1]}\t10\t{money[2]}\t{scores[0]}",
        $"\t其中：当年财政拨款\t{money[0]}\t{money[0]}\t{money[1]}\t—\t—\t—",
        "\t上年结转资金\t\t\t\t—\t—\t—",
        "\t其他资金\t\t\t\t—\t—\t—",
        "年度总体目标\t预期目标\t\t实际完成情况\t",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        $"\t产出指标\t数量指标\t救助人次\t≥1000人次\t1200人次\t30\t{scores[1]}\t",
        $"\t\t质量指标\t救助政策执行准确率\t100%\t100%\t30\t{scores[2]}\t",
        $"\t效益指标\t社会效益指标\t困难群众负担减轻\t有效减轻\t有效减轻\t20\t{scores[3]}\t",
        $"\t满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t95%\t10\t{scores[4]}\t",
        $"总分\t\t\t\t\t\t100\t{total}",
        $"评价等次\t{grade}",
        "");

    private static DocumentReport Check(string text) => new Checker().Check(PublishedTextReader.Read(text, "national"));

    [Fact]
    public void The_template_as_handed_out_is_reported_unfilled()
    {
        string blank = Form("", ["", "", ""], ["", "", "", "", ""], "", "")
            .Replace("救助人次\t≥1000人次\t1200人次\t30", "指标1：\t\t\t")
            .Replace("救助政策执行准确率\t100%\t100%\t30", "指标1：\t\t\t")
            .Replace("困难群众负担减轻\t有效减轻\t有效减轻\t20", "指标1：\t\t\t")
            .Replace("救助对象满意度\t≥90%\t95%\t10", "指标1：\t\t\t");

        var report = Check(blank);

        report.Findings.Where(f => f.Severity == Severity.Error).ShouldBeEmpty();
        report.Findings.ShouldContain(f => f.RuleId == "EVAL-FILL-01" && f.Message.StartsWith("自评表未填写"));
        report.Findings.ShouldNotContain(f => f.RuleId == "EVAL-NAME-01");
    }

    [Fact]
    public void The_2020_wording_of_the_appropriation_row_reads_and_an_unscored_form_is_said_unscored()
    {
        var report = Check(Form("城乡医疗救助", ["100.00", "95.00", "95.00%"], ["", "", "", "", ""], "", ""));

        // 其中：当年财政拨款 is the 本年财政拨款 row of the layout: no cell left unread
        report.Findings.ShouldNotContain(f => f.RuleId.StartsWith("RD-"));
        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("EVAL-FILL-01");
        finding.Message.ShouldStartWith("自评表未评分：5 项");
    }

    [Fact]
    public void A_total_its_items_do_not_make_is_an_error_with_the_arithmetic()
    {
        // 9.50 + 30 + 28 + 18 + 9 = 94.50, stated 90.00
        var report = Check(Form("城乡医疗救助", ["100.00", "95.00", "95.00%"], ["9.50", "30", "28", "18", "9"], "90.00", "优"));

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("EVAL-SUM-01");
        finding.Expected.ShouldBe("94.50");
        finding.Actual.ShouldBe("90.00");
        finding.Message.ShouldContain("9.50 + 30.00 + 28.00 + 18.00 + 9.00 = 94.50");
    }
}
