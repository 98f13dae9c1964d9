using System.Text.Json;
using ClosedXML.Excel;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// <c>jixiao evaluate</c> on a package with two evaluated projects, checked against hand calculations: exit 0 when every
/// item is scored, 1 when one is rejected, 2 for bad input.
/// </summary>
public class EvaluateCommandTests
{
    private const string National = "14070023PJ0000000001";
    private const string Shanxi = "14070023PJ0000000002";

    /// <summary>
    /// 2023. Project 1 (national): lines 600,000 + 400,000 = 1,000,000; released 4 × 250,000, spent 4 × 247,500 =
    /// 990,000 → 99 % × 10 = 9.90. 参保人数 8676 / 8755 × 15 = 14.8647 → 14.86; 办结时限 15天 of ≤10天: 10 × (1 − 0.5) =
    /// 5.00; 重复参保人数 3人 of 0人: 0; 覆盖率 95% of ≥95%: 20; 产出 39.86. 待遇保障水平 judged 20 (18–24 of 30);
    /// 满意度 92% of ≥90%: 10. Total 9.90 + 39.86 + 20 + 10 = 79.76 → 中.
    /// Project 2 (shanxi): lines 1,000,000 + 800,000 = 1,800,000 (180.00 万元); released 1,750,000, spent 1,450,000.
    /// 资金到位率 175 / 180 × 3 = 2.9167 → 2.92; 预算执行率 145 / 175 × 3 = 2.4857 → 2.49; the 19 judged items at full
    /// marks: 投入 3 + 4 + 4 + 2.92 + 3 + 2.49 = 19.41; 产出: 实际完成率 follows from the 数量指标, 2455592 / 2501278 =
    /// 0.981735 × 8 = 7.85 (the 8 entered is not taken), the other three as judged (no 时效, 质量 or 成本 indicator):
    /// 7.85 + 7 + 8 + 7 = 29.85; 19.41 + 20 + 29.85 + 30 = 99.26 → 优.
    /// Project 3 has no evaluation.
    /// </summary>
    internal const string Package = """
    {
      "format": "jixiao-unit-budget/1",
      "unit": { "code": "303001", "name": "晋中市医疗保障局", "nature": "行政" },
      "fiscalYear": 2023,
      "lines": [
        { "functional": "2101202", "kind": "项目支出", "source": "一般公共预算", "amount": 600000.00, "project": "14070023PJ0000000001" },
        { "functional": "2101202", "kind": "项目支出", "source": "一般公共预算", "amount": 400000.00, "project": "14070023PJ0000000001" },
        { "functional": "2101202", "kind": "项目支出", "source": "一般公共预算", "amount": 1000000.00, "project": "14070023PJ0000000002" },
        { "functional": "2101202", "kind": "项目支出", "source": "一般公共预算", "amount": 800000.00, "project": "14070023PJ0000000002" },
        { "functional": "2101202", "kind": "项目支出", "source": "一般公共预算", "amount": 50000.00, "project": "14070023PJ0000000003" }
      ],
      "projects": [
        {
          "code": "14070023PJ0000000001", "name": "城乡居民基本医疗保险市级财政补助",
          "targets": {
            "department": { "code": "303", "name": "晋中市医疗保障局" },
            "nature": "经常性项目",
            "annualFunds": { "sources": [ { "source": "市县（区）财政资金", "amount": 1000000.00 } ] },
            "annualGoal": "按时足额拨付城乡居民医保市级财政补助",
            "annualIndicators": [
              { "level2": "数量指标", "name": "参保人数", "target": "≥8755人" },
              { "level2": "时效指标", "name": "办结时限", "target": "≤10天" },
              { "level2": "数量指标", "name": "重复参保人数", "target": "0人" },
              { "level2": "质量指标", "name": "覆盖率", "target": "≥95%" },
              { "level2": "社会效益指标", "name": "待遇保障水平", "target": "稳步提高" },
              { "level2": "服务对象满意度指标", "name": "参保群众满意度", "target": "≥90%" }
            ]
          },
          "execution": {
            "flows": [
              { "period": "第一季度", "source": "市县（区）财政资金", "released": 250000.00, "spent": 247500.00 },
              { "period": "第二季度", "source": "市县（区）财政资金", "released": 250000.00, "spent": 247500.00 },
              { "period": "第三季度", "source": "市县（区）财政资金", "released": 250000.00, "spent": 247500.00 },
              { "period": "第四季度", "source": "市县（区）财政资金", "released": 250000.00, "spent": 247500.00 }
            ],
            "readings": [
              { "date": "2023-06-30", "level2": "数量指标", "indicator": "参保人数", "actual": "4000人" },
              { "date": "2023-12-31", "level2": "数量指标", "indicator": "参保人数", "actual": "8676人", "note": "部分人员转入职工医保" },
              { "date": "2023-12-31", "indicator": "办结时限", "actual": "15天" },
              { "date": "2023-12-31", "indicator": "重复参保人数", "actual": "3人" },
              { "date": "2023-12-31", "indicator": "覆盖率", "actual": "95%" },
              { "date": "2023-12-31", "indicator": "待遇保障水平", "actual": "有所提高" },
              { "date": "2023-12-31", "indicator": "参保群众满意度", "actual": "92%" }
            ]
          },
          "evaluation": {
            "template": "national",
            "indicators": [
              { "name": "参保人数", "points": 15 },
              { "name": "办结时限", "points": 10, "deviation": "审核流程长，下年精简环节" },
              { "name": "重复参保人数", "points": 5 },
              { "name": "覆盖率", "points": 20 },
              { "name": "待遇保障水平", "score": 20, "band": "部分达成并具有一定效果" }
            ],
            "texts": [ { "heading": "实际完成情况", "text": "补助资金已全部拨付到位" } ],
            "evaluators": [ { "name": "牛建军", "title": "科长", "office": "社保科", "phone": "0354-3075659" } ],
            "signOff": { "head": "张志涛", "handler": "牛建军", "phone": "0354-3075659", "date": "2024-03-01" }
          }
        },
        {
          "code": "14070023PJ0000000002", "name": "打击欺诈骗保专项行动",
          "targets": {
            "annualFunds": { "sources": [ { "source": "市县（区）财政资金", "amount": 1500000.00 }, { "source": "其他资金", "amount": 300000.00 } ] },
            "annualIndicators": [ { "level2": "数量指标", "name": "城乡居民参保人数", "target": "2501278人" } ]
          },
          "execution": {
            "flows": [
              { "period": "第二季度", "source": "市县（区）财政资金", "released": 1000000.00, "spent": 700000.00 },
              { "period": "第四季度", "source": "市县（区）财政资金", "released": 750000.00, "spent": 750000.00 }
            ],
            "readings": [ { "date": "2023-12-31", "indicator": "城乡居民参保人数", "actual": "2455592" } ]
          },
          "evaluation": {
            "template": "shanxi",
            "judged": [
              { "item": "项目立项规范性", "score": 3 }, { "item": "绩效目标合理性", "score": 4 }, { "item": "绩效指标明确性", "score": 4 },
              { "item": "到位及时率", "score": 3 }, { "item": "业务管理/管理制度健全性", "score": 3 }, { "item": "制度执行有效性", "score": 3 },
              { "item": "项目质量可控性", "score": 4 }, { "item": "财务管理/管理制度健全性", "score": 3 }, { "item": "资金使用合规性", "score": 3 },
              { "item": "财务监控有效性", "score": 4 }, { "item": "实际完成率", "score": 8 }, { "item": "完成及时率", "score": 7 },
              { "item": "质量达标率", "score": 8 }, { "item": "成本节约率", "score": 7 }, { "item": "经济效益", "score": 5 },
              { "item": "社会效益", "score": 5 }, { "item": "生态效益", "score": 5 }, { "item": "可持续影响", "score": 5 },
              { "item": "社会公众或服务对象满意度", "score": 10 }
            ]
          }
        },
        { "code": "14070023PJ0000000003", "name": "医保政策宣传" }
      ]
    }
    """;

