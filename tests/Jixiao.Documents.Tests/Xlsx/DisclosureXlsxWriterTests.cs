using System.Globalization;
using ClosedXML.Excel;
using Jixiao.Disclosures;
using Jixiao.Documents.Xlsx;
using Jixiao.Money;
using Jixiao.Tables;

namespace Jixiao.Documents.Tests.Xlsx;

public class DisclosureXlsxWriterTests
{
    /// <summary>The 栏次 row of a sheet (the row whose first cell reads 栏次).</summary>
    internal static int ColumnIndexRow(IXLWorksheet sheet) =>
        sheet.Column(1).CellsUsed().First(c => c.GetString() == "栏次").Address.RowNumber;

    /// <summary>The sheet column printed under 栏次 <paramref name="number"/>.</summary>
    internal static int SheetColumn(IXLWorksheet sheet, int number) =>
        sheet.Row(ColumnIndexRow(sheet)).CellsUsed().First(c => c.GetString() == number.ToString(CultureInfo.InvariantCulture)).Address.ColumnNumber;

    /// <summary>The body row (below 栏次) with a code or name cell reading <paramref name="text"/>.</summary>
    internal static int BodyRow(IXLWorksheet sheet, string text) =>
        sheet.RowsUsed().Where(r => r.RowNumber() > ColumnIndexRow(sheet))
            .First(r => r.CellsUsed().Any(c => c.DataType == XLDataType.Text && c.GetString() == text)).RowNumber();

    internal static IXLCell Cell(XLWorkbook book, int table, string row, int column)
    {
        var sheet = book.Worksheet($"表{table}");
        return sheet.Cell(BodyRow(sheet, row), SheetColumn(sheet, column));
    }

    public class TheWriteMethodOnTheXinglongSeed : IDisposable
    {
        private readonly XLWorkbook book = new(WrittenSeed.XlsxPath);

        public void Dispose() => book.Dispose();

