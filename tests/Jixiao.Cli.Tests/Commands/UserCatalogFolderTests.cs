using Shouldly;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// The user's catalog folder named by JIXIAO_DATA (docs/catalogs.md), read when jixiao starts. Run as a separate
/// process: the variable is the process's, and the in-process tests must not see another test's folder.
/// </summary>
public class UserCatalogFolderTests
{
    private static string DataDir(string year, string changes)
    {
        var data = Path.Combine(Path.GetTempPath(), "jixiao-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(data, "catalogs", year));
        File.WriteAllText(Path.Combine(data, "catalogs", year, "changes.json"), changes);
        return data;
    }

    [Fact]
    public void GivenAChangesFileForANewYear_WhenATemplateOfThatYearIsAsked_ThenItIsWritten()
    {
        var data = DataDir("2028", """{ "base": 2027, "functional": { "add": [{ "code": "2101507", "name": "医保基金监管" }] } }""");
        var output = Path.Combine(data, "t.xlsx");

        var (exit, stdout, stderr) = JixiaoProcess.Run(data, "template", "-o", output, "--year", "2028");

        exit.ShouldBe(0, stdout + stderr);
        stdout.ShouldContain("已写出 2028 年预算填报工作簿");
        stdout.ShouldContain("2028 年科目目录未经确认（按 2027 年目录沿用");
        File.Exists(output).ShouldBeTrue();
    }

    [Fact]
    public void GivenABrokenChangesFile_WhenJixiaoStarts_ThenItStopsNamingTheFile()
    {
        var data = DataDir("2028", """{ "base": 2027, "functional": { "remove": ["2109999"] } }""");

        var (exit, _, stderr) = JixiaoProcess.Run(data, "rules");

        exit.ShouldBe(2);
        stderr.Trim().ShouldBe(
            $"科目目录文件 {Path.Combine(data, "catalogs", "2028", "changes.json")}：functional.remove[0]：要删除的编码 2109999 不在基础年度的支出功能分类科目中");
    }
}
