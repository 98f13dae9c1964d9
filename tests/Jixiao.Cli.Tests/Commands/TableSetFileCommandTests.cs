namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// A province's table set as a file (docs/table-sets.md): <c>--set FILE</c> renders a package in it and reads a document
/// printed in it; the user folder <c>$JIXIAO_DATA/sets/</c> makes it known to every command.
/// </summary>
public class TableSetFileCommandTests
{
    private static readonly string SetFile = Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "sets", "province-z.json");
    private static readonly string Package = Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Application", "Demo", "xinglong-2021.package.json");

    private static string NewFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-sets-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void GivenASetFile_WhenAPackageIsRenderedInIt_ThenTheTablesReadBackCheckCleanAndRenderAgain()
    {
        var dir = NewFolder();
        var xlsx = Path.Combine(dir, "z.xlsx");
        var html = Path.Combine(dir, "back.html");

        var written = CliRunner.Run("tables", Package, "--set", SetFile, "-o", xlsx);
        var check = CliRunner.Run("check", xlsx, "--set", SetFile, "--json");
        var back = CliRunner.Run("tables", xlsx, "--set", SetFile, "-o", html);

        written.Exit.ShouldBe(0, written.Console);
        written.Console.ShouldContain("已写出 3 张表（表套 Z）");
        check.Exit.ShouldBe(0, check.Console);
        check.Stdout.ShouldContain("\"set\": \"Z\"");
        back.Exit.ShouldBe(0, back.Console);
        back.Console.ShouldContain("已写出 3 张表（表套 Z）");
        File.ReadAllText(html).ShouldContain("部门“三公”经费预算情况表");
    }

    [Fact]
    public void GivenADocumentOfAProvinceSet_WhenCheckedWithoutTheSet_ThenItIsNotRecognised()
    {
        var xlsx = Path.Combine(NewFolder(), "z.xlsx");
        CliRunner.Run("tables", Package, "--set", SetFile, "-o", xlsx).Exit.ShouldBe(0);

        var check = CliRunner.Run("check", xlsx);

        check.Exit.ShouldBe(2);
        check.Console.ShouldContain("未识别为预算公开文件");
    }

    [Fact]
    public void GivenAMissingOrBrokenSetFile_WhenGiven_ThenTheMessageNamesIt()
    {
        var broken = Path.Combine(NewFolder(), "broken.json");
        File.WriteAllText(broken, """{ "id": "Z", "name": "x", "tables": [] }""");

        var missing = CliRunner.Run("check", Package, "--set", "nowhere/set.json");
        var bad = CliRunner.Run("tables", Package, "--set", broken, "-o", Path.Combine(NewFolder(), "t.xlsx"));
        var unknown = CliRunner.Run("check", Package, "--set", "Q");

        missing.Exit.ShouldBe(2);
        missing.Console.ShouldContain("表套文件 nowhere/set.json：文件不存在");
        bad.Exit.ShouldBe(2);
        bad.Console.ShouldContain($"表套文件 {broken}：tables 为空");
        unknown.Exit.ShouldBe(2);
        unknown.Console.ShouldContain("没有表套“Q”（现有：F、H、N、S");
    }

    [Fact]
    public void GivenTheSetInTheUserFolder_WhenADocumentOfItIsChecked_ThenItIsRecognisedWithoutTheOption()
    {
        var dir = NewFolder();
        var xlsx = Path.Combine(dir, "z.xlsx");
        CliRunner.Run("tables", Package, "--set", SetFile, "-o", xlsx).Exit.ShouldBe(0);
        var data = Path.Combine(dir, "data");
        Directory.CreateDirectory(Path.Combine(data, "sets"));
        File.Copy(SetFile, Path.Combine(data, "sets", "z.json"));

        var (exit, stdout, stderr) = JixiaoProcess.Run(data, "check", xlsx, "--json");

        exit.ShouldBe(0, stdout + stderr);
        stdout.ShouldContain("\"set\": \"Z\"");

        File.WriteAllText(Path.Combine(data, "sets", "y.json"), "{ not json");
        var (badExit, _, badErr) = JixiaoProcess.Run(data, "check", xlsx);
        badExit.ShouldBe(2);
        badErr.ShouldContain($"表套文件 {Path.Combine(data, "sets", "y.json")}：不是有效的 JSON");
    }
}
