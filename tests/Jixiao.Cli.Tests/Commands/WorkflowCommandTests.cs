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
            console.ShouldContain("错误 0，警告 0");
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
        console.ShouldContain("23 个项目");
        console.ShouldContain("按金额推定");
        CliRunner.Run("check", pkg).Exit.ShouldBe(0);
        var tables = Path.Combine(dir, "t.json");
        CliRunner.Run("tables", pkg, "--format", "json", "-o", tables).Exit.ShouldBe(0);
        File.ReadAllText(tables).ShouldContain("6298.06"); // 表3 项目支出 as published
    }
}
