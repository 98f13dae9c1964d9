using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>The commands a finance officer chains: template → (fill) → import → check → tables; and the demo.</summary>
public class WorkflowCommandTests
{
    private static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "jixiao-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    public class TheDemoCommand
    {
        [Fact]
        public void Checks_the_seed_and_writes_the_tables_of_the_demo_package()
        {
            var dir = TempDir();
            var (exit, console, _) = CliRunner.Run("demo", "-o", dir);
            exit.ShouldBe(0, console);
            console.ShouldContain("TXT-YEAR-01");
            // The package: no error; its warnings are the seed forms' own (a 2021 goal speaking of 2020, a copied indicator set).
            var package = console[console.IndexOf("xinglong-2021.package.json", StringComparison.Ordinal)..];
            package.ShouldContain("发现：错误 0，");
            package.ShouldContain("TGT-YEAR-01");
            package.ShouldContain("TGT-COPY-01");
            foreach (var f in new[] { "xinglong-2021-check.json", "xinglong-2021-setH.xlsx", "xinglong-2021-setH.html", "xinglong-2021-setH.json", "budget-template.xlsx" })
                File.Exists(Path.Combine(dir, f)).ShouldBeTrue(f);
            // 表3 合计 as published: 6596.36 = 298.30 + 6298.06
            var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "xinglong-2021-setH.json"))).RootElement;
            var h3 = json.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "H3");
            var total = h3.GetProperty("parts")[0].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "total");
            total.GetProperty("values")[0].GetDecimal().ShouldBe(6596.36m);
            total.GetProperty("values")[1].GetDecimal().ShouldBe(298.30m);
            total.GetProperty("values")[2].GetDecimal().ShouldBe(6298.06m);
        }
    }

    public class TheTablesCommand
    {
        [Fact]
        public void Renders_the_demo_package_in_万元_and_refuses_an_unknown_format()
        {
            var dir = TempDir();
            CliRunner.Run("demo", "-o", dir).Exit.ShouldBe(0);
            var out1 = Path.Combine(dir, "t.json");
            var (exit, console, _) = CliRunner.Run("tables", Path.Combine(dir, "xinglong-2021.package.json"), "--set", "H", "--format", "json", "-o", out1);
            exit.ShouldBe(0, console);
            File.ReadAllText(out1).ShouldContain("6298.06");
            CliRunner.Run("tables", Path.Combine(dir, "xinglong-2021.package.json"), "--format", "pdf", "-o", Path.Combine(dir, "t.pdf")).Exit.ShouldBe(2);
            CliRunner.Run("tables", Path.Combine(dir, "xinglong-2021.package.json"), "--set", "Q", "-o", Path.Combine(dir, "t.xlsx")).Exit.ShouldBe(2);
        }
    }

    public class TheTablesFormat
    {
        private static readonly string Dir = TempDir();
        private static readonly string Package = DemoPackage();

        private static string DemoPackage()
        {
            CliRunner.Run("demo", "-o", Dir).Exit.ShouldBe(0);
            return Path.Combine(Dir, "xinglong-2021.package.json");
        }

        [Theory]
        [InlineData("s.html", "<!DOCTYPE html>")]
        [InlineData("s.htm", "<!DOCTYPE html>")]
        [InlineData("s.json", "{")]
        [InlineData("s.xlsx", "PK")]
        public void Is_the_output_extension_when_not_given(string file, string start)
        {
            var output = Path.Combine(Dir, file);
            var (exit, console, _) = CliRunner.Run("tables", Package, "-o", output);
            exit.ShouldBe(0, console);
            File.ReadAllText(output).ShouldStartWith(start);
        }

        [Fact]
        public void Is_a_usage_error_when_neither_the_option_nor_the_extension_gives_it()
        {
            var output = Path.Combine(Dir, "s.txt");
            var r = CliRunner.Run("tables", Package, "-o", output);
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("无法从输出文件名“s.txt”判断格式");
            r.Stderr.ShouldContain("--format");
            File.Exists(output).ShouldBeFalse();
        }

        [Fact]
        public void Given_against_the_extension_is_kept_with_a_warning()
        {
            var output = Path.Combine(Dir, "t.html");
            var (exit, console, _) = CliRunner.Run("tables", Package, "--format", "json", "-o", output);
            exit.ShouldBe(0, console);
            console.ShouldContain("注意 输出文件的扩展名是“.html”，按 --format 写出的却是 json");
            File.ReadAllText(output).ShouldStartWith("{");
        }
    }

    public class TheTemplateAndImportCommands
    {
        [Fact]
        public void An_unfilled_template_is_refused_on_import_with_the_sheet_row_and_column()
        {
            var dir = TempDir();
            var tpl = Path.Combine(dir, "budget.xlsx");
            CliRunner.Run("template", "-o", tpl, "--year", "2021").Exit.ShouldBe(0);
            File.Exists(tpl).ShouldBeTrue();
            var pkg = Path.Combine(dir, "p.json");
            var (exit, console, _) = CliRunner.Run("import", tpl, "-o", pkg);
            exit.ShouldBe(2);
            console.ShouldContain("单位信息 第2行 单位编码");
            File.Exists(pkg).ShouldBeFalse();
        }

        [Fact]
        public void A_data_package_is_refused_on_import_saying_what_import_takes()
        {
            var dir = TempDir();
            CliRunner.Run("demo", "-o", dir).Exit.ShouldBe(0);
            var (exit, console, _) = CliRunner.Run("import", Path.Combine(dir, "xinglong-2021.package.json"), "-o", Path.Combine(dir, "x.json"));
            exit.ShouldBe(2);
            console.ShouldContain("这已是数据包，无需导入（import 只接受公开文件（.txt、.pdf、.xlsx、.docx、.html、.doc、.xls、.wps、.et）或 .xlsx 填报工作簿）");
            console.ShouldNotContain(".json 数据包");
        }

        [Fact]
        public void An_import_failure_names_the_file_once()
        {
            var dir = TempDir();
            var empty = Path.Combine(dir, "empty.txt");
            File.WriteAllText(empty, "");
            var (exit, console, _) = CliRunner.Run("import", empty, "-o", Path.Combine(dir, "x.json"));
            exit.ShouldBe(2);
            console.ShouldContain($"导入失败 {empty}：文件是空的");
            console.Split(empty).Length.ShouldBe(2, console);
        }

        [Fact]
        public void A_year_without_catalogs_is_refused()
        {
            var (exit, console, _) = CliRunner.Run("template", "-o", Path.Combine(TempDir(), "x.xlsx"), "--year", "1999");
            exit.ShouldBe(2);
            console.ShouldContain("没有 1999 年的科目目录");
        }
    }

    public class TheCheckCommandOnPackages
    {
        [Fact]
        public void A_clean_package_exits_0_and_a_malformed_one_2()
        {
            var dir = TempDir();
            CliRunner.Run("demo", "-o", dir).Exit.ShouldBe(0);
            var (exit, console, _) = CliRunner.Run("check", Path.Combine(dir, "xinglong-2021.package.json"));
            exit.ShouldBe(0, console);

            var bad = Path.Combine(dir, "bad.json");
            File.WriteAllText(bad, "{\"unit\": 5, \"lines\": [{\"amount\": \"abc\"}]");
            var (exit2, console2, _) = CliRunner.Run("check", bad);
            exit2.ShouldBe(2);
            console2.ShouldContain("bad.json");
        }
    }
}

