using ClosedXML.Excel;
using Shouldly;

namespace Jixiao.Cli.Tests.Commands;

/// <summary><c>jixiao template --year</c> for every year with a catalog, 2019–2027 (docs/catalogs.md).</summary>
public class TemplateYearsTests
{
    private static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "jixiao-cli-years-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    private static HashSet<string> Codes(string xlsx)
    {
        using var workbook = new XLWorkbook(xlsx);
        return workbook.Worksheet("科目").CellsUsed().Select(c => c.GetString()).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void Given2027_WhenATemplateIsWritten_ThenItListsThe2027CatalogAndSaysTheCatalogIsUnconfirmed()
    {
        var path = Path.Combine(TempDir(), "x.xlsx");

        var (exit, console, _) = CliRunner.Run("template", "-o", path, "--year", "2027");

        exit.ShouldBe(0, console);
        console.ShouldContain("已写出 2027 年预算填报工作簿");
        console.ShouldContain("2027 年科目目录未经确认（按 2026 年目录沿用");
        // 23107 中央金融机构注资特别国债还本支出 was set up by 财预〔2025〕41号 and carried on to 2027.
        var codes = Codes(path);
        codes.ShouldContain("23107");
        codes.ShouldContain("中央金融机构注资特别国债还本支出");
        codes.ShouldContain("2101501");
    }

    [Theory]
    [InlineData(2019), InlineData(2020), InlineData(2022), InlineData(2024), InlineData(2025), InlineData(2026)]
    public void GivenAnyYearFrom2019To2027_WhenATemplateIsWritten_ThenItIsWritten(int year)
    {
        var path = Path.Combine(TempDir(), $"t{year}.xlsx");

        var (exit, console, _) = CliRunner.Run("template", "-o", path, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        exit.ShouldBe(0, console);
        File.Exists(path).ShouldBeTrue();
    }

    [Fact]
    public void GivenNoYear_WhenATemplateIsWritten_ThenTheLatestConfirmedYearIsUsedWithoutANote()
    {
        var (exit, console, _) = CliRunner.Run("template", "-o", Path.Combine(TempDir(), "d.xlsx"));

        exit.ShouldBe(0, console);
        console.ShouldContain("已写出 2023 年预算填报工作簿");
        console.ShouldNotContain("未经确认");
    }

    [Fact]
    public void Given2024_WhenATemplateIsWritten_ThenTheCodesOfThe2024NoticeAreListedAndNotThoseOf2025()
    {
        // 财预〔2024〕22号 set up 22006 耕地保护考核奖惩基金支出; 财预〔2025〕41号 set up 22911 in 2025.
        var path = Path.Combine(TempDir(), "t.xlsx");

        CliRunner.Run("template", "-o", path, "--year", "2024").Exit.ShouldBe(0);

        var codes = Codes(path);
        codes.ShouldContain("22006");
        codes.ShouldNotContain("22911");
    }
}
