using System.Text;
using Jixiao.Documents.Sources.Html;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Sources.Html;

public class HtmlGridReaderTests
{
    private static string Write(byte[] bytes, string extension = ".html")
    {
        var path = Path.Combine(WrittenSeed.NewFolder(), "page" + extension);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public class TheRoundTripOfJixiaosOwnPage
    {
        [Theory]
        [InlineData("H")]
        [InlineData("S")]
        public void Reads_back_every_figure_of_the_rendered_tables(string set)
        {
            var read = DocumentLoader.Load(RoundTrip.Written(set, ".html"), cancellationToken: TestContext.Current.CancellationToken);
            read.Set.Id.ShouldBe(set);
            RoundTrip.ShouldReadEveryFigure(RoundTrip.Rendered(set), read, $"set {set} HTML");
        }
    }

    public class TheReadMethod
    {
        [Fact]
        public void Places_cells_by_colspan_and_rowspan_and_reads_text_around_the_table_as_lines()
        {
            var html = """
                <html><head><title>不读</title><style>td{}</style></head><body>
                <h2>单位预算支出总表</h2>
                <div class="header-line"><span>362001兴隆县医疗保障局本级</span><span>预算年度：2021</span><span>单位：万元</span></div>
                <table>
                  <thead><tr><th rowspan="2">科目编码</th><th colspan="2">金额</th></tr>
                         <tr><th>基本支出</th><th>项目支出</th></tr></thead>
                  <tbody><tr><td>201</td><td>10.00</td><td>5.00</td></tr>
                         <tr><td>208</td><td></td><td>7.25</td></tr></tbody>
                </table>
                <p>注：<b>本表</b>无数据</p><script>var x = "不读";</script><p style="display:none">隐藏</p>
                </body></html>
                """;
            var grid = HtmlGridReader.Read(Write(Encoding.UTF8.GetBytes(html)));

            var table = grid.Tables.ShouldHaveSingleItem();
            (table.RowCount, table.ColumnCount).ShouldBe((4, 3));
            table.At(0, 0)!.RowSpan.ShouldBe(2);
            table.At(0, 1)!.ColumnSpan.ShouldBe(2);
            table.RowTexts(1).ShouldBe(["", "基本支出", "项目支出"]);
            table.RowTexts(3).ShouldBe(["208", "", "7.25"]);
            grid.Rows.Where(r => !r.InTable).Select(r => string.Join("|", r.Cells))
                .ShouldBe(["单位预算支出总表", "362001兴隆县医疗保障局本级|预算年度：2021|单位：万元", "注：本表无数据"]);
        }

        [Fact]
        public void Keeps_a_paragraph_of_runs_one_line_and_splits_a_line_spaced_out_with_no_break_spaces()
        {
            var html = "<p class=MsoNormal><span lang=EN-US>2021</span><span>年部门预算</span></p><p>单位：万元&nbsp;&nbsp;&nbsp;&nbsp;预算年度：2021</p>";
            HtmlGridReader.Parse(html, "word.html").Rows.Select(r => string.Join("|", r.Cells)).ShouldBe(["2021年部门预算", "单位：万元|预算年度：2021"]);
        }

        [Fact]
        public void Decodes_a_GBK_page_by_its_meta_charset()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><table><tr><td>行政运行</td><td>481.39</td></tr></table></body></html>";
            var grid = HtmlGridReader.Read(Write(Encoding.GetEncoding("GB18030").GetBytes(html)));
            grid.Tables.Single().RowTexts(0).ShouldBe(["行政运行", "481.39"]);
        }

        [Fact]
        public void Reads_a_frame_table_as_its_content_and_a_table_nested_in_a_cell_as_that_cells_text()
        {
            var html = """
                <table><tr><td>
                  <p>表3</p>
                  <table><tr><td>名称</td><td><table><tr><td>一般</td></tr><tr><td>公共</td></tr></table></td></tr>
                         <tr><td>合计</td><td>1.00</td></tr></table>
                </td></tr></table>
                """;
            var grid = HtmlGridReader.Parse(html, "frame.html");
            grid.Rows.Select(r => string.Join("|", r.Cells)).ShouldBe(["表3", "名称|一般公共", "合计|1.00"]);
        }
    }

