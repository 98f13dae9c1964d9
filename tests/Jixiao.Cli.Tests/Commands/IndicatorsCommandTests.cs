using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

public class IndicatorsCommandTests
{
    private static JsonElement Json(string stdout) => JsonDocument.Parse(stdout).RootElement;

    private static IEnumerable<JsonElement> Indicators(JsonElement root) => root.GetProperty("indicators").EnumerateArray();

    private static JsonElement Indicator(JsonElement root, string name) => Indicators(root).Single(i => i.GetProperty("name").GetString() == name);

    private static IEnumerable<(string Text, int Forms)> Tallies(JsonElement indicator, string array, string field) =>
        indicator.GetProperty(array).EnumerateArray().Select(t => (t.GetProperty(field).GetString()!, t.GetProperty("forms").GetInt32()));

    public class WithoutFiles
    {
        [Fact]
        public void Builds_the_library_from_the_two_demo_seeds_and_says_so()
        {
            var (exit, console, _) = CliRunner.Run("indicators", "--category", "成本指标");

            exit.ShouldBe(0);
            // 11 Xinzhou 申报表 + 23 Xinglong 绩效目标表
            console.ShouldContain("34 张绩效目标表");
            console.ShouldContain("内置示例");
            console.ShouldContain("忻州市医疗保障局 2022 年项目支出绩效目标申报表（xinzhou-2022-performance-targets.txt）：11 张");
            console.ShouldContain("兴隆县医疗保障局本级 2021 年单位预算公开中的绩效目标表（xinglong-2021-unit-budget.txt）：23 张");
            console.ShouldContain("产出指标 › 成本指标");
            console.ShouldContain("项目总成本");
            console.ShouldContain("范围 5–2052万元");
        }

        [Fact]
        public void The_demo_Xinzhou_text_is_the_shared_seed()
        {
            var demo = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Application", "Demo", SeedFiles.Xinzhou));
            demo.ShouldBe(SeedFiles.Text(SeedFiles.Xinzhou));
        }
    }

    public class OnTheXinzhouSeed
    {
        [Fact]
        public void Lists_the_cost_indicator_every_form_prints_with_its_values()
        {
            var (exit, _, stdout) = CliRunner.Run("indicators", SeedFiles.Path(SeedFiles.Xinzhou), "--category", "成本指标", "--json");

            exit.ShouldBe(0);
            var root = Json(stdout);
            root.GetProperty("forms").GetInt32().ShouldBe(11);
            root.GetProperty("category").GetString().ShouldBe("成本指标");
            // Each of the 11 forms prints one 成本指标 row (seed lines 27 … 348), in both halves: 11 forms in all
            Indicators(root).Sum(i => i.GetProperty("forms").GetInt32()).ShouldBe(11);
            Indicators(root).ShouldAllBe(i => i.GetProperty("level2").GetString() == "成本指标");

            // 项目总成本 on 6 forms: 信息系统维护 ≤10万元 (l.27), 职工及城乡居民 ≤30 (59), 慢性病鉴定 ≤6 | ≤5 (124),
            // 市直离休干部医药费 ≤800 (188), 一至六级伤残军人 ≤10 (252), 市直困难企业职工 ≤2052 (316)
            var total = Indicator(root, "项目总成本");
            total.GetProperty("forms").GetInt32().ShouldBe(6);
            Tallies(total, "values", "value").ShouldBe(
                [("≤10万元", 2), ("≤2052万元", 1), ("≤30万元", 1), ("≤5万元", 1), ("≤6万元", 1), ("≤800万元", 1)]);
            Tallies(total, "units", "unit").ShouldBe([("万元", 6)]);
            Tallies(total, "comparisons", "comparison").ShouldBe([("≤", 6)]);
            var range = total.GetProperty("range");
            range.GetProperty("unit").GetString().ShouldBe("万元");
            range.GetProperty("min").GetDecimal().ShouldBe(5m);
            range.GetProperty("max").GetDecimal().ShouldBe(2052m);

            // 驻村工作队员补助标准 18000元/年 (l.156; the 年度 half's name cut short takes the full one)
            var allowance = Indicator(root, "驻村工作队员补助标准");
            allowance.GetProperty("forms").GetInt32().ShouldBe(1);
            Tallies(allowance, "units", "unit").ShouldBe([("元/年", 1)]);
            Tallies(allowance, "values", "value").ShouldBe([("18000元/年", 1)]);
        }