        [Fact]
        public void Writes_one_sheet_per_table_named_by_number()
        {
            book.Worksheets.Count.ShouldBe(9);
            book.Worksheets.Select(s => s.Name).ShouldBe(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"]);
        }

        [Theory]
        [MemberData(nameof(WrittenSeed.PrintedFigures), MemberType = typeof(WrittenSeed))]
        public void Writes_the_printed_figures_as_formatted_numbers(int table, string row, int column, string printed)
        {
            var cell = Cell(book, table, row, column);
            cell.DataType.ShouldBe(XLDataType.Number);
            cell.GetValue<decimal>().ShouldBe(decimal.Parse(printed, CultureInfo.InvariantCulture));
            cell.Style.NumberFormat.Format.ShouldBe("#,##0.00");
        }

        [Fact]
        public void Merges_the_title_across_the_table_bold_centred_16pt()
        {
            var sheet = book.Worksheet("表3");
            var title = sheet.Cell(1, 1);
            title.GetString().ShouldBe("单位预算支出总表");
            title.IsMerged().ShouldBeTrue();
            title.MergedRange().RangeAddress.LastAddress.ColumnNumber.ShouldBe(9); // 序号, 编码, 名称, 6 value columns
            title.Style.Font.Bold.ShouldBeTrue();
            title.Style.Font.FontSize.ShouldBe(16);
            title.Style.Alignment.Horizontal.ShouldBe(XLAlignmentHorizontalValues.Center);
        }

        [Fact]
        public void Prints_unit_year_and_amount_unit_above_the_table()
        {
            var sheet = book.Worksheet("表6");
            var texts = sheet.Row(2).CellsUsed().Select(c => c.GetString()).ToArray();
            texts.ShouldBe(["362001兴隆县医疗保障局本级", "预算年度：2021", "单位：万元"]);
            sheet.Row(2).CellsUsed().Last().Style.Alignment.Horizontal.ShouldBe(XLAlignmentHorizontalValues.Right);
        }

        [Fact]
        public void Groups_the_halves_of_a_paired_table_under_income_and_expenditure()
        {
            var sheet = book.Worksheet("表1");
            sheet.Cell(3, 2).GetString().ShouldBe("收入");
            sheet.Cell(3, 2).MergedRange().ColumnCount().ShouldBe(2);
            sheet.Cell(3, 4).GetString().ShouldBe("支出");
            sheet.Cell(3, 4).MergedRange().ColumnCount().ShouldBe(2);
            sheet.Row(4).Cells(1, 5).Select(c => c.GetString()).ShouldBe(["", "项目", "预算数", "项目", "预算数"]);
            sheet.Cell(3, 1).GetString().ShouldBe("序号");
            sheet.Cell(3, 1).MergedRange().RowCount().ShouldBe(2);
        }

        [Fact]
        public void Groups_this_years_income_columns_under_one_header()
        {
            var sheet = book.Worksheet("表2");
            sheet.Cell(3, 2).GetString().ShouldBe("功能分类科目");
            sheet.Cell(3, 2).MergedRange().ColumnCount().ShouldBe(2);
            sheet.Cell(4, 2).GetString().ShouldBe("科目编码");
            sheet.Cell(4, 3).GetString().ShouldBe("科目名称");
            sheet.Cell(3, 4).GetString().ShouldBe("合计");
            sheet.Cell(3, 5).GetString().ShouldBe("本年收入");
            sheet.Cell(3, 5).MergedRange().ColumnCount().ShouldBe(8);
            sheet.Cell(4, 5).GetString().ShouldBe("小计");
            sheet.Cell(3, 13).GetString().ShouldBe("上年结转");
        }

        [Fact]
        public void Numbers_the_columns_in_a_column_index_row()
        {
            var sheet = book.Worksheet("表2");
            sheet.Row(5).Cells(1, 13).Select(c => c.GetString())
                .ShouldBe(["栏次", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
        }

        [Fact]
        public void Indents_names_by_level_and_bolds_total_rows()
        {
            var sheet = book.Worksheet("表3");
            int name = 3;
            sheet.Cell(BodyRow(sheet, "210"), name).Style.Alignment.Indent.ShouldBe(0);
            sheet.Cell(BodyRow(sheet, "21015"), name).Style.Alignment.Indent.ShouldBe(1);
            sheet.Cell(BodyRow(sheet, "2101501"), name).Style.Alignment.Indent.ShouldBe(2);
            sheet.Cell(BodyRow(sheet, "合计"), SheetColumn(sheet, 3)).Style.Font.Bold.ShouldBeTrue();
            sheet.Cell(BodyRow(sheet, "210"), SheetColumn(sheet, 3)).Style.Font.Bold.ShouldBeFalse();
        }

        [Fact]
        public void Leaves_zeros_blank_except_in_total_rows()
        {
            var totalBusiness = Cell(book, 3, "合计", 6);
            totalBusiness.DataType.ShouldBe(XLDataType.Number);
            totalBusiness.GetValue<decimal>().ShouldBe(0m);
            totalBusiness.Style.NumberFormat.Format.ShouldBe("#,##0.00"); // printed 0.00
            Cell(book, 3, "2101501", 6).IsEmpty().ShouldBeTrue();
            Cell(book, 3, "2101299", 3).IsEmpty().ShouldBeTrue();
            Cell(book, 1, "二、政府性基金预算拨款收入", 2).IsEmpty().ShouldBeTrue();
        }

        [Fact]
        public void Writes_codes_as_text()
        {
            var sheet = book.Worksheet("表6");
            var code = sheet.Cell(BodyRow(sheet, "30101"), 2);
            code.DataType.ShouldBe(XLDataType.Text);
            code.GetString().ShouldBe("30101");
        }

        [Fact]
        public void Writes_the_empty_note_under_the_header_of_an_empty_table()
        {
            var sheet = book.Worksheet("表8");
            var note = sheet.Cell(ColumnIndexRow(sheet) + 1, 1);
            note.GetString().ShouldBe("注：无国有资本经营预算财政拨款预算，空表列示。");
            note.IsMerged().ShouldBeTrue();
        }

        [Fact]
        public void Sets_up_A4_pages_one_page_wide_with_the_header_repeated()
        {
            foreach (var sheet in book.Worksheets)
            {
                var page = sheet.PageSetup;
                page.PaperSize.ShouldBe(XLPaperSize.A4Paper, sheet.Name);
                page.PagesWide.ShouldBe(1, sheet.Name);
                page.PagesTall.ShouldBe(0, sheet.Name);
                page.FirstRowToRepeatAtTop.ShouldBe(1, sheet.Name);
                page.LastRowToRepeatAtTop.ShouldBe(ColumnIndexRow(sheet), sheet.Name);
                page.Margins.Left.ShouldBeGreaterThan(0, sheet.Name);
            }
            book.Worksheet("表2").PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Landscape);
            book.Worksheet("表3").PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Portrait);
            book.Worksheet("表9").PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Portrait);
        }

