using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Text;

/// <summary>Layouts seen in other provinces' disclosures than the seeds: split code columns, code and name in one cell, amounts in 元.</summary>
public class LayoutVariantTests
{
    public class TheReadMethod
    {
        [Fact]
        public void Joins_a_code_printed_over_类_款_项_columns()
        {
            const string text =
                "部门支出总表\n单位：万元\n科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出\n类\t款\t项\t\t\t\t\n" +
                "\t\t\t合计\t100.00\t60.00\t40.00\n" +
                "210\t\t\t卫生健康支出\t100.00\t60.00\t40.00\n" +
                "210\t15\t\t医疗保障管理事务\t100.00\t60.00\t40.00\n" +
                "210\t15\t01\t行政运行\t60.00\t60.00\t\n" +
                "210\t15\t06\t医疗保障经办事务\t40.00\t\t40.00\n";
            var d = PublishedTextReader.Read(text, "split.txt");
            // 部门支出总表 is the national base set's title (N3) and an alias of set H's 表3: read as either, the same rows
            var part = d.Tables.Single().Part("main")!;
            part.Rows.Select(r => r.Key).ShouldBe(["total", "210", "21015", "2101501", "2101506"]);
            part.Row("2101506")!.Values[2]!.Value.Value.ShouldBe(40.00m); // 项目支出
            part.Row("21015")!.Label.ShouldBe("医疗保障管理事务");
            new Checker().Check(d).Findings.Where(f => f.RuleId.StartsWith("TBL-SUM")).ShouldAllBe(f => f.Severity == Severity.Info);
        }

        [Fact]
        public void Splits_a_code_and_its_name_printed_in_one_cell()
        {
            const string text =
                "一般公共预算财政拨款基本支出表\n单位：万元\n科目\t合计\t人员经费\t公用经费\n" +
                "合计\t10.50\t10.00\t0.50\n" +
                "301 工资福利支出\t10.00\t10.00\t\n" +
                "[30101]基本工资\t10.00\t10.00\t\n" +
                "302 商品和服务支出\t0.50\t\t0.50\n" +
                "30201 办公费\t0.50\t\t0.50\n";
            var d = PublishedTextReader.Read(text, "joined.txt");
            var part = d.Tables.Single().Part("main")!;
            part.Row("30101")!.Label.ShouldBe("基本工资");
            part.Row("30201")!.Values[2]!.Value.Value.ShouldBe(0.50m);
            part.Row("total")!.Values[0]!.Value.Value.ShouldBe(10.50m);
        }

        [Fact]
        public void Compares_a_sentence_in_万元_with_a_table_printed_in_元()
        {
            // 表3 in 元: 1,000,000.00 元 = 100.00 万元; the sentence says 100万元 (right) and 基本支出 61万元 (wrong: 60.00)
            const string text =
                "单位预算支出总表\n123456某县医疗保障局\t预算年度：2022\t单位：元\n序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
                "1\t\t合计\t1,000,000.00\t600,000.00\t400,000.00\n2\t210\t卫生健康支出\t1,000,000.00\t600,000.00\t400,000.00\n" +
                "二、支出说明\n2022年支出预算100万元，其中基本支出61万元，项目支出40万元。\n";
            var d = PublishedTextReader.Read(text, "yuan.txt");
            d.Table("H3")!.Unit.ShouldBe("元");
            var report = new Checker().Check(d);
            report.Findings.ShouldContain(f => f.RuleId == "TXT-AMT-01" && f.Severity == Severity.Error && f.Actual!.Contains("61"));
            report.Findings.ShouldNotContain(f => f.RuleId == "TXT-AMT-01" && f.Severity == Severity.Error && f.Actual!.Contains("40"));
        }
    }
}
