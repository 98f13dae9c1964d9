using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Targets.Rendering;

/// <summary>The seeds' forms as one HTML page: the same fields as the workbook, as the seed prints them.</summary>
public class TargetFormHtmlWriterTests
{
    public class TheToHtmlMethodOnTheXinzhouSeed
    {
        private static string Html => RenderedSeeds.XinzhouHtml.Value;

        /// <summary>The section of the page that holds the form of <paramref name="project"/>.</summary>
        private static string Section(string project)
        {
            var sections = Regex.Split(Html, "<section ").Skip(1);
            return sections.Single(s => s.Contains($"<th scope=\"row\">项目名称</th><td colspan=\"7\">{project}</td>", StringComparison.Ordinal));
        }

        [Fact]
        public void Is_one_self_contained_Chinese_page_with_a_section_per_form()
        {
            Html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");
            Regex.Matches(Html, "<section class=\"target-form\"").Count.ShouldBe(11);
            Html.ShouldNotContain("<script");
            Html.ShouldNotContain("<link");
            Html.ShouldContain("@page { size: A4");
            Html.ShouldNotContain("&#x");
        }

        [Fact]
        public void Holds_the_fields_of_离休干部业务经办费_as_the_seed_prints_them()
        {
            var s = Section("离休干部业务经办费");
            s.ShouldContain("<h2>忻州市市级预算部门（单位）项目支出绩效目标申报表</h2>");
            s.ShouldContain("（2022年度）");
            s.ShouldContain("<td colspan=\"3\">303-忻州市医疗保障局</td>");
            s.ShouldContain("<th scope=\"row\" rowspan=\"6\">项目资金（元）</th><td colspan=\"3\">实施期资金总额：</td><td class=\"num\">150,000</td><td colspan=\"2\">年度资金总额：</td><td class=\"num\">150,000</td>");
            s.ShouldContain("<td colspan=\"3\">市县（区）财政资金</td><td class=\"num\">150,000</td>");
            s.ShouldContain("<td class=\"value\" rowspan=\"4\">产出指标</td>");
            s.ShouldContain("<td class=\"value\">成本指标</td><td>离休干部业务经办成本</td><td class=\"value\">≤16万元</td>"
                + "<td class=\"value\">成本指标</td><td>离休干部业务经办成本</td><td class=\"value\">≤16万元</td>");
            s.ShouldContain("<span>经办人：苏媛渊</span>");
            s.ShouldContain("<span>填报日期：20211207171140</span>");
        }
    }

    public class TheToHtmlMethodOnTheXinglongSeed
    {
        private static string Html => RenderedSeeds.XinglongHtml.Value;

        [Fact]
        public void Holds_the_fields_of_the_first_Hebei_form_as_the_seed_prints_them()
        {
            Regex.Matches(Html, "<section class=\"target-form\"").Count.ShouldBe(23);
            var s = Regex.Split(Html, "<section ")[1];
            s.ShouldContain("<h2>1.冀财社[2020]147号+中央财政医疗救助补助资金绩效目标表</h2>");
            s.ShouldContain("<span>单位：万元</span>");
            s.ShouldContain("<td class=\"value\" colspan=\"2\">130822213QR79I7RXI65C</td>");
            s.ShouldContain("<th scope=\"row\">预算数</th><td class=\"num\">1077.00</td><th scope=\"row\">其中：财政资金</th><td class=\"num\">1077.00</td><th scope=\"row\">其他资金</th><td class=\"num\">0</td>");
            foreach (var share in new[] { "25.00%", "50.00%", "75.00%", "100.00%" }) s.ShouldContain($">{share}</td>");
            s.ShouldContain("<td>贫困人口全员补助</td><td colspan=\"2\">贫困人口全员补助</td><td class=\"value\">≥100贫困人口全员补助100%</td><td>冀财社【2020】147号文件要求</td>");
            // the numbered goals keep their line break (white-space: pre-line)
            s.ShouldContain("<td colspan=\"6\">1.医疗救助资金及时到位发放\n2.医疗救助资金足额发放</td>");
        }
    }
}