    private static string TempDir() => Directory.CreateTempSubdirectory("jixiao-evaluate-").FullName;

    private static string Write(string dir, string json, string name = "p.json")
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string PackageFile(string? replace = null, string? with = null)
    {
        var json = replace is null ? Package : Package.Replace(replace, with, StringComparison.Ordinal);
        if (replace is not null) json.ShouldNotBe(Package);
        return Write(TempDir(), json);
    }

    public class GivenEvaluatedProjects
    {
        [Fact]
        public void Every_item_scored_prints_how_each_score_follows_the_totals_and_grades_and_exits_0()
        {
            var r = CliRunner.Run("evaluate", PackageFile());

            r.Exit.ShouldBe(0, r.Console + r.Stderr);
            foreach (var printed in new[]
            {
                "城乡居民基本医疗保险市级财政补助（14070023PJ0000000001）", "项目支出绩效自评表（财预〔2020〕10号）",
                "预算资金 100.00 万元，预算下达 100.00 万元，实际支出 99.00 万元",
                "预算执行率 99.00 / 100.00 = 99.00 % × 10 = 9.90", "参保人数 8676人 / 8755人 = 99.10 % × 15 = 14.86",
                "办结时限 15天 / 10天 = 150.00 %，超出目标 50.00 %，10 × (1 − 50.00 %) = 5.00", "重复参保人数 目标为 0，实际 3人 不为 0 → 0.00",
                "综合得分 79.76", "评价等次：中",
                "资金到位率 175.00 / 180.00 = 97.22 % × 3 = 2.92", "预算执行率 145.00 / 175.00 = 82.86 % × 3 = 2.49", "综合得分 99.26", "评价等次：优",
                "共评价 2 个项目：完成 2 个",
            })
                r.Console.ShouldContain(printed);
            r.Console.ShouldNotContain("医保政策宣传"); // no evaluation entered
        }

