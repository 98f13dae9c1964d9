using Jixiao.Documents.Forms;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>The form layout files (docs/form-layouts.md): the shipped ones load, a bad one is named with its field, a user's is read.</summary>
public class FormLayoutTests
{
    private const string National = "national-self-evaluation";

    private static string ShippedJson()
    {
        var path = Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Documents", "Forms", "Layouts", National + ".json");
        return File.ReadAllText(path);
    }

    public class TheShippedLayouts
    {
        [Fact]
        public void Every_file_loads_and_the_national_self_evaluation_is_one()
        {
            var ids = Directory.GetFiles(Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Documents", "Forms", "Layouts"), "*.json")
                .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

            FormLayouts.All.Select(l => l.Id).Order(StringComparer.Ordinal).ShouldBe(ids);
            var national = FormLayouts.Get(National);
            (national.Kind, national.Template, national.Title.Text, national.Columns.Count).ShouldBe((FormKind.SelfEvaluation, "national", "项目支出绩效自评表", 8));
        }
    }

    public class TheParser
    {
        [Theory]
        [InlineData("\"field\": \"projectName\"", "\"field\": \"projectNam\"", "blocks[1].cells[1].field：未知的字段“projectNam”")]
        [InlineData("\"sources\": \"carryOver\"", "\"sources\": \"carried\"", "blocks[3].rows[2].sources：应为 total 或 sourceKinds 中的一种（carryOver、other、appropriation），而不是“carried”")]
        [InlineData("\"format\": \"wanYuan\"", "\"format\": \"wan\"", "blocks[3].columns[0].format：应为 text、value、wanYuan、points、score 或 rate，而不是“wan”")]
        [InlineData("\"at\": 8,", "\"at\": 9,", "blocks[6].cells[3].at：应为 1 到 8 之间的整数")]
        [InlineData("\"kind\": \"self-evaluation\"", "\"kind\": \"budget\"", "kind：应为 self-evaluation，而不是“budget”")]
        public void A_bad_field_is_named_with_the_file_and_its_path(string from, string to, string problem)
        {
            var json = ShippedJson();
            int at = json.IndexOf(from, StringComparison.Ordinal);
            at.ShouldBeGreaterThan(0);
            var bad = json[..at] + to + json[(at + from.Length)..];

            var e = Should.Throw<FormLayoutException>(() => FormLayoutParser.Parse(bad, "forms/bad.json"));

            e.Message.ShouldStartWith("表样文件 forms/bad.json：" + problem);
        }

        [Theory]
        [InlineData("\"field\": \"funds.released\", \"single\"", "\"field\": \"funds.given\", \"single\"", "blocks[5].groups[1].field：应为 funds.budgeted、funds.released、funds.spent 中的一种，而不是“funds.given”")]
        [InlineData("\"field\": \"points\", \"format\": \"points\", \"at\": 5 }", "\"field\": \"mark\", \"format\": \"points\", \"at\": 5 }", "blocks[13].columns[2].field：“mark”不是此表的字段（可用：group、name、points、score）")]
        [InlineData("\"sectionFormat\": \"{section}：\"", "\"sectionFormat\": \"：\"", "blocks[13].sectionFormat：应含 {section}")]
        [InlineData("{ \"text\": \"年　月　日\", \"at\": 6 }", "{ \"text\": \"年　月　日\", \"field\": \"grade\", \"at\": 6 }", "blocks[18].cells[4].text：固定文字的格不能同时有 label 或 field")]
        public void A_bad_field_of_the_Shanxi_layout_is_named_with_the_file_and_its_path(string from, string to, string problem)
        {
            var json = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Documents", "Forms", "Layouts", "shanxi-self-evaluation.json"));
            int at = json.IndexOf(from, StringComparison.Ordinal);
            at.ShouldBeGreaterThan(0);
            var bad = json[..at] + to + json[(at + from.Length)..];

            var e = Should.Throw<FormLayoutException>(() => FormLayoutParser.Parse(bad, "forms/shanxi.json"));

            e.Message.ShouldStartWith("表样文件 forms/shanxi.json：" + problem);
        }

        [Fact]
        public void A_file_that_is_not_JSON_is_named()
        {
            var e = Should.Throw<FormLayoutException>(() => FormLayoutParser.Parse("{ \"id\": ", "forms/cut.json"));

            e.Message.ShouldStartWith("表样文件 forms/cut.json：不是有效的 JSON");
        }
    }

