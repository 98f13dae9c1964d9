using System.Text.Json;

namespace Jixiao.Cli.Tests.Monitoring;

/// <summary>
/// <c>jixiao monitor</c> on monitoring-2023.json: five projects of a 2023 budget with quarterly spending, monitored at
/// 2023-06-30 (6 complete months, 时间进度 6/12 = 50 %) and at 2023-12-31.
/// <list type="bullet">
/// <item>P01 信息系统运维: lines 1,200,000; spent 100,000 + 200,000 = 300,000 → 25 % ÷ 50 % = 50 % → red.</item>
/// <item>P02 城乡医疗救助: adjusted 800,000 + 200,000 = 1,000,000; spent 150,000 + 200,000 = 350,000 → 35 % ÷ 50 % = 70 % → yellow;
/// plan 6月底 50 % → 70 % → yellow; 救助人次 700 / 2000 = 35 % ÷ 50 % = 70 % → yellow.</item>
/// <item>P03 参保补助: lines 800,000; spent 200,000 + 240,000 = 440,000 → 55 % ÷ 50 % = 110 % → green;
/// 资助参保人数 5200 / 10000 = 52 % ÷ 50 % = 104 % → green; 群众就医负担 qualitative → no light.</item>
/// <item>P04 政策宣传: lines 200,000; spent 50,000 + 60,000 = 110,000 → 55 % → 110 % → green;
/// 宣传材料发放 8000 / 10000 = 80 % ÷ 50 % = 160 % → blue.</item>
/// <item>P05 稽核: lines 500,000, no execution data → no light, a warning.</item>
/// <item>Warnings of indicators ahead of spending count only the accumulating indicators (counts, money): P01 巡检 50 % − 25 %
/// and P04 宣传材料 80 % − 55 % = 25 points each are warned; P02 35 % − 35 % and P03 52 % − 55 % are not.</item>
/// </list>
/// </summary>
public class MonitorCommandTests
{
    private static string Fixture => Path.Combine(SeedFiles.RepositoryRoot(), "tests", "Jixiao.Cli.Tests", "Monitoring", "monitoring-2023.json");

    private static JsonElement Json(string stdout) => JsonDocument.Parse(stdout).RootElement;

