using Jixiao.Documents.Grid;
using Jixiao.Documents.Sources.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Jixiao.Documents.Tests.Sources.Pdf;

/// <summary>
/// The PDF grid on PDFs drawn in the test: ruled tables become cells in their columns (a merged header spans its
/// columns, a blank cell stays in place), text outside is lines, a table carried over to the next page continues
/// with its repeated header left out, a page without text is said to be unread.
/// </summary>
public class PdfGridReaderTests
{
    // A table ruled at the given x and y positions (y from the top of the page down), with text in some cells.
    private static void Table(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double[] xs, double[] ys, Dictionary<(int Row, int Col), string> texts, HashSet<(int Row, int Col)>? mergedRight = null)
    {
        double top = 800;
        foreach (var y in ys) page.DrawLine(new PdfPoint(xs[0], top - y), new PdfPoint(xs[^1], top - y), 0.5);
        for (int r = 0; r + 1 < ys.Length; r++)
            for (int c = 0; c < xs.Length; c++)
            {
                // no line between a merged cell and its right neighbour
                if (c > 0 && c < xs.Length - 1 && mergedRight?.Contains((r, c - 1)) == true) continue;
                page.DrawLine(new PdfPoint(xs[c], top - ys[r]), new PdfPoint(xs[c], top - ys[r + 1]), 0.5);
            }
        foreach (var ((r, c), text) in texts)
            page.AddText(text, 9, new PdfPoint(xs[c] + 3, top - ys[r + 1] + 4), font);
    }

    private static string Write(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-grid-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public class TheReadMethod
    {
        [Fact]
        public void Places_each_figure_under_its_column_with_blanks_kept_and_a_merged_header_once()
        {
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Table 1 Expenditure", 12, new PdfPoint(60, 815), font);
            Table(page, font, [50, 150, 250, 350], [0, 20, 40, 60, 80],
                new()
                {
                    [(0, 0)] = "Item", [(0, 1)] = "Money",
                    [(1, 1)] = "Basic", [(1, 2)] = "Project",
                    [(2, 0)] = "201", [(2, 1)] = "10.00", [(2, 2)] = "5.00",
                    [(3, 0)] = "208", [(3, 2)] = "7.25",
                },
                mergedRight: [(0, 1)]);
            var path = Write(builder.Build());
            try
            {
                var grid = PdfGridReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);
                grid.PageCount.ShouldBe(1);
                var table = grid.Tables.ShouldHaveSingleItem();
                table.Page.ShouldBe(1);
                table.ColumnCount.ShouldBe(3);
                table.RowCount.ShouldBe(4);
                var header = table.At(0, 1).ShouldNotBeNull();
                header.Text.ShouldBe("Money");
                header.ColumnSpan.ShouldBe(2);
                table.RowTexts(0).ShouldBe(["Item", "Money"]);
                table.RowTexts(2).ShouldBe(["201", "10.00", "5.00"]);
                table.RowTexts(3).ShouldBe(["208", "", "7.25"]);
                // boxes in PDF points, as drawn: column 2 from x 250 to 350, row 3 from y 740 to 720
                var box = table.At(3, 2)!.Box!.Value;
                (box.Left, box.Right, box.Top, box.Bottom).ShouldBe((250, 350, 740, 720));
                grid.Rows[0].Cells.ShouldBe(["Table 1 Expenditure"]);
                grid.Rows[0].InTable.ShouldBeFalse();
                grid.Rows.Count(r => r.InTable).ShouldBe(4);
            }
            finally { File.Delete(path); }
        }

        [Fact]
        public void Reads_a_table_printed_without_lines_by_where_its_text_stands()
        {
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            var page = builder.AddPage(PageSize.A4);
            // Code | Name | Total | Basic | Project, figures right-aligned, one blank Basic cell; no line drawn
            void Row(double y, params (double X, string Text)[] cells) { foreach (var (x, t) in cells) page.AddText(t, 9, new PdfPoint(x, y), font); }
            Row(760, (60, "Code"), (120, "Name"), (260, "Total"), (330, "Basic"), (400, "Project"));
            Row(745, (60, "201"), (120, "General"), (262, "30.00"), (332, "20.00"), (402, "10.00"));
            Row(730, (60, "208"), (120, "Social"), (265, "5.00"), (402, "5.00"));
            Row(715, (60, "210"), (120, "Health"), (262, "12.50"), (332, "12.50"));
            var path = Write(builder.Build());
            try
            {
                var grid = PdfGridReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);
                var table = grid.Tables.ShouldHaveSingleItem();
                table.Inferred.ShouldBeTrue();
                table.ColumnCount.ShouldBe(5);
                table.RowTexts(2).ShouldBe(["208", "Social", "5.00", "", "5.00"]);
                table.RowTexts(3).ShouldBe(["210", "Health", "12.50", "12.50", ""]);
            }
            finally { File.Delete(path); }
        }