    public class HostileInput
    {
        [Fact]
        public void An_empty_file_is_refused_naming_it()
        {
            var path = Write([]);
            var e = Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path));
            e.Message.ShouldBe($"{path}：文件是空的");
        }

        [Fact]
        public void A_page_without_a_table_or_a_title_is_refused_as_not_a_disclosure()
        {
            var path = Write(Encoding.UTF8.GetBytes("<html><body><p>欢迎访问本网站</p></body></html>"));
            var e = Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path));
            e.Message.ShouldStartWith(path + "：");
            e.Message.ShouldContain("未识别为预算公开文件");
        }

        [Fact]
        public void A_page_with_no_text_is_refused()
        {
            var path = Write(Encoding.UTF8.GetBytes("<html><body><script>1</script></body></html>"));
            Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path)).Message.ShouldBe($"{path}：文件中没有文字");
        }

        [Fact]
        public void A_binary_file_named_html_is_refused()
        {
            var path = Write([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]);
            Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path)).Message.ShouldContain("不是网页（HTML）文件");
        }
    }

    [Trait("Category", "Slow")]
    public class TheRoundTripThroughLibreOffice
    {
        [Theory]
        [InlineData("H")]
        [InlineData("S")]
        public void Reads_back_every_figure_of_the_page_saved_as_docx(string set)
        {
            var docx = Office.Convert(RoundTrip.Written(set, ".html"), "docx:MS Word 2007 XML", ".docx");
            RoundTrip.ShouldReadEveryFigure(RoundTrip.Rendered(set), DocumentLoader.Load(docx, cancellationToken: TestContext.Current.CancellationToken), $"set {set} HTML → DOCX");
        }

        /// <summary>
        /// LibreOffice's HTML import ignores CSS cell borders, so the page as written prints without ruling lines and the
        /// PDF grid (ruled tables only) finds no table in it; a page whose tables carry <c>border="1"</c>, as published
        /// pages commonly do, prints ruled and reads back figure for figure.
        /// </summary>
        [Theory]
        [InlineData("H")]
        [InlineData("S")]
        public void Reads_back_the_figures_of_the_first_tables_of_the_page_with_ruled_tables_printed_to_pdf(string set)
        {
            var html = RoundTrip.Written(set, ".html");
            File.WriteAllText(html, File.ReadAllText(html).Replace("<table>", "<table border=\"1\" cellspacing=\"0\">", StringComparison.Ordinal));
            var pdf = Office.Convert(html, "pdf", ".pdf");
            // LibreOffice prints the tables of a page one after another (no page break per table), and the PDF grid joins
            // a title to the header line under it when they are close: the tables after the first four are not recognised.
            var found = RoundTrip.ShouldReadNoFigureWrong(RoundTrip.Rendered(set), DocumentLoader.Load(pdf, cancellationToken: TestContext.Current.CancellationToken), $"set {set} HTML (border=1) → PDF");
            found.Take(4).ShouldBe([$"{set}1", $"{set}2", $"{set}3", $"{set}4"]);
        }

        [Fact]
        public void Prints_the_page_as_written_without_ruling_lines_whose_tables_are_read_by_position_without_a_false_error()
        {
            // LibreOffice drops the page's CSS borders: the PDF's tables have no lines and their columns are inferred
            var pdf = Office.Convert(RoundTrip.Written("H", ".html"), "pdf", ".pdf");
            var grid = Jixiao.Documents.Sources.Pdf.PdfGridReader.Read(pdf, cancellationToken: TestContext.Current.CancellationToken);
            grid.Tables.ShouldNotBeEmpty();
            grid.Tables.ShouldAllBe(t => t.Inferred);
            var read = DocumentLoader.FromGrid(grid);
            var (figures, wrong) = RoundTrip.Compare(RoundTrip.Rendered("H"), read);
            TestContext.Current.TestOutputHelper?.WriteLine($"set H HTML → PDF without lines: {figures - wrong.Count}/{figures} figures read right");
            // Read by position: a label glued to the figure beside it is cut apart, labels wrapped over lines go to the
            // row they are set solid with (rows without figures, their label wrapped around a lone 序号, included), the
            // 栏次 number joins the column it stands over, and a label's last piece carried to the next page goes back
            // to its row. Every figure of H1–H3 and H5–H9 reads right (423/777 before); what is left is in H4, whose
            // last page prints rows of nothing but 序号 and labels, too few figures to be taken for a table.
            wrong.Where(w => !w.StartsWith("H4/", StringComparison.Ordinal)).ShouldBeEmpty();
            (figures - wrong.Count).ShouldBeGreaterThanOrEqualTo(716);
            // whatever is misread, a check on an inferred table is at most a warning: no false error; and what is read
            // of a clean rendering draws no warning either
            new Checker().Check(read).Findings.Where(f => f.Severity != Severity.Info).Select(f => f.RuleId + " " + f.Message).ShouldBeEmpty();
        }
    }
}
