using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// Disclosures published as a workbook or a web page go through check, read and import as a text or PDF does; Jixiao's
/// own input workbook still goes the budget way.
/// </summary>
public class PublishedSourcesTests
{
    private static readonly Lazy<string> Demo = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-sources-").FullName;
        CliRunner.Run("demo", "-o", dir).Exit.ShouldBe(0);
        return dir;
    });

    private static string DemoFile(string name) => Path.Combine(Demo.Value, name);

    [Theory]
    [InlineData("xinglong-2021-setH.xlsx")]
    [InlineData("xinglong-2021-setH.html")]
    public void A_published_workbook_or_page_is_checked_as_a_disclosure_of_set_H_without_error(string name)
    {
        var (exit, console, stdout) = CliRunner.Run("check", DemoFile(name), "--json");
        exit.ShouldBe(0, console);
        var doc = JsonDocument.Parse(stdout).RootElement.GetProperty("documents")[0];
        doc.GetProperty("kind").GetString().ShouldNotBeNullOrEmpty();
        doc.GetProperty("rules").EnumerateArray().Count(r => r.GetProperty("outcome").GetString() == "pass").ShouldBeGreaterThan(10);
        // no page: a workbook or page has none to point at
        stdout.ShouldNotContain("\"page\":0");
    }

    [Fact]
    public void The_input_workbook_is_still_read_as_a_budget()
    {
        var (exit, console, _) = CliRunner.Run("check", DemoFile("budget-template.xlsx"));
        exit.ShouldBe(2);
        console.ShouldContain("单位信息 第2行 单位编码：必填，实际为空");
    }

    [Fact]
    public void Read_lists_the_tables_of_a_published_page()
    {
        var (exit, console, _) = CliRunner.Run("read", DemoFile("xinglong-2021-setS.html"));
        exit.ShouldBe(0, console);
        console.ShouldContain("表12 项目支出预算表（本年预算）");
    }

    [Fact]
    public void Import_turns_a_published_page_into_a_package()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("jixiao-sources-").FullName, "p.json");
        var (exit, console, _) = CliRunner.Run("import", DemoFile("xinglong-2021-setH.html"), "-o", output);
        exit.ShouldBe(0, console);
        console.ShouldContain("已导入 362001兴隆县医疗保障局本级 2021 年预算");
        File.Exists(output).ShouldBeTrue();
    }

    [Fact]
    public void Check_of_a_folder_picks_up_a_page_and_a_word_document()
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-sources-").FullName;
        // a page as a unit would publish it (not marked as written by Jixiao, which a folder check leaves out)
        File.WriteAllText(Path.Combine(dir, "公开.htm"), File.ReadAllText(DemoFile("xinglong-2021-setH.html")).Replace("<meta name=\"generator\" content=\"Jixiao\">", ""));
        File.Copy(DemoFile("xinglong-2021-setH.html"), Path.Combine(dir, "jixiao-tables.html"));
        File.WriteAllText(Path.Combine(dir, "坏.docx"), "不是 Word 文档");
        var (exit, console, _) = CliRunner.Run("check", dir);
        exit.ShouldBe(2);
        console.ShouldContain("公开.htm");
        console.ShouldContain("坏.docx：不是可读取的 Word 文档");
        console.ShouldNotContain("jixiao-tables.html");
    }
}
