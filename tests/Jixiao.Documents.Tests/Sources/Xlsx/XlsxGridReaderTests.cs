using System.IO.Compression;
using ClosedXML.Excel;
using Jixiao.Codes;
using Jixiao.Documents.Sources.Xlsx;
using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Sources.Xlsx;

public class XlsxGridReaderTests
{
    private static string Workbook(Action<IXLWorksheet> fill)
    {
        var path = Path.Combine(WrittenSeed.NewFolder(), "published.xlsx");
        using var book = new XLWorkbook();
        fill(book.Worksheets.Add("表1"));
        book.SaveAs(path);
        return path;
    }

    public class TheReadMethod
    {
        [Fact]
        public void Reads_title_rows_as_lines_merged_cells_as_spans_and_figures_as_displayed()
        {
            var path = Workbook(sheet =>
            {
                sheet.Range("A1:D1").Merge().FirstCell().SetValue("单位预算支出总表");
                sheet.Cell("D2").SetValue("单位：万元");
                sheet.Range("A3:A4").Merge().FirstCell().SetValue("科目编码");
                sheet.Range("B3:C3").Merge().FirstCell().SetValue("金额");
                sheet.Cell("B4").SetValue("基本支出");
                sheet.Cell("C4").SetValue("项目支出");
                sheet.Cell("D4").SetValue("占比");
                sheet.Cell("A5").SetValue("201");
                sheet.Cell("B5").SetValue(2940.0500000001).Style.NumberFormat.Format = "#,##0.00";
                sheet.Cell("C5").SetValue(2940.05).Style.NumberFormat.Format = "0.00";
                sheet.Cell("D5").SetValue(0.1234).Style.NumberFormat.Format = "0.0%";
                sheet.Cell("A6").SetValue("208");
                sheet.Cell("B6").SetValue(-7.254).Style.NumberFormat.NumberFormatId = 39; // #,##0.00;(#,##0.00)
                sheet.Cell("C6").SetValue(1234.5000000001); // General
                sheet.Row(7).Hide();
                sheet.Cell("A7").SetValue("隐藏行");
                sheet.Range("A8:D8").Merge().FirstCell().SetValue("注：本表金额为预算数");
            });

            var grid = XlsxGridReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);

            grid.Rows.Select(r => string.Join("|", r.Cells)).ShouldBe([
                "单位预算支出总表", "单位：万元",
                "科目编码|金额|", "|基本支出|项目支出|占比",
                "201|2,940.05|2940.05|12.3%", "208|(7.25)|1234.5|",
                "注：本表金额为预算数"]);
            var table = grid.Tables.ShouldHaveSingleItem();
            table.At(0, 0)!.RowSpan.ShouldBe(2);
            table.At(0, 1)!.ColumnSpan.ShouldBe(2);
        }

