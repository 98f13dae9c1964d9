using Jixiao.Disclosures;
using Jixiao.Documents.Html;
using Jixiao.Documents.Sources;
using Jixiao.Documents.Tests.Sources;
using Jixiao.Documents.UserData;
using Jixiao.Documents.Xlsx;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Rules;
using Jixiao.Tables;
using Shouldly;

namespace Jixiao.Documents.Tests.Tables;

/// <summary>
/// Table sets as files (issue 11, point 3): a province's set that no shipped set has, written here by hand, is read
/// from a file, renders a budget, and a document printed in it is recognised, read figure for figure and checked —
/// only when the set is given; the national base set N (财预〔2016〕143号) shipped the same way.
/// </summary>
public class TableSetFileTests
{
    // A set no shipped set has, written by hand (tests/corpus/sets/province-z.json): its own titles, three tables of
    // three row sources, a column or row sum in each, a relation between two of them.
    internal static string ProvinceSet => File.ReadAllText(ProvinceSetPath);

    internal static string ProvinceSetPath => System.IO.Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "sets", "province-z.json");

    internal static string WriteSet(string text)
    {
        var path = Path.Combine(WrittenSeed.NewFolder(), "province-set.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void GivenAProvinceSetFile_WhenABudgetIsRenderedInIt_AndPrinted_ThenTheDocumentReadsBackInThatSetFigureForFigure()
    {
        var set = TableSets.ReadFile(WriteSet(ProvinceSet));
        var library = TableSets.Shipped.With([set]);
        var rendered = TableRenderer.Render(XinglongBudget.Create(), set, RenderPrecision.WanYuan);
        rendered.Tables.Select(t => t.Template.Title).ShouldBe(["部门支出预算功能分类明细表", "部门基本支出经济分类明细表", "部门“三公”经费预算情况表"]);
        var xlsx = Path.Combine(WrittenSeed.NewFolder(), "z.xlsx");
        DisclosureXlsxWriter.Write(rendered, xlsx);

        var read = DocumentLoader.Load(xlsx, library, cancellationToken: TestContext.Current.CancellationToken);

        read.Set.Id.ShouldBe("Z");
        RoundTrip.Compare(rendered, read).Wrong.ShouldBeEmpty();
        RoundTrip.Compare(rendered, read).Figures.ShouldBeGreaterThan(40);
        var report = new Checker().Check(read);
        report.Findings.Where(f => f.Severity == Severity.Error).ShouldBeEmpty();
        report.Rules.Single(r => r.Rule.Id == "XT-Z1").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void GivenAProvinceSetFile_WhenAPrintedDefectIsInADocumentOfThatLayout_ThenTheSetsRelationFindsIt()
    {
        var set = TableSets.ReadFile(WriteSet(ProvinceSet));
        var rendered = TableRenderer.Render(XinglongBudget.Create(), set, RenderPrecision.WanYuan);
        var html = Path.Combine(WrittenSeed.NewFolder(), "z.html");
        DisclosureHtmlWriter.Write(rendered, html);
        // the 经济分类表's 合计 raised by 1 万元: the relation to 功能分类表 and the column sum both break
        var z2Total = rendered.Table("Z2")!.Part("main")!.Row("total")!.Values[0]!.Value.Value;
        var text = File.ReadAllText(html);
        var printed = z2Total.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
        text.ShouldContain(printed);
        var at = text.IndexOf(printed, text.IndexOf("部门基本支出经济分类明细表", StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(html, string.Concat(text.AsSpan(0, at), (z2Total + 1m).ToString("N2", System.Globalization.CultureInfo.InvariantCulture), text.AsSpan(at + printed.Length)));

        var report = new Checker().Check(DocumentLoader.Load(html, TableSets.Shipped.With([set]), cancellationToken: TestContext.Current.CancellationToken));

        report.Rules.Single(r => r.Rule.Id == "XT-Z1").Outcome.ShouldBe(Outcome.Fail);
    }

    [Fact]
    public void GivenADocumentOfAProvinceSet_WhenTheSetIsNotGiven_ThenItIsNotReadAsThatSet()
    {
        var set = TableSets.ReadFile(WriteSet(ProvinceSet));
        var xlsx = Path.Combine(WrittenSeed.NewFolder(), "z.xlsx");
        DisclosureXlsxWriter.Write(TableRenderer.Render(XinglongBudget.Create(), set, RenderPrecision.WanYuan), xlsx);

        Should.Throw<DocumentReadException>(() => DocumentLoader.Load(xlsx, TableSets.Shipped)).Message.ShouldContain("未识别为预算公开文件");
    }

    [Theory]
    [InlineData("""{ "id": "Z", "name": "x", "tables": [ { "id": "Z1", "number": 1, "title": "某表", "parts": [ { "key": "main", "rows": "functional" } ] } ] }""", "缺少字段“columns”")]
    [InlineData("""{ "id": "Z", "name": "x", "tables": [] }""", "tables 为空")]
    [InlineData("""{ "id": "Z", "name": "x", "tables": [ { "id": "Z1", "number": 1, "title": "某表", "parts": [ { "key": "main", "rows": "regions", "columns": [] } ] } ] }""", "未知的行来源“regions”")]
    [InlineData("""{ "id": "Z", "name": "x", "tables": [ { "id": "Z1", "number": 1, "title": "某表", "parts": [ { "key": "main", "rows": "functional", "columns": [ { "key": "total", "label": "合计" } ] } ] } ], "relations": [ { "rule": "XT-1", "title": "t", "a": { "table": "Z1", "row": "total", "column": "total" }, "b": { "table": "Z9", "row": "total", "column": "total" } } ] }""", "表套中没有表“Z9”")]
    [InlineData("""{ "id": "Z", "name": "x", "tables": [ { "id": "Z1", "number": 1, "title": "某表", "parts": [ { "key": "main", "rows": "functional", "columns": [ { "key": "total", "label": "合计", "measure": { "sources": ["Lottery"] } } ] } ] } ] }""", "Lottery")]
    [InlineData("""{ "id": "Z", "name": "x", "tables": [ """, "不是有效的 JSON")]
    public void GivenABrokenSetFile_WhenItIsRead_ThenTheErrorNamesTheFileAndWhatIsWrong(string text, string expected)
    {
        var path = WriteSet(text);

        var e = Should.Throw<TableSetFileException>(() => TableSets.ReadFile(path));

        e.Message.ShouldStartWith($"表套文件 {path}：");
        e.Message.ShouldContain(expected);
    }

    [Fact]
    public void GivenAUserFolderOfSets_WhenRead_ThenEachFileIsASet_AndTwoFilesOfOneIdAreRefused()
    {
        var folder = WrittenSeed.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.json"), ProvinceSet);
        UserTableSets.Read(folder).Select(s => s.Id).ShouldBe(["Z"]);
        UserTableSets.Read(Path.Combine(folder, "missing")).ShouldBeEmpty();
        File.WriteAllText(Path.Combine(folder, "b.json"), ProvinceSet);

        Should.Throw<TableSetFileException>(() => UserTableSets.Read(folder)).Message.ShouldContain("重复");
    }

    [Fact]
    public void GivenTheNationalBaseSet_WhenABudgetIsRenderedInIt_ThenItHasTheEightTablesOf143_AndReadsBackWithNoError()
    {
        var set = TableSets.Get("N");
        set.Tables.Select(t => t.Title).ShouldBe([
            "部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表",
            "一般公共预算支出表", "一般公共预算基本支出表", "一般公共预算“三公”经费支出表", "政府性基金预算支出表"]);
        var rendered = TableRenderer.Render(XinglongBudget.Create(), set, RenderPrecision.WanYuan);
        var html = Path.Combine(WrittenSeed.NewFolder(), "n.html");
        DisclosureHtmlWriter.Write(rendered, html);

        var read = DocumentLoader.Load(html, cancellationToken: TestContext.Current.CancellationToken);

        read.Set.Id.ShouldBe("N");
        RoundTrip.ShouldReadEveryFigure(rendered, read, "set N as HTML");
        var report = new Checker().Check(read);
        report.Findings.Where(f => f.Severity == Severity.Error).ShouldBeEmpty();
        report.Rules.Count(r => r.Rule.Id.StartsWith("XT-", StringComparison.Ordinal) && r.Outcome == Outcome.Pass).ShouldBeGreaterThan(4);
    }
}