    private static JsonElement Project(JsonElement root, string code) =>
        root.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);

    private static JsonElement Indicator(JsonElement project, string name) =>
        project.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);

    private static decimal Number(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    private static string? Light(JsonElement e) => e.GetProperty("light").GetString();

    private static string[] Warnings(JsonElement project) =>
        project.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("kind").GetString()!).ToArray();

    public class AtMidYear
    {
        [Fact]
        public void Prints_a_table_per_project_with_the_lights_and_the_arithmetic()
        {
            var (exit, console, _) = CliRunner.Run("monitor", Fixture, "--at", "2023-06-30");

            exit.ShouldBe(0);
            console.ShouldContain("绩效运行监控（双监控）：某市医疗保障局本级 2023 年，截至 2023-06-30（6 个完整月份，时间进度 50.00 %）");
            console.ShouldContain("P01 医保信息系统运维");
            console.ShouldContain("执行率 25.00 %（支出 30.00 万元 / 预算 120.00 万元）÷ 时间进度 50.00 %（6/12 个月）= 50.00 % → 红灯（低于 60.00 %）");
            console.ShouldContain("● 红灯");
            console.ShouldContain("● 黄灯");
            console.ShouldContain("● 绿灯");
            console.ShouldContain("● 蓝灯");
            console.ShouldContain("调整后的全年预算数");
            console.ShouldContain("单位说明：二季度集中审核，部分救助待拨付");
            console.ShouldContain("未报实际值的指标（1 个）：群众满意度");
            // P05 has nothing entered: listed once after the others, not given an empty table
            console.ShouldContain("预警：1 个项目有预算（合计 50.00 万元）但没有任何执行数据（资金下达和支出、指标实际值），无法监控：");
            console.ShouldContain("P05 ");
            console.IndexOf("P05 ", StringComparison.Ordinal).ShouldBeGreaterThan(console.IndexOf("P04 ", StringComparison.Ordinal));
            // Only accumulating indicators (counts, money) are set against 执行率; the rate 系统正常运行率 is left out.
            // P01: 巡检 6 / 12 = 50 % − 执行率 25 % = 25 points > 5; P04: 宣传材料 8000 / 10000 = 80 % − 55 % = 25 points;
            // P02: 救助人次 35 % − 35 % = 0; P03: 资助参保人数 52 % − 55 % = −3 points: no warning.
            console.ShouldContain("预警：指标进度快于资金支出：1 个累计型指标（数量、金额）的平均完成度 50.00 %（系统巡检次数 50.00 %，各按不超过 100 % 计）− 执行率 25.00 % = 25.00 个百分点");
            console.ShouldContain("1 个累计型指标（数量、金额）的平均完成度 80.00 %（宣传材料发放 80.00 %，各按不超过 100 % 计）− 执行率 55.00 % = 25.00 个百分点");
            console.ShouldContain("比率、上限等任何时点都应达到的指标不计");
            // 时间: P01 red, P02 yellow, P03 and P04 green, P05 none; 计划: P02 yellow;
            // 指标: 救助人次 yellow; 巡检 (6/12 = 50 % ÷ 50 %), 运行率 (99.5/99), 参保人数 green; 宣传材料 blue; 就医负担 none.
            console.ShouldContain("汇总：5 个项目；支出进度（对时间进度）红灯 1、黄灯 1、绿灯 2、未亮灯 1；支出进度（对支出计划）红灯 0、黄灯 1、绿灯 0、未亮灯 0；"
                + "绩效指标 红灯 0、黄灯 1、绿灯 3、蓝灯 1、未亮灯 1；预警 3 条。");
        }

        [Fact]
        public void Writes_the_figures_as_JSON()
        {
            var (exit, _, stdout) = CliRunner.Run("monitor", Fixture, "--at", "2023-06-30", "--json");

            exit.ShouldBe(0);
            var root = Json(stdout);
            root.GetProperty("date").GetString().ShouldBe("2023-06-30");
            root.GetProperty("months").GetInt32().ShouldBe(6);
            Number(root, "timeProgressPercent").ShouldBe(50.00m);
            root.GetProperty("projects").GetArrayLength().ShouldBe(5);

            var red = Project(root, "P01");
            Number(red, "budget").ShouldBe(1_200_000m);
            red.GetProperty("budgetBasis").GetString().ShouldBe("lines");
            Number(red, "released").ShouldBe(600_000m);
            Number(red, "spent").ShouldBe(300_000m);
            Number(red, "executionRatePercent").ShouldBe(25.00m);
            Number(red.GetProperty("spending"), "ratioPercent").ShouldBe(50.00m);
            Light(red.GetProperty("spending")).ShouldBe("red");
            red.GetProperty("plan").ValueKind.ShouldBe(JsonValueKind.Null);
            // the reading of 12-31 is after the date: 6次 of 06-30 counts, 6 / 12 = 50 % ÷ 50 % = 100 %
            var checks = Indicator(red, "系统巡检次数");
            checks.GetProperty("actual").GetString().ShouldBe("6次");
            Number(checks, "ratioPercent").ShouldBe(100.00m);
            // 99.5 / 99 = 100.505… % against 100 % expected
            Number(Indicator(red, "系统正常运行率"), "ratioPercent").ShouldBe(100.51m);
            red.GetProperty("reportsQuarterly").GetBoolean().ShouldBeTrue();
            Number(red, "throughMonth").ShouldBe(6);
            Number(red, "timeProgressPercent").ShouldBe(50.00m);
            checks.GetProperty("status").GetString().ShouldBe("not_met");
            Indicator(red, "系统正常运行率").GetProperty("status").GetString().ShouldBe("met");
            Warnings(red).ShouldBe(["attainment_ahead_of_spending"]);

            var yellow = Project(root, "P02");
            yellow.GetProperty("budgetBasis").GetString().ShouldBe("adjusted");
            Number(yellow, "budget").ShouldBe(1_000_000m);
            Number(yellow, "spent").ShouldBe(350_000m);
            Light(yellow.GetProperty("spending")).ShouldBe("yellow");
            Number(yellow.GetProperty("plan"), "plannedPercent").ShouldBe(50.00m);
            Number(yellow.GetProperty("plan"), "ratioPercent").ShouldBe(70.00m);
            Light(yellow.GetProperty("plan")).ShouldBe("yellow");
            var aid = Indicator(yellow, "救助人次");
            (Number(aid, "sharePercent"), Number(aid, "expectedPercent"), Number(aid, "ratioPercent")).ShouldBe((35.00m, 50.00m, 70.00m));
            aid.GetProperty("accumulates").GetBoolean().ShouldBeTrue();
            aid.GetProperty("note").GetString().ShouldBe("二季度集中审核，部分救助待拨付");
            Light(aid).ShouldBe("yellow");
            Warnings(yellow).ShouldBeEmpty();

            var green = Project(root, "P03");
            Number(green.GetProperty("spending"), "ratioPercent").ShouldBe(110.00m);
            Light(green.GetProperty("spending")).ShouldBe("green");
            Number(Indicator(green, "资助参保人数"), "ratioPercent").ShouldBe(104.00m);
            var qualitative = Indicator(green, "群众就医负担");
            qualitative.GetProperty("light").ValueKind.ShouldBe(JsonValueKind.Null);
            qualitative.GetProperty("status").GetString().ShouldBe("cannot_tell");
            qualitative.GetProperty("explanation").GetString()!.ShouldContain("定性指标");

            var blue = Project(root, "P04");
            var leaflets = Indicator(blue, "宣传材料发放");
            (Number(leaflets, "sharePercent"), Number(leaflets, "expectedPercent"), Number(leaflets, "ratioPercent")).ShouldBe((80.00m, 50.00m, 160.00m));
            Light(leaflets).ShouldBe("blue");
            blue.GetProperty("unread").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("群众满意度");

            var none = Project(root, "P05");
            none.GetProperty("spent").ValueKind.ShouldBe(JsonValueKind.Null);
            none.GetProperty("spending").GetProperty("light").ValueKind.ShouldBe(JsonValueKind.Null);
            Warnings(none).ShouldBe(["no_data"]);
            none.GetProperty("budgetBasis").GetString().ShouldBe("lines");

            var summary = root.GetProperty("summary");
            Number(summary, "projects").ShouldBe(5);
            var spending = summary.GetProperty("spending");
            (Number(spending, "red"), Number(spending, "yellow"), Number(spending, "green"), Number(spending, "none")).ShouldBe((1m, 1m, 2m, 1m));
            var indicators = summary.GetProperty("indicators");
            (Number(indicators, "red"), Number(indicators, "yellow"), Number(indicators, "green"), Number(indicators, "blue"), Number(indicators, "none"))
                .ShouldBe((0m, 1m, 3m, 1m, 1m));
            Number(summary, "warnings").ShouldBe(3);
        }

        [Fact]
        public void Writes_money_in_yuan_with_two_decimals()
        {
            var (_, _, stdout) = CliRunner.Run("monitor", Fixture, "--at", "2023-06-30", "--json", "--project", "P02");

            // 800,000 + 200,000 adjusted; released 200,000 + 200,000; spent 150,000 + 200,000
            stdout.ShouldContain("\"budget\": 1000000.00,");
            stdout.ShouldContain("\"released\": 400000.00,");
            stdout.ShouldContain("\"spent\": 350000.00,");
        }

        [Fact]
        public void Shows_one_project_when_asked()
        {
            var (exit, _, stdout) = CliRunner.Run("monitor", Fixture, "--at", "2023-06-30", "--json", "--project", "P04");

            exit.ShouldBe(0);
            Json(stdout).GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldBe(["P04"]);
        }

        [Fact]
        public void Applies_a_province_thresholds_file()
        {
            // Red below 50 %: P01's 50 % is yellow; blue from 200 %: P04's 160 % is green.
            var dir = Directory.CreateTempSubdirectory("jixiao-monitor-").FullName;
            var file = Path.Combine(dir, "thresholds.json");
            File.WriteAllText(file, """
                { "name": "某省", "redBelow": 0.5, "greenFrom": 0.8, "blueFrom": 2, "attainmentAheadOfSpending": 0.05, "unspentAtYearEnd": 0.2 }
                """);

            var (exit, _, stdout) = CliRunner.Run("monitor", Fixture, "--at", "2023-06-30", "--json", "--thresholds", file);

            exit.ShouldBe(0);
            var root = Json(stdout);
            root.GetProperty("thresholds").GetProperty("name").GetString().ShouldBe("某省");
            Light(Project(root, "P01").GetProperty("spending")).ShouldBe("yellow");
            Light(Indicator(Project(root, "P04"), "宣传材料发放")).ShouldBe("green");
        }
    }

    public class BetweenQuarterEnds
    {
        [Fact]
        public void Reads_quarterly_spending_at_the_last_quarter_end()
        {
            // 2023-05-31: 5 complete months, but every project reports by quarter, so money and 时间进度 stand at 3月底 (3/12 = 25 %).
            // P01 100,000 / 1,200,000 = 8.33 % ÷ 25 % = 33.33 % → red; P02 150,000 / 1,000,000 = 15 % ÷ 25 % = 60 % → yellow,
            // plan 3月底 25 % → 60 % → yellow; P03 200,000 / 800,000 = 25 % ÷ 25 % = 100 % → green; P04 50,000 / 200,000 = 25 % → 100 % → green.
            var (exit, console, _) = CliRunner.Run("monitor", Fixture, "--at", "2023-05-31");

            exit.ShouldBe(0);
            console.ShouldContain("按季度报送的项目：资金、时间进度和支出计划按最近结束的季度计（截至 3 月底，时间进度 25.00 %）");
            console.ShouldContain("截至 3 月底（按季度报送，已结束的季度）");
            console.ShouldContain("执行率 8.33 %（支出 10.00 万元 / 预算 120.00 万元）÷ 时间进度 25.00 %（3/12 个月；按季度报送，时间进度按3月底计）= 33.33 % → 红灯（低于 60.00 %）");
            console.ShouldContain("执行率 15.00 % ÷ 计划累计支出 25.00 %（计划到3月底累计 25 %；按季度报送，计划按3月底计）= 60.00 %");
            console.ShouldContain("汇总：5 个项目；支出进度（对时间进度）红灯 1、黄灯 1、绿灯 2、未亮灯 1；支出进度（对支出计划）红灯 0、黄灯 1、绿灯 0、未亮灯 0；");

            var (_, _, stdout) = CliRunner.Run("monitor", Fixture, "--at", "2023-05-31", "--json", "--project", "P03");
            var p = Project(Json(stdout), "P03");
            Number(p, "throughMonth").ShouldBe(3);
            Number(p, "timeProgressPercent").ShouldBe(25.00m);
            Number(p.GetProperty("spending"), "ratioPercent").ShouldBe(100.00m);
        }
    }

    public class AtYearEnd
    {
        [Fact]
        public void Warns_of_money_left_unspent()
        {
            // P01: 100,000 + 200,000 + 200,000 + 300,000 = 800,000 of 1,200,000; 400,000 unspent = 33.33 % > 20 %.
            // 执行率 66.67 % ÷ 100 % → yellow.
            var (exit, _, stdout) = CliRunner.Run("monitor", Fixture, "--at", "2023-12-31", "--json", "--project", "P01");

            exit.ShouldBe(0);
            var p = Project(Json(stdout), "P01");
            Number(p, "spent").ShouldBe(800_000m);
            Number(p, "executionRatePercent").ShouldBe(66.67m);
            Light(p.GetProperty("spending")).ShouldBe("yellow");
            Warnings(p).ShouldBe(["attainment_ahead_of_spending", "unspent_at_year_end"]);
            p.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString())
                .ShouldContain("年末结余过多：预算 120.00 万元 − 支出 80.00 万元 = 未支出 40.00 万元，占预算 33.33 %，超过 20.00 %");
            // 巡检 12次 of 12 by 12-31 = 100 % ÷ 100 %
            Number(Indicator(p, "系统巡检次数"), "ratioPercent").ShouldBe(100.00m);
        }
    }

    public class BadInput
    {
        [Fact]
        public void Without_a_date_it_asks_for_one() =>
            CliRunner.Run("monitor", Fixture).ShouldSatisfyAllConditions(
                r => r.Exit.ShouldBe(2),
                r => r.Stderr.ShouldContain("缺少必需的选项 --at"));

        [Theory]
        [InlineData("2023-13-01")]
        [InlineData("2023/06/30")]
        [InlineData("六月底")]
        public void A_date_that_is_not_a_date_is_a_usage_error(string date)
        {
            var r = CliRunner.Run("monitor", Fixture, "--at", date);

            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain($"--at 应为日期 yyyy-MM-dd（如 2023-06-30），给出的是“{date}”");
            r.Stderr.ShouldContain("jixiao monitor --help");
        }

        [Fact]
        public void A_date_without_leading_zeros_is_read() =>
            CliRunner.Run("monitor", Fixture, "--at", "2023-6-30", "--json").Exit.ShouldBe(0);

        [Fact]
        public void A_date_outside_the_budget_year_is_a_usage_error()
        {
            var r = CliRunner.Run("monitor", Fixture, "--at", "2024-06-30");

            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("监控日期 2024-06-30 不在");
            r.Stderr.ShouldContain("的预算年度 2023 内");
        }

        [Fact]
        public void A_missing_file_cannot_be_read()
        {
            var r = CliRunner.Run("monitor", Path.Combine(Path.GetTempPath(), "jixiao-no-such-package.json"), "--at", "2023-06-30");

            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("无法读取");
            r.Console.ShouldContain("文件不存在");
        }

        [Fact]
        public void A_published_text_is_refused()
        {
            var r = CliRunner.Run("monitor", SeedFiles.Path(SeedFiles.Xinzhou), "--at", "2022-06-30");

            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("公开文本中没有执行数据");
        }

        [Fact]
        public void A_bad_thresholds_file_is_refused_with_what_is_wrong()
        {
            var dir = Directory.CreateTempSubdirectory("jixiao-monitor-").FullName;
            var file = Path.Combine(dir, "thresholds.json");
            File.WriteAllText(file, """{ "redBelow": 0.9, "greenFrom": 0.8, "blueFrom": 1.2, "attainmentAheadOfSpending": 0.05, "unspentAtYearEnd": 0.2 }""");

            var r = CliRunner.Run("monitor", Fixture, "--at", "2023-06-30", "--thresholds", file);

            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("阈值文件有误");
            r.Console.ShouldContain("redBelow < greenFrom < blueFrom");
        }

        [Fact]
        public void A_thresholds_file_cut_short_is_refused_in_Chinese()
        {
            var dir = Directory.CreateTempSubdirectory("jixiao-monitor-").FullName;
            var file = Path.Combine(dir, "thresholds.json");
            File.WriteAllText(file, """{"redBelow":0.6,""");

            var r = CliRunner.Run("monitor", Fixture, "--at", "2023-06-30", "--thresholds", file);

            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("监控阈值不是有效的 JSON：第 1 行第 16 个字节处文件在 JSON 结束前中断");
            r.Console.ShouldNotContain("Expected");
        }

        [Fact]
        public void A_package_without_any_project_says_so()
        {
            // a budget whose lines name no project: nothing to monitor, said in words (the text once tripped on “[]”)
            var dir = Directory.CreateTempSubdirectory("jixiao-monitor-").FullName;
            var file = Path.Combine(dir, "p.json");
            File.WriteAllText(file, """
                { "unit": { "code": "303001", "name": "测试局", "nature": "行政" }, "fiscalYear": 2023,
                  "lines": [ { "functional": "2101501", "economic": "30101", "kind": "人员经费", "source": "一般公共预算", "amount": 1000 } ] }
                """);

            var r = CliRunner.Run("monitor", file, "--at", "2023-06-30");

            r.Exit.ShouldBe(0);
            r.Console.ShouldContain("没有可监控的项目：没有项目有预算（项目预算行）或执行数据（projects[].execution）。");
        }

        [Fact]
        public void An_unknown_project_is_refused_with_the_ones_there_are()
        {
            var r = CliRunner.Run("monitor", Fixture, "--at", "2023-06-30", "--project", "P99", "--json");

            r.Exit.ShouldBe(2);
            r.Stdout.ShouldBeEmpty();
            r.Stderr.ShouldContain("中没有项目编码“P99”（可监控的项目：P01、P02、P03、P04、P05）");
        }
    }
}