    public class TheUserFolder
    {
        [Fact]
        public void Each_file_is_a_layout_and_an_id_given_twice_is_named()
        {
            var dir = Directory.CreateTempSubdirectory("jixiao-forms-").FullName;
            File.WriteAllText(Path.Combine(dir, "a.json"), ShippedJson().Replace("\"id\": \"national-self-evaluation\"", "\"id\": \"hubei-self-evaluation\"", StringComparison.Ordinal));

            UserFormFolder.Read(dir).Select(l => (l.Id, l.Source)).ShouldBe([("hubei-self-evaluation", Path.Combine(dir, "a.json"))]);

            File.WriteAllText(Path.Combine(dir, "b.json"), ShippedJson().Replace("\"id\": \"national-self-evaluation\"", "\"id\": \"Hubei-Self-Evaluation\"", StringComparison.Ordinal));
            Should.Throw<FormLayoutException>(() => UserFormFolder.Read(dir)).Message
                .ShouldBe($"表样文件 {Path.Combine(dir, "b.json")}：id：“Hubei-Self-Evaluation”与 {Path.Combine(dir, "a.json")} 重复");
        }
    }

    /// <summary>
    /// Another province's printing of the national form, as tab-separated text: its own title, 预算单位 for 实施单位,
    /// half-width brackets, spaces inside labels, a full-width colon, an empty first cell shifting every row of the money
    /// table, 目标值 for 年度指标值 — recognised by its labels and read field by field. Figures typed from the text below.
    /// </summary>
    public class AnotherProvincesPrinting
    {
        private const string Text = """
            湖北省项目支出绩效自评表
            （2023年度）
            项目名称	城乡医疗救助
            主管部门	某县医疗保障局	预算单位	某县医疗保障服务中心
            	项目资金(万元)		年 初 预 算 数	全年预算数	全年执行数	分值	执行率	得分
            		年度资金总额	50.00	60.00	54.00	10	90.00%	9.00
            		其中：本年财政拨款	50.00	50.00	44.00	—	—	—
            		上年结转资金	0.00	10.00	10.00	—	—	—
            		其他资金	0.00	0.00	0.00	—	—	—
            年度总体目标	预期目标	实际完成情况
            	救助困难群众	救助 1200 人次
            一级指标	二级指标	三级指标	目标值	实际完成值	分值	得分	偏差原因分析及改进措施
            产出指标	数量指标	救助人次	≥1000人次	1200人次	45	45
            满意度指标	服务对象满意度指标	救助对象满意度	≥90%	95%	45	45
            总分	100	99.00
            评价等次	优
            负责人：王五	经办人：赵六
            """;

        [Fact]
        public void It_reads_in_the_national_layout_by_its_labels()
        {
            var rows = TextRows.Split(Text);

            var read = Jixiao.Documents.Evaluations.SelfEvaluationReader.Read(rows).Single();

            read.Problems.ShouldBeEmpty();
            var e = read.Evaluation;
            (e.Title, e.Year, e.ProjectName, e.Department, e.BudgetUnit, e.Template)
                .ShouldBe(("湖北省项目支出绩效自评表", 2023, "城乡医疗救助", "某县医疗保障局", "某县医疗保障服务中心", "national"));
            e.Funds.InitialBudget.ShouldBe(new Yuan(500_000m));
            e.Funds.Budgeted.ShouldBe([("本年财政拨款", new Yuan(500_000m)), ("上年结转资金", new Yuan(100_000m)), ("其他资金", new Yuan(0m))]);
            e.Funds.Spent.ShouldBe([("本年财政拨款", new Yuan(440_000m)), ("上年结转资金", new Yuan(100_000m)), ("其他资金", new Yuan(0m))]);
            e.Scores.Select(s => (s.Name, s.Points, s.Score)).ShouldBe([("预算执行率", 10m, (decimal?)9m)]);
            e.Texts.ShouldBe([("年度总体目标", "救助困难群众"), ("实际完成情况", "救助 1200 人次")]);
            e.Indicators.Select(i => (i.Level2, i.Name, i.Target.Text, i.Actual.Text, i.Points, i.Score)).ShouldBe(
            [
                (Level2Indicator.Quantity, "救助人次", "≥1000人次", "1200人次", (decimal?)45m, (decimal?)45m),
                (Level2Indicator.RecipientSatisfaction, "救助对象满意度", "≥90%", "95%", 45m, 45m),
            ]);
            (e.Total?.Points, e.Total?.Score, e.Grade).ShouldBe((100m, 99m, "优"));
            (e.SignOff?.Head, e.SignOff?.Handler).ShouldBe(("王五", "赵六"));
        }

