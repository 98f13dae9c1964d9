using Jixiao.Documents.Sources.Legacy;

namespace Jixiao.Documents.Tests.Sources.Legacy;

public class LegacyConverterTests
{
    public class WithoutLibreOffice
    {
        [Theory]
        [InlineData(".doc", ".docx")]
        [InlineData(".wps", ".docx")]
        [InlineData(".xls", ".xlsx")]
        [InlineData(".et", ".xlsx")]
        public void Says_in_Chinese_that_LibreOffice_is_needed_naming_the_file(string extension, string target)
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "公开" + extension);
            File.WriteAllBytes(path, [1, 2, 3]);
            var e = Should.Throw<DocumentReadException>(() => LegacyConverter.Convert(path, _ => 0, libreOffice: null));
            e.Message.ShouldBe($"{path}：需要安装 LibreOffice 才能读取 {extension} 文件（或先用 Office / WPS 另存为 {target}）");
        }

        [Fact]
        public void Refuses_an_empty_file_before_converting()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "empty.doc");
            File.WriteAllBytes(path, []);
            Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path)).Message.ShouldBe($"{path}：文件是空的");
        }
    }

    [Trait("Category", "Slow")]
    public class ThroughLibreOffice
    {
        [Theory]
        [InlineData("H", ".doc")]
        [InlineData("S", ".wps")]
        public void Reads_back_every_figure_of_a_word_97_document(string set, string extension)
        {
            var docx = Office.Convert(RoundTrip.Written(set, ".html"), "docx:MS Word 2007 XML", ".docx");
            var doc = Office.Convert(docx, "doc:MS Word 97", ".doc");
            var path = Path.ChangeExtension(doc, extension);
            if (path != doc) File.Move(doc, path);
            var read = DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken);
            read.Source.ShouldBe(path);
            RoundTrip.ShouldReadEveryFigure(RoundTrip.Rendered(set), read, $"set {set} HTML → DOCX → {extension}");
        }

        [Fact]
        public void Reads_back_every_figure_of_an_excel_97_workbook_named_et()
        {
            var xls = Office.Convert(RoundTrip.Written("S", ".xlsx"), "xls:MS Excel 97", ".xls");
            var et = Path.ChangeExtension(xls, ".et");
            File.Move(xls, et);
            RoundTrip.ShouldReadEveryFigure(RoundTrip.Rendered("S"), DocumentLoader.Load(et, cancellationToken: TestContext.Current.CancellationToken), "set S XLSX → .et");
        }

        [Fact]
        public void A_cancelled_conversion_ends_LibreOffice_and_stops_with_the_cancellation()
        {
            var xls = Office.Convert(RoundTrip.Written("S", ".xlsx"), "xls:MS Excel 97", ".xls");
            var whole = System.Diagnostics.Stopwatch.StartNew();
            DocumentLoader.Load(xls, cancellationToken: TestContext.Current.CancellationToken).Tables.Count.ShouldBeGreaterThan(0);
            whole.Stop();

            using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var cancelled = System.Diagnostics.Stopwatch.StartNew();
            Should.Throw<OperationCanceledException>(() => DocumentLoader.Load(xls, cancellationToken: soon.Token));
            cancelled.Stop();
            // LibreOffice is ended when the token is cancelled, not waited for
            cancelled.Elapsed.ShouldBeLessThan(whole.Elapsed, $"转换一次用时 {whole.Elapsed.TotalMilliseconds:0} ms");
        }

        [Fact]
        public void Refuses_text_named_xls_naming_the_file()
        {
            var path = Path.Combine(WrittenSeed.NewFolder(), "fake.xls");
            File.WriteAllText(path, "这不是工作簿\n只是一行文字");
            var e = Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path));
            e.Message.ShouldStartWith(path + "：");
        }
    }
}
