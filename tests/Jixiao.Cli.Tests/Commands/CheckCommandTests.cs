using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

public class CheckCommandTests
{
    public class TheJsonOutput
    {
        private static readonly CliResult Result = CliRunner.Run("check", SeedFiles.Path(SeedFiles.Xinglong), "--json");
        private static readonly JsonElement Document = JsonDocument.Parse(Result.Stdout).RootElement.GetProperty("documents")[0];

        [Fact]
        public void Exits_1_because_the_seed_has_errors()
        {
            Result.Exit.ShouldBe(1);
        }

        [Fact]
        public void Describes_the_document()
        {
            Document.GetProperty("kind").GetString().ShouldBe("unit_budget");
            Document.GetProperty("unit").GetString().ShouldBe("362001兴隆县医疗保障局本级");
            Document.GetProperty("year").GetInt32().ShouldBe(2021);
            Document.GetProperty("source").GetString()!.ShouldEndWith("xinglong-2021-unit-budget.txt");
        }

        [Fact]
        public void Gives_each_finding_the_documented_fields()
        {
            var findings = Document.GetProperty("findings").EnumerateArray().ToList();
            findings.ShouldNotBeEmpty();
            foreach (var f in findings)
            {
                foreach (var field in new[] { "rule", "severity", "subject", "location", "message", "expected", "actual" })
                    f.TryGetProperty(field, out _).ShouldBeTrue(field);
                f.GetProperty("severity").GetString().ShouldBeOneOf("error", "warning", "info");
            }
        }

        [Fact]
        public void Reports_the_seed_defect_of_table_3_row_208_with_expected_and_actual()
        {
            // 支出总表 208 prints 基本支出 48.84 while its 款 20805 (48.84) and 20899 (5.00) give 53.84.
            var f = Document.GetProperty("findings").EnumerateArray().First(x =>
                x.GetProperty("rule").GetString() == "TBL-SUM-01" && x.GetProperty("location").GetString()!.Contains("208 社会保障和就业支出") &&
                x.GetProperty("location").GetString()!.Contains("基本支出"));
            f.GetProperty("severity").GetString().ShouldBe("error");
            f.GetProperty("subject").GetString().ShouldBe("表3 单位预算支出总表");
            f.GetProperty("actual").GetString().ShouldBe("48.84");
            f.GetProperty("expected").GetString()!.ShouldStartWith("53.84");
        }