        [Fact]
        public void A_form_cut_off_after_its_indicators_says_what_it_lacks_and_keeps_what_it_read()
        {
            var rows = TextRows.Split(Text[..Text.IndexOf("总分", StringComparison.Ordinal)]);

            var read = Jixiao.Documents.Evaluations.SelfEvaluationReader.Read(rows).Single();

            read.Problems.Select(p => (p.Field, p.Printed)).ShouldBe([("总分", ""), ("评价等次", "")]);
            read.Evaluation.Indicators.Count.ShouldBe(2);
            (read.Evaluation.Total, read.Evaluation.Grade).ShouldBe((null, null));
        }

        [Fact]
        public void An_indicator_row_whose_cells_cannot_be_placed_is_a_problem_and_not_read()
        {
            // three of the eight cells, none under a heading of its own: which is the target and which the actual is unknown
            var rows = TextRows.Split(Text.Replace("产出指标\t数量指标\t救助人次\t≥1000人次\t1200人次\t45\t45", "\t\t\t\t\t\t\t\t\t救助人次\t1200人次\t45", StringComparison.Ordinal));

            var read = Jixiao.Documents.Evaluations.SelfEvaluationReader.Read(rows).Single();

            read.Problems.Select(p => (p.Field, p.Printed)).ShouldBe([("绩效指标", "救助人次 1200人次 45")]);
            read.Evaluation.Indicators.Select(i => i.Name).ShouldBe(["救助对象满意度"]);
        }

        [Fact]
        public void Parts_that_do_not_add_up_to_the_total_are_a_problem_and_the_total_stands_alone()
        {
            // 其中 50.00 + 10.00 + 0.00 = 60.00 against a 年度资金总额 of 65.00
            var rows = TextRows.Split(Text.Replace("年度资金总额\t50.00\t60.00", "年度资金总额\t50.00\t65.00", StringComparison.Ordinal));

            var read = Jixiao.Documents.Evaluations.SelfEvaluationReader.Read(rows).Single();

            read.Problems.Select(p => (p.Field, p.Printed)).ShouldBe([("全年预算数（本年财政拨款、上年结转资金、其他资金）", "60.00")]);
            read.Evaluation.Funds.Budgeted.ShouldBe([("年度资金总额", new Yuan(650_000m))]);
        }

        [Fact]
        public void Cut_off_anywhere_or_run_together_it_never_throws()
        {
            for (int end = 1; end <= Text.Length; end++)
            {
                var cut = Text[..end];
                Should.NotThrow(() => Jixiao.Documents.Evaluations.SelfEvaluationReader.Read(TextRows.Split(cut)), $"截至第 {end} 个字符");
                // every row's cells run into one cell, as a converter may print a line of pieces
                var glued = string.Join("\n", cut.Split('\n').Select(l => l.Replace("\t", "", StringComparison.Ordinal)));
                Should.NotThrow(() => Jixiao.Documents.Evaluations.SelfEvaluationReader.Read(TextRows.Split(glued)), $"截至第 {end} 个字符（连写）");
            }
            Should.NotThrow(() => Jixiao.Documents.Evaluations.SelfEvaluationReader.Read(TextRows.Split(
                "项目支出绩效自评表\n年初预算数\t全年预算数\t全年执行数\n负责人：经办人：联系电话：填报日期：负责人：：\n评价等次：评价结果等次：优")));
        }

        [Fact]
        public void A_figure_in_words_is_a_problem_not_a_guess()
        {
            var rows = TextRows.Split(Text.Replace("60.00\t54.00", "六十万\t54.00", StringComparison.Ordinal));

            var read = Jixiao.Documents.Evaluations.SelfEvaluationReader.Read(rows).Single();

            read.Problems.Select(p => (p.Field, p.Printed)).ShouldBe([("年度资金总额·全年预算数", "六十万")]);
            // the 其中 rows were printed and read: they stand as the form's sources (50.00 + 10.00 + 0.00), the total unread
            read.Evaluation.Funds.Budgeted.Sum(s => s.Amount.Value).ShouldBe(600_000m);
        }
    }
}