        [Fact]
        public void Sets_column_widths_for_the_longest_name()
        {
            var sheet = book.Worksheet("表2");
            // 用于城乡医疗救助的彩票公益金支出: 16 CJK characters at 项 level.
            sheet.Column(3).Width.ShouldBeGreaterThanOrEqualTo(32 + 4);
            sheet.Column(1).Width.ShouldBeLessThan(10);
            foreach (var column in sheet.ColumnsUsed()) column.Width.ShouldBeGreaterThan(5);
        }

        [Fact]
        public void Borders_every_cell_of_the_table()
        {
            var sheet = book.Worksheet("表6");
            var cell = sheet.Cell(BodyRow(sheet, "30101"), 4);
            cell.Style.Border.LeftBorder.ShouldBe(XLBorderStyleValues.Thin);
            cell.Style.Border.BottomBorder.ShouldBe(XLBorderStyleValues.Thin);
            sheet.Cell(1, 1).Style.Border.TopBorder.ShouldBe(XLBorderStyleValues.None);
        }
    }

    public class TheWriteMethodOnAnExactTable
    {
        [Fact]
        public void Prints_amounts_in_yuan()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "exact.xlsx");
            DisclosureXlsxWriter.Write(ExactDisclosure(), path);

            using var book = new XLWorkbook(path);
            var sheet = book.Worksheet("表9");
            sheet.Row(2).CellsUsed().Last().GetString().ShouldBe("单位：元");
            var hospitality = Cell(book, 9, "三、公务接待费", 2);
            hospitality.GetValue<decimal>().ShouldBe(10000.00m);
            hospitality.Style.NumberFormat.Format.ShouldBe("#,##0.00");
        }
    }

    public class TheWriteMethodWhenItCannotWrite
    {
        [Fact]
        public void Fails_with_the_path_and_a_Chinese_message_when_the_folder_is_missing()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "missing", "out.xlsx");
            var e = Should.Throw<DocumentWriteException>(() => DisclosureXlsxWriter.Write(WrittenSeed.Disclosure, path));
            e.File.ShouldBe(path);
            e.Message.ShouldContain("不存在");
            File.Exists(path).ShouldBeFalse();
        }

        [Fact]
        public void Fails_without_leaving_a_file_when_there_is_no_table()
        {
            var folder = WrittenSeed.NewFolder();
            var path = Path.Combine(folder, "empty.xlsx");
            var empty = new Disclosure { Source = "test", Set = TableSets.Get("H") };
            var e = Should.Throw<DocumentWriteException>(() => DisclosureXlsxWriter.Write(empty, path));
            e.Message.ShouldContain("没有表格");
            Directory.EnumerateFileSystemEntries(folder).ShouldBeEmpty();
        }
    }

    /// <summary>A disclosure with one exact table in 元 (as a budget renders it): set H table 9, 三公 only.</summary>
    internal static Disclosure ExactDisclosure()
    {
        var set = TableSets.Get("H");
        var template = set.Table("H9")!;
        var table = new DisclosureTable(template, template.Title) { Exact = true };
        table.Unit = "元";
        var part = new DisclosurePart(template.Parts[0]);
        decimal[] amounts = [25000.00m, 25000.00m, 0m, 0m, 0m, 15000.00m, 0m, 15000.00m, 10000.00m];
        for (int i = 0; i < template.Parts[0].Rows.Count; i++)
        {
            var row = template.Parts[0].Rows[i];
            part.Rows.Add(new DisclosureRow(row.Key, null, row.Label, [Figure.Exact(amounts[i]), Figure.Exact(amounts[i]), Figure.Exact(0.00m), Figure.Exact(0.00m)]));
        }
        table.Parts.Add(part);
        var disclosure = new Disclosure { Source = "test", Set = set, UnitCode = "362001", UnitName = "兴隆县医疗保障局本级", Year = new Codes.FiscalYear(2022) };
        disclosure.Tables.Add(table);
        return disclosure;
    }
}