        [Fact]
        public void Counts_the_TeX_printed_satisfaction_value_with_the_plain_ones()
        {
            // 保障对象满意度: ≥95% at seed lines 161 and 321; ≥92% at 193, 225, 257 and 289, which prints $\geq 92\%$
            var (_, _, stdout) = CliRunner.Run("indicators", SeedFiles.Path(SeedFiles.Xinzhou), "--category", "满意度", "--json");
            var satisfaction = Indicator(Json(stdout), "保障对象满意度");
            Tallies(satisfaction, "values", "value").ShouldBe([("≥92%", 4), ("≥95%", 2)]);
        }
    }

    public class OnTheXinglongSeed
    {
        // The four forms whose names say 医疗救助 (seed: forms 1, 5, 20 and 23 of 五、预算绩效信息)
        private static readonly string[] MedicalAssistance =
        [
            "冀财社[2020]147号+中央财政医疗救助补助资金", "城乡医疗救助县本级住院及门诊救助", "医疗救助聘用第三方服务费", "冀财社[2020]195号省级财政医疗救助补助",
        ];

        [Fact]
        public void Like_puts_the_medical_assistance_projects_first()
        {
            var (exit, _, stdout) = CliRunner.Run("indicators", SeedFiles.Path(SeedFiles.Xinglong), "--like", "医疗救助", "--json");

            exit.ShouldBe(0);
            var root = Json(stdout);
            root.GetProperty("like").GetString().ShouldBe("医疗救助");
            var similar = root.GetProperty("similarProjects").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
            similar.Take(4).ShouldBe(MedicalAssistance, ignoreOrder: true);
            similar.Skip(4).ShouldAllBe(name => !name.Contains("医疗救助"));

            // Within 数量指标, the first indicator is one of theirs: 贫困人口全员补助 (forms 1, 5, 23)
            var first = Indicators(root).First(i => i.GetProperty("level2").GetString() == "数量指标");
            first.GetProperty("name").GetString().ShouldBe("贫困人口全员补助");
            first.GetProperty("usedBySimilar").EnumerateArray().Select(p => p.GetString()).ShouldBe(
                ["城乡医疗救助县本级住院及门诊救助", "冀财社[2020]195号省级财政医疗救助补助", "冀财社[2020]147号+中央财政医疗救助补助资金"], ignoreOrder: true);
        }

        [Fact]
        public void Like_names_the_similar_projects_in_the_text_and_marks_their_indicators()
        {
            var (exit, console, _) = CliRunner.Run("indicators", SeedFiles.Path(SeedFiles.Xinglong), "--like", "医疗救助", "--top", "2");

            exit.ShouldBe(0);
            console.ShouldContain("与“医疗救助”最相似的项目");
            int table = console.IndexOf("与“医疗救助”最相似的项目", StringComparison.Ordinal);
            foreach (var name in MedicalAssistance) console.IndexOf(name, table, StringComparison.Ordinal).ShouldBeGreaterThan(table);
            console.ShouldContain("★贫困人口全员补助");
        }

        [Fact]
        public void Counts_the_estimated_cost_indicator_of_nine_forms()
        {
            // 预计成本 under 成本指标 at seed lines 2188, 2292, 2709, 3020, 3228, 3436, 3540, 3757, 3966; 不超过年初预算数 on 5 of them
            var (_, _, stdout) = CliRunner.Run("indicators", SeedFiles.Path(SeedFiles.Xinglong), "--category", "成本", "--json");
            var cost = Indicator(Json(stdout), "预计成本");
            cost.GetProperty("forms").GetInt32().ShouldBe(9);
            Tallies(cost, "values", "value").ShouldBe([("不超过年初预算数", 5), ("不超过预算数", 3), ("不超年初预算数", 1)]);
            cost.GetProperty("units").GetArrayLength().ShouldBe(0);
            cost.GetProperty("range").ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }

    public class TheCategoryOption
    {
        [Fact]
        public void Accepts_a_drifted_level_2_name()
        {
            var (exit, _, stdout) = CliRunner.Run("indicators", SeedFiles.Path(SeedFiles.Xinzhou), "--category", "服务对象满意度指", "--json");

            exit.ShouldBe(0);
            var root = Json(stdout);
            root.GetProperty("category").GetString().ShouldBe("服务对象满意度指标");
            Indicators(root).ShouldNotBeEmpty();
            Indicators(root).ShouldAllBe(i => i.GetProperty("level2").GetString() == "服务对象满意度指标");
        }

        [Fact]
        public void Rejects_an_unknown_name_with_exit_2_and_lists_the_valid_ones()
        {
            var result = CliRunner.Run("indicators", "--category", "投入指标");

            result.Exit.ShouldBe(2);
            result.Stderr.ShouldContain("未知的指标类别“投入指标”");
            result.Stderr.ShouldContain("产出指标、效益指标、满意度指标、数量指标");
            result.Stderr.ShouldContain("服务对象满意度指标");
            result.Stdout.ShouldBeEmpty();
            result.Console.ShouldBeEmpty();
        }
    }

    public class TheJsonOutput
    {
        [Fact]
        public void Has_a_stable_shape()
        {
            var (exit, _, stdout) = CliRunner.Run("indicators", "--json", "--top", "1");

            exit.ShouldBe(0);
            var root = Json(stdout);
            root.EnumerateObject().Select(p => p.Name).ShouldBe(["sources", "skipped", "forms", "category", "like", "similarProjects", "indicators"]);
            root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("forms").GetInt32()).ShouldBe([11, 23]);
            root.GetProperty("forms").GetInt32().ShouldBe(34);
            root.GetProperty("category").ValueKind.ShouldBe(JsonValueKind.Null);
            var first = Indicators(root).First();
            first.EnumerateObject().Select(p => p.Name).ShouldBe(
                ["level1", "level2", "name", "key", "forms", "projects", "usedBySimilar", "printedNames", "units", "values", "range", "comparisons", "description", "basis"]);
            // --top 1: one indicator per 二级 that has any (其他满意度指标 has none on the seeds: 9 of the 10)
            Indicators(root).Select(i => i.GetProperty("level2").GetString()).ShouldBe(
                ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"]);
        }
    }

    public class TheFiles
    {
        [Fact]
        public void An_unreadable_file_is_exit_2()
        {
            var result = CliRunner.Run("indicators", Path.Combine(Path.GetTempPath(), "jixiao-no-such-file.txt"));
            result.Exit.ShouldBe(2);
            result.Console.ShouldContain("无法读取");
            result.Console.ShouldContain("文件不存在");
        }

        [Fact]
        public void A_folder_skips_what_holds_no_form_and_names_it()
        {
            var dir = Directory.CreateTempSubdirectory("jixiao-indicators-");
            try
            {
                File.Copy(SeedFiles.Path(SeedFiles.Xinzhou), Path.Combine(dir.FullName, SeedFiles.Xinzhou));
                File.Copy(SeedFiles.Path(SeedFiles.Jinzhong), Path.Combine(dir.FullName, SeedFiles.Jinzhong));
                File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "会议记录");

                var (exit, console, _) = CliRunner.Run("indicators", dir.FullName, "--category", "成本指标");

                exit.ShouldBe(0);
                console.ShouldContain("11 张绩效目标表");
                console.ShouldContain("来自 1 个文件");
                console.ShouldContain("跳过 2 个文件");
                console.ShouldContain($"{SeedFiles.Jinzhong}：没有绩效目标表");
                console.ShouldContain("notes.txt");
            }
            finally { dir.Delete(recursive: true); }
        }

        [Fact]
        public void No_form_at_all_is_exit_2()
        {
            var result = CliRunner.Run("indicators", SeedFiles.Path(SeedFiles.Jinzhong));
            result.Exit.ShouldBe(2);
            result.Stderr.ShouldContain("没有找到绩效目标表");
        }

        [Fact]
        public void The_help_lists_the_command()
        {
            var (exit, _, stdout) = CliRunner.Run("--help");
            exit.ShouldBe(0);
            stdout.ShouldContain("indicators");
            stdout.ShouldContain("指标库");
        }
    }
}
