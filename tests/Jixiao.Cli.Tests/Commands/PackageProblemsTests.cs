using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>Packages the tables cannot be derived from: a code the catalog does not know, a year without catalogs.</summary>
public class PackageProblemsTests
{
    private static readonly Lazy<string> DemoPackage = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-pkg-").FullName;
        CliRunner.Run("demo", "-o", dir).Exit.ShouldBe(0);
        return File.ReadAllText(Path.Combine(dir, "xinglong-2021.package.json"));
    });

    private static string Write(string json)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("jixiao-pkg-").FullName, "budget.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        int at = text.IndexOf(old, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, old);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    [Fact]
    public void An_unknown_functional_code_is_a_PKG_01_error_on_its_line_and_the_table_rules_lack_data()
    {
        // 2109999 is not in the 2021 functional catalog (210 has no 款 99).
        var path = Write(ReplaceFirst(DemoPackage.Value, "\"functional\": \"2080501\"", "\"functional\": \"2109999\""));

        var (exit, console, stdout) = CliRunner.Run("check", path, "--json");

        exit.ShouldBe(1, console);
        var doc = JsonDocument.Parse(stdout).RootElement.GetProperty("documents")[0];
        var finding = doc.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "PKG-01");
        finding.GetProperty("location").GetString()!.ShouldContain("lines[0]");
        finding.GetProperty("actual").GetString().ShouldBe("2109999");
        var outcomes = doc.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("outcome").GetString());
        outcomes["TBL-SUM-01"].ShouldBe("insufficient_data");
        outcomes["PKG-01"].ShouldBe("fail");
        // The forms need no table: they are still checked (the seed's 2021 form speaking of 2020 is found).
        outcomes["TGT-YEAR-01"].ShouldBe("fail");
        outcomes["TGT-PLAN-01"].ShouldBe("pass");
    }

    [Fact]
    public void Tables_of_a_package_with_an_unknown_code_are_refused_with_the_code_named()
    {
        var path = Write(ReplaceFirst(DemoPackage.Value, "\"functional\": \"2080501\"", "\"functional\": \"2109999\""));
        var output = Path.Combine(Path.GetDirectoryName(path)!, "t.xlsx");

        var (exit, console, _) = CliRunner.Run("tables", path, "--set", "S", "--format", "xlsx", "-o", output);

        exit.ShouldBe(2);
        console.ShouldContain("2109999");
        console.ShouldNotContain("   at ");
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void A_year_without_catalogs_cannot_be_read_and_the_message_names_the_years_shipped()
    {
        // the demo's execution dates move with the year (a date outside its budget's year is an error of its own)
        var path = Write(ReplaceFirst(DemoPackage.Value, "\"fiscalYear\": 2021", "\"fiscalYear\": 2030")
            .Replace("\"date\": \"2021-", "\"date\": \"2030-", StringComparison.Ordinal));

        var (exit, console, _) = CliRunner.Run("check", path);

        exit.ShouldBe(2);
        console.ShouldContain("预算年度 2030 没有科目目录");
        console.ShouldContain("budget.json");
    }
}

public class CheckingAFolderOfJixiaoOutput
{
    [Fact]
    public void Checks_the_packages_and_leaves_out_the_tables_and_reports_Jixiao_wrote_as_json_and_xlsx()
    {
        var demo = Directory.CreateTempSubdirectory("jixiao-demo-").FullName;
        CliRunner.Run("demo", "-o", Path.Combine(demo, "out")).Exit.ShouldBe(0);
        var dir = Directory.CreateTempSubdirectory("jixiao-outputs-").FullName;
        foreach (var name in new[] { "xinglong-2021.package.json", "xinglong-2021-setS.json", "xinglong-2021-check.json", "xinglong-2021-setS.xlsx" })
            File.Copy(Path.Combine(demo, "out", name), Path.Combine(dir, name));

        var (exit, console, stdout) = CliRunner.Run("check", dir, "--json");

        exit.ShouldBe(0, console);
        var sources = System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => Path.GetFileName(d.GetProperty("source").GetString())).ToList();
        sources.ShouldBe(["xinglong-2021.package.json"]);
    }
}
