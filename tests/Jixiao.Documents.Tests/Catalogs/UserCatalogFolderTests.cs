using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Documents.Catalogs;
using Jixiao.Documents.Package;
using Jixiao.Domain.Tests.Tables;
using Shouldly;

namespace Jixiao.Documents.Tests.Catalogs;

/// <summary>The user's catalog folder (docs/catalogs.md): a year folder with a changes file, read from disk.</summary>
public class UserCatalogFolderTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-catalogs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public class TheReadMethod
    {
        [Fact]
        public void GivenAChangesFileForANewYear_WhenTheFolderIsRead_ThenTheNewCodeIsAcceptedAndTheRemovedOneIsGone()
        {
            var catalogs = Path.Combine(TempDir(), "catalogs");
            Directory.CreateDirectory(Path.Combine(catalogs, "2028"));
            File.WriteAllText(Path.Combine(catalogs, "2028", "changes.json"), """
                {
                  "year": 2028,
                  "base": 2027,
                  "confirmed": false,
                  "sources": [{ "document": "某省财政厅转发的 2028 年科目变化", "established": "新增 2101507，撤销 2101504" }],
                  "functional": {
                    "add": [{ "code": "2101507", "name": "医保基金监管" }],
                    "remove": ["2101504"]
                  }
                }
                """);
            File.WriteAllText(Path.Combine(catalogs, "2028", "README.md"), "说明文字不是目录文件");

            var library = new CatalogLibrary(UserCatalogFolder.Read(catalogs));

            var set = library.Find(2028).ShouldNotBeNull();
            set.Functional.TryGet("2101507", out var added).ShouldBeTrue();
            added!.Name.ShouldBe("医保基金监管");
            set.Functional.Contains("2101504").ShouldBeFalse();
            set.Functional.Contains("2101501").ShouldBeTrue();
            set.Confirmed.ShouldBeFalse();
            set.Origin.ShouldBe(Path.Combine(catalogs, "2028"));
            set.Sources.ShouldHaveSingleItem().Document.ShouldBe("某省财政厅转发的 2028 年科目变化");
            library.Years.ShouldContain(2028);
        }

        [Fact]
        public void GivenNoFolder_WhenRead_ThenThereAreNoYears()
        {
            UserCatalogFolder.Read(Path.Combine(TempDir(), "catalogs")).ShouldBeEmpty();
        }

        [Fact]
        public void GivenAFolderThatIsNotAYear_WhenRead_ThenTheErrorNamesIt()
        {
            var catalogs = Path.Combine(TempDir(), "catalogs");
            Directory.CreateDirectory(Path.Combine(catalogs, "新目录"));

            var e = Should.Throw<CatalogDataException>(() => UserCatalogFolder.Read(catalogs));

            e.Message.ShouldBe($"科目目录文件 {Path.Combine(catalogs, "新目录")}：文件夹名应为预算年度（2000–2099 的四位数字），如 catalogs/2028/");
        }

        [Fact]
        public void GivenABrokenChangesFile_WhenLoaded_ThenTheErrorNamesTheFileOnDisk()
        {
            var catalogs = Path.Combine(TempDir(), "catalogs");
            Directory.CreateDirectory(Path.Combine(catalogs, "2028"));
            var file = Path.Combine(catalogs, "2028", "changes.json");
            File.WriteAllText(file, """{ "base": 2027, "functional": { "remove": ["2109999"] } }""");

            var e = Should.Throw<CatalogDataException>(() => new CatalogLibrary(UserCatalogFolder.Read(catalogs)));

            e.Message.ShouldBe($"科目目录文件 {file}：functional.remove[0]：要删除的编码 2109999 不在基础年度的支出功能分类科目中");
        }
    }

    public class TheDocumentLoader
    {
        [Theory]
        [InlineData(2019), InlineData(2020), InlineData(2021), InlineData(2022), InlineData(2023), InlineData(2024), InlineData(2025), InlineData(2026), InlineData(2027)]
        public void GivenAPackageOfAnyYearFrom2019To2027_WhenLoaded_ThenItIsAccepted(int year)
        {
            var budget = XinglongBudget.Create() with { Year = new FiscalYear(year) };
            var path = Path.Combine(TempDir(), $"budget-{year}.json");
            File.WriteAllText(path, UnitBudgetPackage.Write(budget));

            DocumentLoader.LoadBudget(path).Year.Value.ShouldBe(year);
        }
    }
}
