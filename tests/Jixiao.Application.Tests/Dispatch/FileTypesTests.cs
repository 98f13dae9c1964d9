using Jixiao.Application.Import;
using Jixiao.Application.Tables;
using Jixiao.Application.Templates;
using Jixiao.Documents;

namespace Jixiao.Application.Tests.Dispatch;

/// <summary>Every kind of file goes to its reader through <see cref="FileTypes"/>; what Jixiao does not read is refused by name.</summary>
public class FileTypesTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("jixiao-app-").FullName;

    [Theory]
    [InlineData("a.txt", FileFormat.Text)]
    [InlineData("a.TSV", FileFormat.Text)]
    [InlineData("无扩展名", FileFormat.Text)]
    [InlineData("a.pdf", FileFormat.Pdf)]
    [InlineData("a.xlsm", FileFormat.Workbook)]
    [InlineData("a.docx", FileFormat.Word)]
    [InlineData("a.htm", FileFormat.WebPage)]
    [InlineData("a.wps", FileFormat.LegacyWord)]
    [InlineData("a.DOC", FileFormat.LegacyWord)]
    [InlineData("a.et", FileFormat.LegacyWorkbook)]
    [InlineData("a.xls", FileFormat.LegacyWorkbook)]
    public void A_published_document_is_routed_by_its_format(string name, FileFormat format)
    {
        var file = FileTypes.Of(Path.Combine(TempDir(), name));
        file.Kind.ShouldBe(InputKind.PublishedDocument);
        file.Format.ShouldBe(format);
        file.IsBudget.ShouldBeFalse();
        file.IsLegacy.ShouldBe(format is FileFormat.LegacyWord or FileFormat.LegacyWorkbook);
    }

    [Fact]
    public void A_json_file_is_a_data_package()
    {
        var file = FileTypes.Of("单位.package.JSON");
        file.Kind.ShouldBe(InputKind.DataPackage);
        file.IsBudget.ShouldBeTrue();
    }

    [Fact]
    public void A_workbook_with_the_input_sheets_is_a_filled_workbook_and_one_without_them_a_published_document()
    {
        var dir = TempDir();
        var filled = Path.Combine(dir, "填报.xlsx");
        InputWorkbook.Write(filled, 2023);
        FileTypes.Of(filled).Kind.ShouldBe(InputKind.FilledWorkbook);

        var published = Path.Combine(dir, "公开.xlsx");
        var tables = DisclosureTables.Load(SeedFiles.Path(SeedFiles.Xinglong), Jixiao.Tables.TableSets.Get("H"), Jixiao.Tables.TableSets.Current);
        DisclosureTables.Write(tables, OutputFormat.Xlsx, published);
        var file = FileTypes.Of(published);
        file.Kind.ShouldBe(InputKind.PublishedDocument);
        file.Format.ShouldBe(FileFormat.Workbook);
    }

    [Theory]
    [InlineData("说明.md")]
    [InlineData("扫描.png")]
    public void Anything_else_is_unsupported_and_each_use_case_refuses_it_naming_the_file(string name)
    {
        var path = Path.Combine(TempDir(), name);
        File.WriteAllText(path, "单位预算支出总表");
        var ext = Path.GetExtension(name);
        FileTypes.Of(path).Kind.ShouldBe(InputKind.Unsupported);

        Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path)).Message
            .ShouldBe($"{path}：不支持的文件类型“{ext}”（应为 .txt、.pdf、.xlsx、.docx、.html、.doc、.xls、.wps、.et 公开文件，.json 数据包或 .xlsx 填报工作簿）");
        Should.Throw<DocumentReadException>(() => DocumentLoader.LoadBudget(path)).Message
            .ShouldBe($"{path}：不支持的文件类型“{ext}”（应为 .json 数据包或 .xlsx 填报工作簿）");
        Should.Throw<DocumentReadException>(() => Importer.Load(path)).Message
            .ShouldStartWith($"{path}：不支持的文件类型“{ext}”（import 只接受公开文件");
        Should.Throw<DocumentReadException>(() => DisclosureTables.Load(path, Jixiao.Tables.TableSets.Get("H"), Jixiao.Tables.TableSets.Current)).Message
            .ShouldStartWith($"{path}：不支持的文件类型“{ext}”（应为 .json 数据包、.xlsx 填报工作簿，或公开文件");
    }

    [Fact]
    public void A_data_package_is_not_imported_again()
    {
        var path = Path.Combine(TempDir(), "a.json");
        File.WriteAllText(path, "{}");
        Should.Throw<DocumentReadException>(() => Importer.Load(path)).Message.ShouldStartWith($"{path}：这已是数据包，无需导入");
    }

    [Theory]
    [InlineData("out.xlsx", OutputFormat.Xlsx)]
    [InlineData("out.HTM", OutputFormat.Html)]
    [InlineData("out.html", OutputFormat.Html)]
    [InlineData("out.json", OutputFormat.Json)]
    [InlineData("out.pdf", OutputFormat.Pdf)]
    [InlineData("out.xls", null)]
    [InlineData("out", null)]
    public void An_output_name_names_its_format(string name, OutputFormat? format) =>
        FileTypes.OutputFormatOf(name).ShouldBe(format);

    [Fact]
    public void Only_the_usual_names_are_taken_from_a_folder()
    {
        FileTypes.FoundInFolders("a.TXT").ShouldBeTrue();
        FileTypes.FoundInFolders("a.json").ShouldBeTrue();
        FileTypes.FoundInFolders("a.et").ShouldBeTrue();
        FileTypes.FoundInFolders("a.tsv").ShouldBeFalse();
        FileTypes.FoundInFolders("README").ShouldBeFalse();
        FileTypes.FoundInFolders("a.md").ShouldBeFalse();
    }
}
