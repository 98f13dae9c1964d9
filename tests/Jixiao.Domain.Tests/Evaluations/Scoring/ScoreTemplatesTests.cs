using Jixiao.Evaluations.Scoring;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Evaluations.Scoring;

public class ScoreTemplatesTests
{
    public class TheShippedTemplates
    {
        [Fact]
        public void Given_the_shipped_files_When_loaded_Then_both_templates_are_there_and_valid() =>
            ScoreTemplates.All.Select(t => t.Id).Order().ShouldBe(["national", "shanxi"]);

        [Fact]
        public void Given_the_Shanxi_template_When_loaded_Then_its_21_items_add_to_100_and_its_sections_to_20_20_30_30()
        {
            // evaluation-domain.md table: 投入 3+4+4+3+3+3 = 20; 过程 3+3+4+3+3+4 = 20; 产出 8+7+8+7 = 30; 效果 5+5+5+5+10 = 30.
            var t = ScoreTemplates.Get("shanxi");

            t.Items.Count().ShouldBe(21);
            t.Items.Sum(i => i.Points).ShouldBe(100m);
            t.Sections.Select(s => (s.Name, s.Points)).ShouldBe([("投入", 20m), ("过程", 20m), ("产出", 30m), ("效果", 30m)]);
            t.Sections.Select(s => s.Items.Sum(i => i.Points)).ShouldBe([20m, 20m, 30m, 30m]);
            t.Sections[0].Items.Select(i => i.Points).ShouldBe([3m, 4m, 4m, 3m, 3m, 3m]);
            t.Sections[1].Items.Select(i => i.Points).ShouldBe([3m, 3m, 4m, 3m, 3m, 4m]);
            t.Sections[2].Items.Select(i => i.Points).ShouldBe([8m, 7m, 8m, 7m]);
            t.Sections[3].Items.Select(i => i.Points).ShouldBe([5m, 5m, 5m, 5m, 10m]);
        }

        [Fact]
        public void Given_the_Shanxi_template_When_loaded_Then_the_money_items_are_computed_and_the_rest_judged()
        {
            var t = ScoreTemplates.Get("shanxi");

            t.Items.Where(i => i.Formula != ScoreFormula.Judged).Select(i => (i.Key, i.Formula))
                .ShouldBe([("资金落实/资金到位率", ScoreFormula.FundsInPlace), ("资金落实/预算执行率", ScoreFormula.BudgetExecution),
                    ("项目产出/实际完成率", ScoreFormula.IndicatorGroup), ("项目产出/完成及时率", ScoreFormula.IndicatorGroup),
                    ("项目产出/质量达标率", ScoreFormula.IndicatorGroup), ("项目产出/成本节约率", ScoreFormula.IndicatorGroup)]);
            // evaluation-domain.md: 实际完成率 from the 数量指标, 完成及时率 from 时效, 质量达标率 from 质量, 成本节约率 from 成本
            t.Sections[2].Items.Select(i => i.Level2.Single())
                .ShouldBe([Level2Indicator.Quantity, Level2Indicator.Timeliness, Level2Indicator.Quality, Level2Indicator.Cost]);
            // 管理制度健全性 is under both 业务管理 and 财务管理: the keys keep them apart.
            t.Items.Count(i => i.Name == "管理制度健全性").ShouldBe(2);
        }

        [Fact]
        public void Given_the_national_template_When_loaded_Then_execution_10_and_indicators_50_30_10()
        {
            var t = ScoreTemplates.Get("NATIONAL");

            t.Sections.Select(s => (s.Name, s.Points, s.Indicators))
                .ShouldBe([("预算执行", 10m, (Level1Indicator?)null), ("产出指标", 50m, Level1Indicator.Output),
                    ("效益指标", 30m, Level1Indicator.Benefit), ("满意度指标", 10m, Level1Indicator.Satisfaction)]);
            t.Sections[3].WhenEmpty.ShouldBe([("产出指标", 5m), ("效益指标", 5m)]);
            t.IndicatorFormulas[CompletionReading.AtMost].ShouldBe(ScoreFormula.Reverse);
            t.IndicatorFormulas[CompletionReading.ExactZero].ShouldBe(ScoreFormula.ExactZero);
            t.QualitativeBands.Select(b => (b.Name, b.From, b.To))
                .ShouldBe([("达成年度指标", 0.8m, 1.0m), ("部分达成并具有一定效果", 0.6m, 0.8m), ("未达成且效果较差", 0m, 0.6m)]);
        }

        [Fact]
        public void Given_an_unknown_id_When_asked_Then_the_message_lists_the_templates() =>
            Should.Throw<KeyNotFoundException>(() => ScoreTemplates.Get("hebei")).Message.ShouldBe("没有评分模板“hebei”（现有：national、shanxi）");
    }

    public class TheGrades
    {
        [Theory]
        [InlineData("100", "优")]
        [InlineData("90", "优")]      // 90 itself is 优
        [InlineData("89.99", "良")]
        [InlineData("80", "良")]
        [InlineData("79.99", "中")]
        [InlineData("60", "中")]
        [InlineData("59.99", "差")]
        [InlineData("0", "差")]
        public void Given_a_total_When_graded_Then_the_threshold_belongs_to_the_grade_it_starts(string total, string grade)
        {
            foreach (var t in ScoreTemplates.All)
                t.Grades.GradeOf(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(grade);
        }
    }

