using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Html;
using Jixiao.Documents.Tests.Xlsx;

namespace Jixiao.Documents.Tests.Html;

public partial class DisclosureHtmlWriterTests
{
    [GeneratedRegex("<section class=\"table-page[^\"]*\" id=\"(H\\d+)\">(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<t[dh]([^>]*)>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex TableCell();

    [GeneratedRegex("colspan=\"(\\d+)\"")]
    private static partial Regex ColSpan();

    private static readonly Lazy<string> Page = new(() => File.ReadAllText(WrittenSeed.HtmlPath));

    /// <summary>The section of table <paramref name="id"/>.</summary>
    private static string Table(string id) => Section().Matches(Page.Value).First(m => m.Groups[1].Value == id).Groups[2].Value;

    /// <summary>The cells (their inner text) of the body row of table <paramref name="id"/> with a cell reading <paramref name="text"/>.</summary>
    private static string[] BodyRow(string id, string text) => BodyRowCells(id, text).Select(c => c.Text).ToArray();

    /// <summary>The cells (attributes and inner text) of a body row, as <see cref="BodyRow"/>.</summary>
    private static (string Attributes, string Text)[] BodyRowCells(string id, string text)
    {
        var body = Table(id).Split("<tbody>")[1];
        return TableRow().Matches(body)
            .Select(r => TableCell().Matches(r.Groups[1].Value).Select(c => (c.Groups[1].Value, c.Groups[2].Value)).ToArray())
            .First(cells => cells.Any(c => c.Item2 == text));
    }

    private static string[] Cells(Match row) => TableCell().Matches(row.Groups[1].Value).Select(c => c.Groups[2].Value).ToArray();

    public class TheWriteMethodOnTheXinglongSeed
    {
        [Fact]
        public void Writes_one_self_contained_Chinese_page_with_every_table()
        {
            var page = Page.Value;
            page.ShouldStartWith("<!DOCTYPE html>");
            page.ShouldContain("<html lang=\"zh-CN\">");
            page.ShouldContain("<meta charset=\"utf-8\">");
            page.ShouldContain("<style>");
            page.ShouldNotContain("<script");
            page.ShouldNotContain("<link");
            page.ShouldNotContain("src=");
            Section().Matches(page).Select(m => m.Groups[1].Value).ShouldBe(["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9"]);
            Regex.Count(page, "<table>").ShouldBe(9);
            Regex.Count(page, "<thead>").ShouldBe(9);
            Regex.Count(page, "<tbody>").ShouldBe(9);
        }

        [Theory]
        [MemberData(nameof(WrittenSeed.PrintedFigures), MemberType = typeof(WrittenSeed))]
        public void Writes_the_printed_figures_right_aligned_with_thousands_separators(int table, string row, int column, string printed)
        {
            var cell = BodyRowCells($"H{table}", row)[column]; // cell 0 is 序号, so 栏次 N is cell N
            cell.Text.ShouldBe(decimal.Parse(printed, CultureInfo.InvariantCulture).ToString("#,##0.00", CultureInfo.InvariantCulture));
            cell.Attributes.ShouldStartWith(" class=\"num");
        }

        [Fact]
        public void Formats_large_figures_with_a_thousands_separator()
        {
            BodyRow("H3", "合计")[3].ShouldBe("6,596.36");
            BodyRow("H3", "合计")[4].ShouldBe("298.30");
            Table("H3").ShouldContain("<td class=\"num total\">6,596.36</td>");
        }

        [Fact]
        public void Merges_group_headers_with_colspan_and_rowspan()
        {
            var h2 = Table("H2");
            h2.ShouldContain("<th scope=\"col\" colspan=\"8\">本年收入</th>");
            h2.ShouldContain("<th scope=\"col\" colspan=\"2\">功能分类科目</th>");
            h2.ShouldContain("<th scope=\"col\" rowspan=\"2\">序号</th>");
            var h1 = Table("H1");
            h1.ShouldContain("<th scope=\"col\" colspan=\"2\">收入</th>");
            h1.ShouldContain("<th scope=\"col\" colspan=\"2\">支出</th>");
            Table("H5").ShouldContain("<th scope=\"col\" colspan=\"3\">基本支出</th>");
        }

        [Fact]
        public void Gives_every_body_row_as_many_cells_as_the_column_index_row()
        {
            foreach (Match section in Section().Matches(Page.Value))
            {
                var html = section.Groups[2].Value;
                var index = TableRow().Matches(html).First(r => r.Value.Contains("column-index"));
                int width = Cells(index).Length;
                int headerWidth = TableRow().Matches(html.Split("<tbody>")[0]).First().Groups[1].Value
                    is var first ? TableCell().Matches(first).Sum(c => ColSpan().Match(c.Groups[1].Value) is { Success: true } s ? int.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture) : 1) : 0;
                headerWidth.ShouldBe(width, section.Groups[1].Value);
                foreach (Match row in TableRow().Matches(html.Split("<tbody>")[1]))
                    Cells(row).Length.ShouldBe(width, section.Groups[1].Value);
            }
        }

        [Fact]
        public void Prints_unit_year_and_amount_unit_above_each_table()
        {
            var h6 = Table("H6");
            h6.ShouldContain("<span class=\"unit\">362001兴隆县医疗保障局本级</span>");
            h6.ShouldContain("<span class=\"year\">预算年度：2021</span>");
            h6.ShouldContain("<span class=\"amount-unit\">单位：万元</span>");
            h6.ShouldContain("<h2>单位预算一般公共预算财政拨款基本支出表</h2>");
        }

        [Fact]
        public void Writes_the_note_of_an_empty_table()
        {
            Table("H8").ShouldContain("<p class=\"note\">注：无国有资本经营预算财政拨款预算，空表列示。</p>");
            Table("H3").ShouldNotContain("class=\"note\"");
        }

        [Fact]
        public void Leaves_zeros_blank_except_in_total_rows()
        {
            BodyRow("H3", "2101501")[6].ShouldBe("");
            BodyRow("H3", "合计")[6].ShouldBe("0.00");
        }

        [Fact]
        public void Indents_names_by_level()
        {
            Table("H3").ShouldContain("<td class=\"indent-2\">行政运行</td>");
            Table("H3").ShouldContain("<td class=\"indent-1\">医疗保障管理事务</td>");
            Table("H3").ShouldContain("<td>卫生健康支出</td>");
        }

        [Fact]
        public void Prints_each_table_on_its_own_A4_page()
        {
            var page = Page.Value;
            page.ShouldContain("@page { size: A4 portrait;");
            page.ShouldContain("@page wide { size: A4 landscape;");
            page.ShouldContain("break-after: page");
            page.ShouldContain("thead { display: table-header-group; }");
            page.ShouldContain("<section class=\"table-page wide\" id=\"H2\">");
            page.ShouldContain("<section class=\"table-page\" id=\"H3\">");
        }

        [Fact]
        public void Escapes_markup_in_names()
        {
            var disclosure = DisclosureXlsxWriterTests.ExactDisclosure();
            disclosure.UnitName = "<b>单位&</b>";
            var html = DisclosureHtmlWriter.ToHtml(disclosure);
            html.ShouldNotContain("<b>单位");
            html.ShouldContain("&lt;b&gt;单位&amp;&lt;/b&gt;");
        }
    }
}