public class TheImportCommandOnAPublishedText
{
    [Fact]
    public void Turns_the_Xinglong_disclosure_into_a_package_that_checks_clean_and_renders_the_published_total()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var pkg = Path.Combine(dir, "xl.json");
        var (exit, console, _) = CliRunner.Run("import", SeedFiles.Path(SeedFiles.Xinglong), "-o", pkg);
        exit.ShouldBe(0, console);
        console.ShouldContain("23 个项目（23 个有绩效目标）");
        console.ShouldContain("按金额推定");
        CliRunner.Run("check", pkg).Exit.ShouldBe(0);
        var tables = Path.Combine(dir, "t.json");
        CliRunner.Run("tables", pkg, "--format", "json", "-o", tables).Exit.ShouldBe(0);
        File.ReadAllText(tables).ShouldContain("6298.06"); // 表3 项目支出 as published
    }
}

public class TheImportCommandOnTargetForms
{
    [Fact]
    public void Turns_the_Xinzhou_forms_into_a_package_whose_check_finds_the_seed_money_defects_again()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var pkg = Path.Combine(dir, "xz.json");
        var (exit, console, _) = CliRunner.Run("import", SeedFiles.Path(SeedFiles.Xinzhou), "-o", pkg);
        exit.ShouldBe(0, console);
        console.ShouldContain("0 条预算明细，11 个项目（11 个有绩效目标）");
        console.ShouldContain("没有预算行");

        var (exit2, _, json) = CliRunner.Run("check", pkg, "--json");
        exit2.ShouldBe(1, json);
        var findings = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Subject: f.GetProperty("subject").GetString()!)).ToList();
        // As on the published text: ≤16万元 above 150,000 元 in both halves; ≤6万元 above 50,000 元 in 实施期, ≠ ≤5万元.
        findings.Where(f => f.Rule == "TGT-COST-01").Select(f => f.Subject).ShouldBe(
            ["绩效目标申报表“离休干部业务经办费”", "绩效目标申报表“离休干部业务经办费”", "绩效目标申报表“慢性病鉴定和医药机构评估费”"]);
        findings.ShouldContain(("TGT-HALF-01", "绩效目标申报表“慢性病鉴定和医药机构评估费”"));
        findings.ShouldNotContain(f => f.Subject.Contains("第一书记", StringComparison.Ordinal) && f.Rule.StartsWith("TGT-COST", StringComparison.Ordinal));
        // No lines: PKG-07 has nothing to compare the printed totals with, and no table rule applies (none passes on
        // empty tables); the unit, printed without a code, is named once.
        findings.ShouldNotContain(f => f.Rule == "PKG-07");
        var doc = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("documents")[0];
        doc.GetProperty("kind").GetString().ShouldBe("performance_targets");
        doc.GetProperty("unit").GetString().ShouldBe("忻州市医疗保险服务中心");
        var outcomes = doc.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("outcome").GetString());
        foreach (var id in new[] { "TBL-SUM-01", "TBL-BAL-01", "XT-01", "XT-10", "PKG-07" }) outcomes[id].ShouldBe("not_applicable", id);
        outcomes["TGT-COST-01"].ShouldBe("fail");
    }
}