        [Fact]
        public void A_judged_score_above_its_points_is_rejected_in_red_and_exits_1()
        {
            var r = CliRunner.Run("evaluate", PackageFile("{ \"item\": \"项目立项规范性\", \"score\": 3 }", "{ \"item\": \"项目立项规范性\", \"score\": 4 }"));

            r.Exit.ShouldBe(1, r.Console + r.Stderr);
            r.Console.ShouldContain("评价人评分 4 超出该项分值范围 0–3");
            r.Console.ShouldContain("评价未完成：1 项未评分，没有综合得分和等次");
            r.Console.ShouldContain("完成 1 个，未完成 1 个");
        }

        [Fact]
        public void A_qualitative_score_outside_its_band_is_rejected_and_exits_1()
        {
            // 部分达成并具有一定效果: 60–80 % of 30 = 18–24; 25 is outside
            var r = CliRunner.Run("evaluate", PackageFile("\"score\": 20, \"band\"", "\"score\": 25, \"band\""), "-p", National);

            r.Exit.ShouldBe(1);
            r.Console.ShouldContain("评价人评分 25 不在档次“部分达成并具有一定效果”的范围内（60.00 %–80.00 % × 30 = 18–24 分）");
        }

        [Fact]
        public void The_project_option_chooses_one_and_the_template_option_overrides_the_entered_one()
        {
            var path = PackageFile();
            var only = CliRunner.Run("evaluate", path, "--project", "打击欺诈");
            only.Exit.ShouldBe(0, only.Console);
            only.Console.ShouldContain("综合得分 99.26");
            only.Console.ShouldNotContain("城乡居民基本医疗保险市级财政补助");

            // Under the national template the Shanxi judged items have no place, and 城乡居民参保人数 has no points entered:
            // it takes the 55 of 产出 (no 效益 or 满意度 indicator: 5 + 5 moved, 效益 35 left with nothing to score).
            var national = CliRunner.Run("evaluate", path, "--project", Shanxi, "--template", "national");
            national.Exit.ShouldBe(1);
            national.Console.ShouldContain("项目支出绩效自评表（财预〔2020〕10号）");
            // 145.00 / 180.00 = 80.56 % × 10 = 8.06: the national 执行率 is spent over the budget
            national.Console.ShouldContain("预算执行率 145.00 / 180.00 = 80.56 % × 10 = 8.06");
            national.Console.ShouldContain("评价人评分“项目立项规范性”在模板“项目支出绩效自评表（财预〔2020〕10号）”中没有对应的评分项");
        }

        [Fact]
        public void A_project_without_an_evaluation_can_be_chosen_and_shows_what_is_missing()
        {
            var r = CliRunner.Run("evaluate", PackageFile(), "-p", "医保政策宣传");

            r.Exit.ShouldBe(1);
            r.Console.ShouldContain("没有资金下达和支出数据：预算下达资金和实际支出资金未知");
            r.Console.ShouldContain("缺少实际支出资金，无法计算预算执行率");
        }

        [Fact]
        public void Json_gives_the_sheet_with_figures_in_yuan()
        {
            var r = CliRunner.Run("evaluate", PackageFile(), "--json");

            r.Exit.ShouldBe(0, r.Stderr);
            var root = JsonDocument.Parse(r.Stdout).RootElement;
            var first = root.GetProperty("evaluations")[0];
            first.GetProperty("project").GetProperty("code").GetString().ShouldBe(National);
            (first.GetProperty("complete").GetBoolean(), first.GetProperty("total").GetDecimal(), first.GetProperty("grade").GetString())
                .ShouldBe((true, 79.76m, "中"));
            first.GetProperty("funds").GetProperty("spent").GetDecimal().ShouldBe(990_000m);
            var execution = first.GetProperty("sections")[0].GetProperty("items")[0];
            (execution.GetProperty("formula").GetString(), execution.GetProperty("score").GetDecimal()).ShouldBe(("spentOfBudget", 9.9m));
            var insured = first.GetProperty("indicators")[0];
            (insured.GetProperty("actual").GetString(), insured.GetProperty("progress").GetString(), insured.GetProperty("score").GetDecimal())
                .ShouldBe(("8676人", "99.10%", 14.86m));
            root.GetProperty("evaluations")[1].GetProperty("total").GetDecimal().ShouldBe(99.26m);
            r.Console.ShouldBeEmpty();
        }
    }