        [Fact]
        public void Keeps_a_label_column_whole_when_the_column_index_row_numbers_it_off_centre()
        {
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            var page = builder.AddPage(PageSize.A4);
            void Row(double y, params (double X, string Text)[] cells) { foreach (var (x, t) in cells) page.AddText(t, 9, new PdfPoint(x, y), font); }
            // No | Item (labels from x 80, the 栏次 index centred at x 150) | Amount | Basic — no line drawn
            Row(775, (40, "No"), (140, "Item"), (262, "Amount"), (332, "Basic"));
            Row(760, (40, "Index"), (150, "1"), (270, "2"), (340, "3")); // the 栏次 row
            Row(745, (40, "31"), (80, "Income total"), (262, "6,596.36"), (332, "6,596.36"));
            Row(730, (40, "32"), (80, "Carried over"));
            Row(715, (40, "33"), (80, "Income"), (262, "6,596.36"), (332, "6,596.36"));
            var path = Write(builder.Build());
            try
            {
                var grid = PdfGridReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);
                var table = grid.Tables.ShouldHaveSingleItem();
                table.Inferred.ShouldBeTrue();
                // without the merge the index's “1” made a column of its own between the labels and the amounts
                table.ColumnCount.ShouldBe(4);
                table.RowTexts(2).ShouldBe(["31", "Income total", "6,596.36", "6,596.36"]);
                table.RowTexts(3).ShouldBe(["32", "Carried over", "", ""]);
            }
            finally { File.Delete(path); }
        }

        [Fact]
        public void Joins_a_table_carried_over_to_the_next_page_and_leaves_out_its_repeated_header()
        {
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            var first = builder.AddPage(PageSize.A4);
            Table(first, font, [50, 150, 250], [0, 20, 40, 60],
                new() { [(0, 0)] = "Code", [(0, 1)] = "Total", [(1, 0)] = "201", [(1, 1)] = "1.00", [(2, 0)] = "208", [(2, 1)] = "2.00" });
            var second = builder.AddPage(PageSize.A4);
            Table(second, font, [50, 150, 250], [0, 20, 40],
                new() { [(0, 0)] = "Code", [(0, 1)] = "Total", [(1, 0)] = "210", [(1, 1)] = "3.00" });
            var path = Write(builder.Build());
            try
            {
                var grid = PdfGridReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);
                grid.Tables.Count().ShouldBe(2);
                grid.Tables.Last().ContinuesPrevious.ShouldBeTrue();
                grid.Tables.Last().RepeatedHeaderRows.ShouldBe(1);
                grid.Rows.Select(r => string.Join("|", r.Cells)).ShouldBe(["Code|Total", "201|1.00", "208|2.00", "210|3.00"]);
                grid.Rows.Select(r => r.Page).ShouldBe([1, 1, 1, 2]);
            }
            finally { File.Delete(path); }
        }

        [Fact]
        public void Says_a_page_without_a_text_layer_is_not_read()
        {
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            builder.AddPage(PageSize.A4).AddText("Page one", 12, new PdfPoint(60, 700), font);
            builder.AddPage(PageSize.A4).AddPng(OnePixelPng, new PdfRectangle(50, 50, 500, 700));
            var path = Write(builder.Build());
            try
            {
                var grid = PdfGridReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);
                grid.Unread.ShouldBe([new GridUnread(2, "第 2 页是图像（扫描件），没有文字层，未读取")]);
                var d = DocumentLoader.FromGrid(grid);
                d.ReadFindings.ShouldContain(f => f.RuleId == "RD-PAGE-01" && f.Page == 2);
            }
            finally { File.Delete(path); }
        }

        [Fact]
        public void Refuses_a_file_that_is_not_a_pdf_naming_it()
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-grid-{Guid.NewGuid():N}.pdf");
            File.WriteAllText(path, "这不是 PDF");
            try
            {
                var e = Should.Throw<DocumentReadException>(() => PdfGridReader.Read(path));
                e.Message.ShouldStartWith(path + "：");
                e.Message.ShouldContain("不是可读取的 PDF 文件");
            }
            finally { File.Delete(path); }
        }

        [Fact]
        public void Refuses_a_scan_without_any_text_as_unread_not_clean()
        {
            var builder = new PdfDocumentBuilder();
            builder.AddPage(PageSize.A4).AddPng(OnePixelPng, new PdfRectangle(50, 50, 500, 700));
            var path = Write(builder.Build());
            try
            {
                var e = Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path));
                e.Message.ShouldContain("没有文字层");
            }
            finally { File.Delete(path); }
        }
    }

    // A valid 1×1 grey PNG.
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==");
}
