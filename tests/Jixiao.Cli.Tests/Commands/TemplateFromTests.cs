using Shouldly;

namespace Jixiao.Cli.Tests.Commands;

/// <summary><c>jixiao template --from PACKAGE</c>: the workbook filled with a budget, imported back as the same budget.</summary>
public class TemplateFromTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("jixiao-cli-from-").FullName;

    /// <summary>A copy of the web demo's data package in <paramref name="folder"/>.</summary>
    private static string DemoPackage(string folder)
    {
        var path = Path.Combine(folder, "demo.json");
        File.Copy(Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Application", "Demo", "xinglong-2021.package.json"), path);
        return path;
    }

    [Fact]
    public void GivenThePackage_WhenTheFilledWorkbookIsImported_ThenItIsTheSameBudget()
    {
        var dir = TempDir();
        var package = DemoPackage(dir);
        var workbook = Path.Combine(dir, "filled.xlsx");

        var (exit, console, _) = CliRunner.Run("template", "-o", workbook, "--from", package);
        exit.ShouldBe(0, console);
        console.ShouldContain("已写出 2021 年预算填报工作簿（已填入 兴隆县医疗保障局本级 的 41 行预算、23 个项目）");
        console.ShouldNotContain("注意");

        var back = Path.Combine(dir, "back.json");
        (exit, console, _) = CliRunner.Run("import", workbook, "-o", back);
        exit.ShouldBe(0, console);
        console.ShouldContain("41 条预算明细，23 个项目（23 个有绩效目标，3 个有执行数据，1 个有自评录入）");
        // the tables published from either are the same
        var (outA, outB) = (Path.Combine(dir, "a.json"), Path.Combine(dir, "b.json"));
        CliRunner.Run("tables", package, "--set", "H", "--format", "json", "-o", outA).Exit.ShouldBe(0);
        CliRunner.Run("tables", back, "--set", "H", "--format", "json", "-o", outB).Exit.ShouldBe(0);
        File.ReadAllText(outB).ShouldBe(File.ReadAllText(outA));
    }

    [Fact]
    public void GivenAYearOtherThanThePackages_ThenItIsRefusedSayingWhy()
    {
        var dir = TempDir();
        var (exit, console, _) = CliRunner.Run("template", "-o", Path.Combine(dir, "x.xlsx"), "--from", DemoPackage(dir), "--year", "2022");

        exit.ShouldBe(2);
        console.ShouldContain("--year 2022 与 demo.json 的预算年度 2021 不同");
        File.Exists(Path.Combine(dir, "x.xlsx")).ShouldBeFalse();
    }

    [Fact]
    public void GivenAFileThatIsNotABudget_ThenItIsRefusedSayingWhatIsExpected()
    {
        var dir = TempDir();
        var text = Path.Combine(dir, "notes.txt");
        File.WriteAllText(text, "预算");

        var (exit, console, _) = CliRunner.Run("template", "-o", Path.Combine(dir, "x.xlsx"), "--from", text);

        exit.ShouldBe(2);
        console.ShouldContain("--from 需要数据包（.json）或填报工作簿（.xlsx）");
    }
}