    public class GivenAnOutputFile
    {
        [Fact]
        public void Writes_each_project_in_its_templates_form()
        {
            var dir = TempDir();
            var xlsx = Path.Combine(dir, "自评表.xlsx");
            var r = CliRunner.Run("evaluate", Write(dir, Package), "-o", xlsx);

            r.Exit.ShouldBe(0, r.Console);
            r.Console.ShouldContain("已写出 2 张绩效自评表");
            using var workbook = new XLWorkbook(xlsx);
            workbook.Worksheets.Select(w => (w.Name, w.Cell("A1").GetString()))
                .ShouldBe([("城乡居民基本医疗保险市级财政补助", "项目支出绩效自评表"), ("打击欺诈骗保专项行动", "财政支出项目绩效自评表")]);
            var national = workbook.Worksheet(1);
            // 年度资金总额: 100.00 | 100.00 | 99.00 | 10 | 99.00 % | 9.90; 参保人数 15 → 14.86
            (national.Cell("C6").GetDouble(), national.Cell("D6").GetDouble(), national.Cell("E6").GetDouble(), national.Cell("G6").GetDouble(), national.Cell("H6").GetDouble())
                .ShouldBe((100d, 100d, 99d, 0.99d, 9.9d));
            (national.Cell("C13").GetString(), national.Cell("E13").GetString(), national.Cell("G13").GetDouble()).ShouldBe(("参保人数", "8676人", 14.86d));

            var html = Path.Combine(dir, "自评表.html");
            CliRunner.Run("evaluate", Write(dir, Package), "-o", html, "-p", Shanxi).Exit.ShouldBe(0);
            var page = File.ReadAllText(html);
            // 预算资金 150.00 + 30.00, 下达 175.00, 支出 145.00 万元; 2455592 / 2501278 = 98.17 %
            foreach (var printed in new[] { "财政支出项目绩效自评表", "150.00", "30.00", "175.00", "145.00", "98.17%", "2.92", "2.49", "99.26" })
                page.ShouldContain(printed);
        }

        [Fact]
        public void An_incomplete_evaluation_is_written_too_and_exits_1()
        {
            var dir = TempDir();
            var xlsx = Path.Combine(dir, "e.xlsx");
            var r = CliRunner.Run("evaluate", Write(dir, Package.Replace("\"score\": 20, \"band\"", "\"score\": 25, \"band\"", StringComparison.Ordinal)), "-o", xlsx, "-p", National);

            r.Exit.ShouldBe(1);
            using var workbook = new XLWorkbook(xlsx);
            var sheet = workbook.Worksheet(1);
            // 待遇保障水平 unscored, so no 总分 and no 等次
            (sheet.Cell("C17").GetString(), sheet.Cell("G17").IsEmpty()).ShouldBe(("待遇保障水平", true));
            (sheet.Cell("A19").GetString(), sheet.Cell("G19").IsEmpty(), sheet.Cell("F20").GetString()).ShouldBe(("总分", true, ""));
        }

        [Fact]
        public void A_read_only_file_or_a_missing_folder_is_refused_with_exit_2()
        {
            var dir = TempDir();
            var path = Write(dir, Package);
            var locked = Path.Combine(dir, "locked.xlsx");
            File.WriteAllText(locked, "old");
            if (OperatingSystem.IsWindows()) File.SetAttributes(locked, FileAttributes.ReadOnly);
            else File.SetUnixFileMode(locked, UnixFileMode.UserRead);

            var r = CliRunner.Run("evaluate", path, "-o", locked);
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("文件是只读的");
            File.ReadAllText(locked).ShouldBe("old");

            var missing = CliRunner.Run("evaluate", path, "-o", Path.Combine(dir, "nope", "e.xlsx"));
            missing.Exit.ShouldBe(2);
            missing.Console.ShouldContain("目标文件夹不存在");

            var pdf = CliRunner.Run("evaluate", path, "-o", Path.Combine(dir, "e.pdf"));
            pdf.Exit.ShouldBe(2);
            pdf.Stderr.ShouldContain("请用扩展名 .xlsx、.html 或 .htm");
        }
    }