        [Fact]
        public void Gives_every_rule_an_outcome()
        {
            var outcomes = Document.GetProperty("rules").EnumerateArray()
                .ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("outcome").GetString()!);
            outcomes["TBL-SUM-01"].ShouldBe("fail");
            outcomes["TBL-SUM-02"].ShouldBe("pass");
            outcomes["TBL-BAL-01"].ShouldBe("pass");
            outcomes.Values.ShouldAllBe(o => o == "pass" || o == "fail" || o == "not_applicable" || o == "insufficient_data");
        }
    }

    public class APerformanceDocument
    {
        [Fact]
        public void Of_self_evaluations_is_checked_and_not_said_to_be_unchecked()
        {
            var (exit, console, _) = CliRunner.Run("check", SeedFiles.Path(SeedFiles.Jinzhong));
            exit.ShouldBe(0, console); // warnings only
            console.ShouldNotContain("本版本尚不检查此类文件");
            console.ShouldContain("EVAL-PROG-01");
        }

        [Fact]
        public void Of_self_evaluations_reports_exactly_the_seed_s_defects()
        {
            var (exit, _, stdout) = CliRunner.Run("check", SeedFiles.Path(SeedFiles.Jinzhong), "--json");

            exit.ShouldBe(0); // no error: every score, sum, grade and money formula of the seed holds
            var document = JsonDocument.Parse(stdout).RootElement.GetProperty("documents")[0];
            document.GetProperty("kind").GetString().ShouldBe("self_evaluation");
            var findings = document.GetProperty("findings").EnumerateArray()
                .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("subject").GetString(), f.GetProperty("location").GetString()))
                .ToList();
            const string Residents = "绩效自评表“城乡居民基本医疗保险2021年市级财政补助”";
            const string Special = "绩效自评表“晋中市城镇职工大额补充医疗保险特殊药品清算资金”";
            const string Retired = "绩效自评表“离休干部医疗医疗补助(行政、事业、企业、优抚)”";
            const string Aid = "绩效自评表“医疗救助金市级配套资金”";
            findings.ShouldBe(
            [
                // 2455592 / 2501278 = 98.17 %, marked 已完成
                ("EVAL-PROG-01", Residents, "绩效目标实现情况“城乡居民参保人数”"),
                // 100% is outside the target 60%-70%, marked 100%
                ("EVAL-PROG-01", Special, "绩效目标实现情况“减轻参保人员医疗负担”"),
                // the row prints no name: target 95%, actual 95% (reached), 完成进度 95%
                ("EVAL-PROG-01", Special, "绩效目标实现情况“95%”"),
                // …and its 三级 cell holds the value 95% where the name belongs
                ("EVAL-NAME-01", Special, "绩效目标实现情况“95%”"),
                // 754 within the cost ceiling 1000万元 (met, 100 %), marked 80%
                ("EVAL-PROG-01", Retired, "绩效目标实现情况“总费用”"),
                // 满意 against 大于90%, twice
                ("EVAL-ACT-01", Retired, "绩效目标实现情况“政策知晓率”"),
                ("EVAL-ACT-01", Retired, "绩效目标实现情况“工作满意度”"),
                // 905 against 90%以上
                ("EVAL-ACT-01", Aid, "绩效目标实现情况“人民群众满意度”"),
                // 报销支付754万元 while 实际支出资金 1000.00
                ("EVAL-TXT-01", Retired, "项目绩效情况"),
            ], ignoreOrder: true);
            var outcomes = document.GetProperty("rules").EnumerateArray()
                .ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("outcome").GetString());
            foreach (var id in new[] { "EVAL-SCORE-01", "EVAL-SUM-01", "EVAL-GRADE-01", "EVAL-FUNDS-01", "EVAL-FUNDS-02" })
                outcomes[id].ShouldBe("pass", id);
            outcomes["TBL-SUM-01"].ShouldBe("not_applicable");
        }

        [Fact]
        public void Of_target_forms_reports_the_seed_s_cost_defects_and_nothing_on_the_forms_that_hold()
        {
            var (exit, _, stdout) = CliRunner.Run("check", SeedFiles.Path(SeedFiles.Xinzhou), "--json");

            exit.ShouldBe(1);
            var document = JsonDocument.Parse(stdout).RootElement.GetProperty("documents")[0];
            document.GetProperty("kind").GetString().ShouldBe("performance_targets");
            var findings = document.GetProperty("findings").EnumerateArray()
                .Select(f => (Rule: f.GetProperty("rule").GetString(), Subject: f.GetProperty("subject").GetString()!, Actual: f.GetProperty("actual").GetString())).ToList();
            // 离休干部业务经办费: ≤16万元 (160,000 元) above its 150,000 元, in both halves.
            findings.Count(f => f.Rule == "TGT-COST-01" && f.Subject.Contains("离休干部业务经办费")).ShouldBe(2);
            // each points at its cost row: seed line 92 (离休干部业务经办成本 ≤16万元) and line 124 (项目总成本 ≤6万元)
            document.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "TGT-COST-01")
                .Select(f => f.GetProperty("line").GetInt32()).ShouldBe([92, 92, 124]);
            // 慢性病鉴定和医药机构评估费: ≤6万元 (60,000 元) in 实施期 above its 50,000 元; ≤5万元 in 年度 differs from it.
            findings.ShouldContain(f => f.Rule == "TGT-COST-01" && f.Subject.Contains("慢性病鉴定和医药机构评估费") && f.Actual!.Contains("≤6万元"));
            findings.ShouldContain(f => f.Rule == "TGT-HALF-01" && f.Subject.Contains("慢性病鉴定和医药机构评估费") && f.Actual == "≤5万元");
            findings.Count(f => f.Rule!.StartsWith("TGT-COST") || f.Rule.StartsWith("TGT-HALF") || f.Rule.StartsWith("TGT-MONEY")).ShouldBe(4);
            // 4 of 7 values in words (57 % > 50 %) on two forms: 有效提升, 及时, 有效提升, 持续运行 / 显著提升, 及时支付, 显著提升, 持续运行.
            findings.Where(f => f.Rule == "TGT-QUAL-01").Select(f => f.Subject).ShouldBe(["绩效目标申报表“职工及城乡居民医疗保险经费”", "绩效目标申报表“离休干部业务经办费”"]);
            // 第一书记及驻村工作队员专项经费: 18000元/年 × 2人 = 36,000 元 holds.
            var outcomes = document.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("outcome").GetString());
            outcomes["TGT-COST-03"].ShouldBe("pass");
            outcomes["TGT-MONEY-01"].ShouldBe("pass");
            outcomes["DOC-01"].ShouldBe("not_applicable");
        }

        [Fact]
        public void Is_not_confused_with_a_budget_disclosure_which_is_checked()
        {
            CliRunner.Run("check", SeedFiles.Path(SeedFiles.Xinglong)).Console.ShouldNotContain("本版本尚不检查");
        }
    }

    public class TheExitCode
    {
        [Fact]
        public void Is_2_for_a_missing_file()
        {
            var (exit, console, _) = CliRunner.Run("check", "/nonexistent/file.txt");
            exit.ShouldBe(2);
            console.ShouldContain("文件不存在");
        }

        [Fact]
        public void Is_0_for_a_consistent_table()
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-ok-{Guid.NewGuid():N}.txt");
            File.WriteAllText(path,
                "单位预算支出总表\n123456某县医疗保障局\t预算年度：2022\t单位：万元\n序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
                "1\t\t合计\t100.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n" +
                "3\t21015\t医疗保障管理事务\t100.00\t60.00\t40.00\n4\t2101501\t行政运行\t100.00\t60.00\t40.00\n");
            try
            {
                var (exit, console, _) = CliRunner.Run("check", path);
                exit.ShouldBe(0, console);
            }
            finally { File.Delete(path); }
        }

        [Fact]
        public void Covers_every_document_in_a_directory_and_is_2_for_a_directory_with_none()
        {
            var dir = Directory.CreateTempSubdirectory("jixiao-dir-");
            try
            {
                var sub = dir.CreateSubdirectory("晋中");
                const string Head = "单位预算支出总表\n123456某县医疗保障局\t预算年度：2022\t单位：万元\n序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n";
                File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Head + "1\t\t合计\t100.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n");
                File.WriteAllText(Path.Combine(sub.FullName, "b.txt"), Head + "1\t\t合计\t101.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n");
                File.WriteAllText(Path.Combine(dir.FullName, "readme.md"), "not a disclosure");

                var (exit, _, stdout) = CliRunner.Run("check", dir.FullName, "--json");
                exit.ShouldBe(1); // b.txt: 101.00 ≠ 60.00 + 40.00
                using var json = System.Text.Json.JsonDocument.Parse(stdout);
                json.RootElement.GetProperty("documents").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("source").GetString()))
                    .ShouldBe(["a.txt", "b.txt"]);

                var empty = dir.CreateSubdirectory("空");
                var (emptyExit, console, _) = CliRunner.Run("check", empty.FullName);
                emptyExit.ShouldBe(2);
                console.ShouldContain("目录中没有可检查的文件");
            }
            finally { dir.Delete(recursive: true); }
        }

        [Fact]
        public void Is_1_for_a_total_off_by_one()
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-bad-{Guid.NewGuid():N}.txt");
            File.WriteAllText(path,
                "单位预算支出总表\n123456某县医疗保障局\t预算年度：2022\t单位：万元\n序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
                "1\t\t合计\t101.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n");
            try
            {
                var (exit, console, _) = CliRunner.Run("check", path);
                exit.ShouldBe(1);
                console.ShouldContain("TBL-SUM-02");
            }
            finally { File.Delete(path); }
        }
    }
}
