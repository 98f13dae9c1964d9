using System.IO.Compression;
using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>Files that are not workbooks at all give a <see cref="WorkbookImportException"/>, never a raw exception.</summary>
public sealed class BudgetWorkbookReaderMalformedFileTests
{
    public sealed class TheReadMethod : IDisposable
    {
        private const string NotAWorkbook = "不是有效的 Excel 工作簿（应为用填报模板填写并保存的 .xlsx 文件）";
        private readonly string _folder = TestWorkbook.NewFolder();

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Given_random_bytes_then_it_is_not_a_workbook()
        {
            var bytes = new byte[4096];
            new Random(20210101).NextBytes(bytes);
            var path = Write("random.xlsx", bytes);

            var error = FileError(path);

            error.ShouldBe(new ImportError("random.xlsx", "", 0, "", NotAWorkbook));
        }

        [Fact]
        public void Given_an_empty_file_then_it_is_not_a_workbook()
        {
            var path = Write("empty.xlsx", []);

            FileError(path).Message.ShouldBe(NotAWorkbook + "：文件是空的");
        }

        [Fact]
        public void Given_a_text_file_renamed_to_xlsx_then_it_is_not_a_workbook()
        {
            var path = Path.Combine(_folder, "budget.xlsx");
            File.WriteAllText(path, "功能分类科目编码\t金额（元）\n2101501\t1004500.00\n");

            var ex = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(path));

            ex.Errors.ShouldHaveSingleItem().Message.ShouldBe(NotAWorkbook);
            ex.Message.ShouldBe($"budget.xlsx：无法导入：{NotAWorkbook}");
        }

        [Fact]
        public void Given_a_zip_that_is_not_a_spreadsheet_then_it_is_not_a_workbook()
        {
            var path = Path.Combine(_folder, "archive.xlsx");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
                writer.Write("not a workbook");

            FileError(path).Message.ShouldBe(NotAWorkbook);
        }

        [Fact]
        public void Given_a_missing_file_then_the_error_says_so()
        {
            var path = Path.Combine(_folder, "missing.xlsx");

            FileError(path).Message.ShouldBe($"文件不存在（{path}）");
        }

        private string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        private static ImportError FileError(string path) =>
            Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(path)).Errors.ShouldHaveSingleItem();
    }
}