    public class TheParseMethodOnAProvinceFile
    {
        private const string Province = """
            {
              // A province's own table: two sections, its own grades.
              "id": "province-x",
              "name": "某省项目支出绩效自评表",
              "points": 100,
              "grades": [ { "grade": "优秀", "min": 85 }, { "grade": "合格", "min": 60 }, { "grade": "不合格", "min": 0 } ],
              "sections": [
                { "name": "资金", "points": 40, "items": [
                    { "group": "资金管理", "name": "资金到位率", "points": 20, "formula": "fundsInPlace" },
                    { "group": "资金管理", "name": "预算执行率", "points": 20, "formula": "BudgetExecution" } ] },
                { "name": "绩效", "points": 60, "items": [ { "name": "目标完成情况", "points": 60 } ] },
              ],
            }
            """;

        [Fact]
        public void Given_a_province_file_When_parsed_Then_its_sections_items_and_grades_are_read()
        {
            var t = ScoreTemplates.Parse(Province);

            t.Id.ShouldBe("province-x");
            t.Items.Select(i => (i.Key, i.Points, i.Formula)).ShouldBe([
                ("资金管理/资金到位率", 20m, ScoreFormula.FundsInPlace),
                ("资金管理/预算执行率", 20m, ScoreFormula.BudgetExecution),
                ("目标完成情况", 60m, ScoreFormula.Judged)]);
            t.Grades.GradeOf(85m).ShouldBe("优秀");
            t.Grades.GradeOf(84.99m).ShouldBe("合格");
        }

        [Fact]
        public void Given_a_province_file_When_scored_Then_its_own_formulas_and_grades_apply()
        {
            // 资金到位率 90 / 100 × 20 = 18.00; 预算执行率 90 / 90 × 20 = 20.00; judged 50 → 88.00, 优秀 (≥ 85).
            var sheet = Scorer.Score(ScoreTemplates.Parse(Province), new ScoringInput
            {
                Funds = new ScoringFunds(new(1_000_000m), new(900_000m), new(900_000m)),
                Judged = new Dictionary<string, JudgedScore> { ["目标完成情况"] = new(50m) },
            });

            sheet.Items.Select(i => i.Score).ShouldBe([18m, 20m, 50m]);
            sheet.Total.ShouldBe(88m);
            sheet.Grade.ShouldBe("优秀");
        }

        [Theory]
        [InlineData("\"points\": 60, \"items\": [ { \"name\": \"目标完成情况\", \"points\": 60 } ]",
            "\"points\": 60, \"items\": [ { \"name\": \"目标完成情况\", \"points\": 50 } ]",
            "评分模板“province-x”：部分“绩效”各项分值之和 50 不等于其分值 60")]
        [InlineData("{ \"name\": \"绩效\", \"points\": 60", "{ \"name\": \"绩效\", \"points\": 70",
            "评分模板“province-x”：各部分分值之和 110 不等于总分 100")]
        [InlineData("\"formula\": \"fundsInPlace\"", "\"formula\": \"magic\"",
            "评分模板“province-x”：未知的计分公式“magic”（支持 judged、fundsInPlace、budgetExecution、spentOfBudget、proportional、reverse、exactZero、allOrNothing、indicatorGroup、band）")]
        [InlineData("{ \"grade\": \"合格\", \"min\": 60 }", "{ \"grade\": \"合格\", \"min\": 90 }",
            "评分模板“province-x”：等次应从高到低排列：“合格”的下限 90 不低于“优秀”的")]
        [InlineData("\"formula\": \"fundsInPlace\"", "\"formula\": \"reverse\"",
            "评分模板“province-x”：评分项“资金管理/资金到位率”：公式 reverse 只用于绩效指标（indicatorFormulas）")]
        public void Given_a_file_whose_points_or_names_are_wrong_When_parsed_Then_it_is_refused_with_the_reason(string find, string replace, string message) =>
            Should.Throw<FormatException>(() => ScoreTemplates.Parse(Province.Replace(find, replace, StringComparison.Ordinal))).Message.ShouldBe(message);

        [Theory]
        [InlineData("\"atLeast\": \"proportional\"", "\"atLeast\": \"fundsInPlace\"", "目标读法“atLeast”的公式 fundsInPlace 只用于资金评分项，不能用于绩效指标")]
        [InlineData("\"atLeast\": \"proportional\"", "\"atLeast\": \"proportional\", \"1\": \"proportional\"", "未知的目标读法“1”")]
        public void Given_indicator_formulas_that_cannot_score_an_indicator_When_parsed_Then_they_are_refused(string find, string replace, string message)
        {
            // the shipped national template, found from the test's folder up to the repository
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
            var json = File.ReadAllText(Path.Combine(dir!.FullName, "src", "Jixiao.Domain", "Evaluations", "Scoring", "Data", "national.json"));
            json.ShouldContain(find);
            Should.Throw<FormatException>(() => ScoreTemplates.Parse(json.Replace(find, replace, StringComparison.Ordinal))).Message.ShouldContain(message);
        }

        [Fact]
        public void Given_text_that_is_not_JSON_When_parsed_Then_it_is_refused() =>
            // in Chinese with where it is, as the data package says it: line 1, byte 3 — a property name must be quoted
            Should.Throw<FormatException>(() => ScoreTemplates.Parse("{ not json")).Message
                .ShouldBe("评分模板不是有效的 JSON：第 1 行第 3 个字节处属性名应以双引号开头");
    }
}