    public class GivenATemplateFile
    {
        [Fact]
        public void A_provinces_own_grades_are_used()
        {
            // The national template with 优秀 from 85: 99.26 is not under it (Shanxi), but project 1's 79.76 is 合格 (≥ 60).
            var dir = TempDir();
            var province = Write(dir, """
                { "id": "province-x", "name": "某省项目支出绩效自评表", "points": 100,
                  "grades": [ { "grade": "优秀", "min": 85 }, { "grade": "合格", "min": 60 }, { "grade": "不合格", "min": 0 } ],
                  "sections": [
                    { "name": "预算执行", "points": 10, "items": [ { "name": "预算执行率", "points": 10, "formula": "spentOfBudget" } ] },
                    { "name": "产出指标", "points": 50, "indicators": "产出指标" },
                    { "name": "效益指标", "points": 30, "indicators": "效益指标" },
                    { "name": "满意度指标", "points": 10, "indicators": "满意度指标" } ],
                  "indicatorFormulas": { "atLeast": "proportional", "exact": "proportional", "atMost": "reverse", "exactZero": "exactZero",
                                         "range": "allOrNothing", "deadline": "allOrNothing", "qualitative": "band" },
                  "qualitativeBands": [ { "name": "达成年度指标", "from": 0.8, "to": 1.0 }, { "name": "部分达成并具有一定效果", "from": 0.6, "to": 0.8 },
                                        { "name": "未达成且效果较差", "from": 0, "to": 0.6 } ] }
                """, "province.json");

            var r = CliRunner.Run("evaluate", Write(dir, Package), "-p", National, "--template", province);

            r.Exit.ShouldBe(0, r.Console);
            r.Console.ShouldContain("评分模板：某省项目支出绩效自评表");
            r.Console.ShouldContain("评价等次：合格");
        }

        [Fact]
        public void A_template_file_that_does_not_add_up_is_bad_input()
        {
            var dir = TempDir();
            var broken = Write(dir, """{ "id": "x", "name": "x", "points": 100, "grades": [ { "grade": "优", "min": 0 } ], "sections": [ { "name": "a", "points": 90, "items": [ { "name": "b", "points": 90 } ] } ] }""", "broken.json");

            var r = CliRunner.Run("evaluate", Write(dir, Package), "--template", broken);

            r.Exit.ShouldBe(2);
            r.Console.ShouldContain($"评分模板文件 {broken}：评分模板“x”：各部分分值之和 90 不等于总分 100");
        }
    }

    public class GivenBadInput
    {
        [Fact]
        public void An_unknown_template_name_is_a_usage_error()
        {
            var r = CliRunner.Run("evaluate", PackageFile(), "--template", "hebei");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("未知的评分模板“hebei”：可用 national、shanxi，或省里自己的模板文件（.json）的路径");
        }

        [Fact]
        public void An_unknown_template_in_the_package_names_the_project()
        {
            var r = CliRunner.Run("evaluate", PackageFile("\"template\": \"shanxi\"", "\"template\": \"hebei\""));
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("项目“打击欺诈骗保专项行动”（14070023PJ0000000002）的评分模板“hebei”不存在（现有：national、shanxi）");
        }

        [Fact]
        public void No_project_matching_or_none_evaluated_exits_2()
        {
            var path = PackageFile();
            CliRunner.Run("evaluate", path, "-p", "不存在").Console.ShouldContain("没有项目的编码或名称含“不存在”（共 3 个项目）");
            CliRunner.Run("evaluate", path, "-p", "不存在").Exit.ShouldBe(2);

            var none = CliRunner.Run("evaluate", Write(TempDir(), """
                { "unit": { "code": "303001", "name": "晋中市医疗保障局", "nature": "行政" }, "fiscalYear": 2023, "lines": [],
                  "projects": [ { "code": "14070023PJ0000000003", "name": "医保政策宣传" } ] }
                """));
            none.Exit.ShouldBe(2);
            none.Console.ShouldContain("没有项目填写绩效自评（evaluation）；可用 --project 指定要评价的项目");
        }

        [Fact]
        public void A_published_text_is_not_a_package()
        {
            var r = CliRunner.Run("evaluate", SeedFiles.Path(SeedFiles.Jinzhong));
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("jixiao evaluate 需要数据包（.json）或填报工作簿（.xlsx）");
        }
    }
}
