using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Jixiao.Documents.Sources.Docx;

namespace Jixiao.Documents.Tests.Sources.Docx;

public class DocxGridReaderTests
{
    private static TableCell Cell(string text, int span = 1, MergedCellValues? vMerge = null, bool continueMerge = false)
    {
        var props = new TableCellProperties();
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (vMerge is { } v) props.Append(new VerticalMerge { Val = v });
        else if (continueMerge) props.Append(new VerticalMerge());
        return new TableCell(props, new Paragraph(new Run(new WText(text))));
    }

    private static string Write(params OpenXmlElement[] body)
    {
        var path = Path.Combine(WrittenSeed.NewFolder(), "doc.docx");
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        doc.AddMainDocumentPart().Document = new Document(new Body(body));
        return path;
    }

    public class TheReadMethod
    {
        [Fact]
        public void Places_cells_on_the_grid_by_gridSpan_and_vMerge_and_reads_paragraphs_as_lines_split_at_tabs()
        {
            var table = new Table(
                new TableGrid(new GridColumn(), new GridColumn(), new GridColumn()),
                new TableRow(Cell("科目编码", vMerge: MergedCellValues.Restart), Cell("金额", span: 2)),
                new TableRow(Cell("", continueMerge: true), Cell("基本支出"), Cell("项目支出")),
                new TableRow(Cell("201"), Cell("10.00"), Cell("5.00")),
                new TableRow(Cell("208"), Cell(""), Cell("7.25")));
            var path = Write(
                new Paragraph(new Run(new WText("单位预算支出总表"))),
                new Paragraph(new Run(new WText("362001兴隆县医疗保障局本级")), new Run(new TabChar()), new Run(new WText("单位：万元"))),
                table,
                new Paragraph(new Run(new WText("注：本表")), new Run(new Break()), new Run(new WText("第二行"))));

            var grid = DocxGridReader.Read(path);

            var t = grid.Tables.ShouldHaveSingleItem();
            (t.RowCount, t.ColumnCount).ShouldBe((4, 3));
            t.At(0, 0)!.RowSpan.ShouldBe(2);
            t.At(0, 1)!.ColumnSpan.ShouldBe(2);
            t.RowTexts(1).ShouldBe(["", "基本支出", "项目支出"]);
            t.RowTexts(3).ShouldBe(["208", "", "7.25"]);
            grid.Rows.Where(r => !r.InTable).Select(r => string.Join("|", r.Cells))
                .ShouldBe(["单位预算支出总表", "362001兴隆县医疗保障局本级|单位：万元", "注：本表", "第二行"]);
        }

        [Fact]
        public void Reads_a_frame_table_as_its_content_and_gives_a_nested_tables_text_to_its_cell()
        {
            var inner = new Table(new TableRow(Cell("一般")), new TableRow(Cell("公共")));
            var real = new Table(
                new TableRow(Cell("名称"), new TableCell(new Paragraph(), inner)),
                new TableRow(Cell("合计"), Cell("1.00")));
            var frame = new Table(new TableRow(new TableCell(new Paragraph(new Run(new WText("表3"))), real, new Paragraph())));
            var grid = DocxGridReader.Read(Write(frame));
            grid.Rows.Select(r => string.Join("|", r.Cells)).ShouldBe(["表3", "名称|一般公共", "合计|1.00"]);
        }

        [Fact]
        public void Leaves_the_columns_a_row_skips_empty()
        {
            var table = new Table(
                new TableRow(Cell("a"), Cell("b"), Cell("c")),
                new TableRow(new TableRowProperties(new GridBefore { Val = 1 }), Cell("y"), Cell("z")));
            DocxGridReader.Read(Write(table)).Tables.Single().RowTexts(1).ShouldBe(["", "y", "z"]);
        }
    }

    public class HostileInput
    {
        [Fact]
        public void A_zip_that_is_not_a_word_document_is_refused_naming_it()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "fake.docx");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var w = new StreamWriter(zip.CreateEntry("hello.txt").Open())) w.Write("不是文档");
            var e = Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path));
            e.Message.ShouldStartWith(path + "：");
            e.Message.ShouldContain("不是 Word 文档");
        }

        [Fact]
        public void An_empty_file_is_refused_naming_it()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "empty.docx");
            File.WriteAllBytes(path, []);
            Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path)).Message.ShouldBe($"{path}：文件是空的");
        }

        [Fact]
        public void Text_that_is_not_a_zip_is_refused_naming_it()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "text.docx");
            File.WriteAllText(path, "这不是 Word 文档");
            Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path)).Message.ShouldStartWith(path + "：不是可读取的 Word 文档");
        }
    }
}