        [Theory]
        [InlineData("0.00", "2940.0500000001", "2940.05")]
        [InlineData("#,##0.00", "2940.05", "2,940.05")]
        [InlineData("#,##0.00_ ;[Red]\\-#,##0.00\\ ", "-2940.046", "-2,940.05")]
        [InlineData("0.00\"万元\"", "12.5", "12.50")]
        [InlineData("General", "2940.0500000001", "2940.05")]
        [InlineData("General", "0.1", "0.1")]
        [InlineData("@", "2101501", "2101501")]
        [InlineData("yyyy-mm-dd", "44197", "2021-01-01")]
        [InlineData("0%", "0.155", "16%")]
        public void Shows_a_number_as_its_format_prints_it(string format, string stored, string shown) =>
            NumberFormat.Parse(format).Display(stored).ShouldBe(shown);
    }

    public class TheDispatchOfDocumentLoader
    {
        [Fact]
        public void Takes_jixiaos_input_workbook_as_a_budget_and_a_published_workbook_as_a_disclosure()
        {
            var input = Path.Combine(WrittenSeed.NewFolder(), "budget.xlsx");
            BudgetWorkbookTemplate.Write(input, new FiscalYear(2021));
            DocumentLoader.IsBudget(input).ShouldBeTrue();
            DocumentLoader.IsBudget(RoundTrip.Written("H", ".xlsx")).ShouldBeFalse();
        }

        [Fact]
        public void Knows_the_tables_jixiao_wrote_from_a_published_workbook_or_page()
        {
            DocumentLoader.WrittenByJixiao(RoundTrip.Written("H", ".xlsx")).ShouldBeTrue();
            DocumentLoader.WrittenByJixiao(RoundTrip.Written("S", ".html")).ShouldBeTrue();
            DocumentLoader.WrittenByJixiao(Workbook(sheet => sheet.Cell("A1").SetValue("公开表"))).ShouldBeFalse();
            var input = Path.Combine(WrittenSeed.NewFolder(), "budget.xlsx");
            BudgetWorkbookTemplate.Write(input, new FiscalYear(2021));
            DocumentLoader.WrittenByJixiao(input).ShouldBeFalse();
        }

        [Fact]
        public void Leaves_a_file_that_is_no_workbook_to_the_input_workbook_reader_as_before()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "broken.xlsx");
            File.WriteAllText(path, "不是工作簿");
            DocumentLoader.IsBudget(path).ShouldBeTrue();
        }
    }

    public class HostileInput
    {
        [Fact]
        public void A_zip_that_is_not_a_workbook_is_refused_naming_it()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "fake.xlsx");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var w = new StreamWriter(zip.CreateEntry("hello.txt").Open())) w.Write("不是工作簿");
            var e = Should.Throw<DocumentReadException>(() => XlsxGridReader.Read(path));
            e.Message.ShouldStartWith(path + "：");
            e.Message.ShouldContain("工作簿");
        }

        [Fact]
        public void An_empty_file_is_refused_naming_it()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "empty.xlsx");
            File.WriteAllBytes(path, []);
            Should.Throw<DocumentReadException>(() => XlsxGridReader.Read(path)).Message.ShouldBe($"{path}：文件是空的");
        }

        [Fact]
        public void A_workbook_without_any_disclosure_table_is_refused_as_not_a_disclosure()
        {
            var path = Workbook(sheet => sheet.Cell("A1").SetValue("随便什么"));
            Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path)).Message.ShouldContain("未识别为预算公开文件");
        }
    }

    public class TheRoundTripOfJixiaosOwnWorkbook
    {
        [Theory]
        [InlineData("H")]
        [InlineData("S")]
        public void Reads_back_every_figure_of_the_rendered_tables(string set)
        {
            var path = RoundTrip.Written(set, ".xlsx");
            var read = DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken);
            read.Set.Id.ShouldBe(set);
            RoundTrip.ShouldReadEveryFigure(RoundTrip.Rendered(set), read, $"set {set} XLSX");
        }
    }

    [Trait("Category", "Slow")]
    public class TheRoundTripThroughLibreOffice
    {
        [Theory]
        [InlineData("H")]
        [InlineData("S")]
        public void Reads_back_every_figure_of_the_workbook_printed_to_pdf(string set)
        {
            var pdf = Office.Convert(RoundTrip.Written(set, ".xlsx"), "pdf", ".pdf");
            RoundTrip.ShouldReadEveryFigure(RoundTrip.Rendered(set), DocumentLoader.Load(pdf, cancellationToken: TestContext.Current.CancellationToken), $"set {set} XLSX → PDF");
        }

        [Theory]
        [InlineData("H")]
        [InlineData("S")]
        public void Reads_back_every_figure_of_the_workbook_saved_as_xls(string set)
        {
            var xls = Office.Convert(RoundTrip.Written(set, ".xlsx"), "xls:MS Excel 97", ".xls");
            RoundTrip.ShouldReadEveryFigure(RoundTrip.Rendered(set), DocumentLoader.Load(xls, cancellationToken: TestContext.Current.CancellationToken), $"set {set} XLSX → XLS");
        }
    }
}
