using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Jixiao.Documents.Sources.Pdf;
using Jixiao.Documents.Xlsx;
using Jixiao.Rules;
using Jixiao.Tables;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Tests.Sources.Pdf;

/// <summary>
/// <c>check --annotate</c>: Jixiao's own set H tables with one figure changed, printed to PDF by LibreOffice, are
/// checked; the annotated copy boxes the changed figure where <c>pdftotext -bbox</c> says it is printed.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PdfAnnotatorTests : IDisposable
{
    private readonly string _folder = WrittenSeed.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Boxes_a_changed_figure_on_the_cell_pdftotext_finds_it_in()
    {
        var pdfToText = Jixiao.Documents.Tests.Xlsx.LibreOfficePdfTests.Require("pdftotext");

        // Given: 表3 of the Xinglong budget with 2101501 行政运行's 合计 raised by 1.11 万元 (its parts stay)
        var disclosure = TableRenderer.Render(Jixiao.Domain.Tests.Tables.XinglongBudget.Create(), TableSets.Get("H"), RenderPrecision.WanYuan);
        var xlsx = Path.Combine(_folder, "tables.xlsx");
        DisclosureXlsxWriter.Write(disclosure, xlsx);
        string planted;
        using (var book = new XLWorkbook(xlsx))
        {
            var sheet = book.Worksheet("表3");
            var row = Jixiao.Documents.Tests.Xlsx.DisclosureXlsxWriterTests.BodyRow(sheet, "2101501");
            var cell = sheet.Row(row).CellsUsed().First(c => c.DataType == XLDataType.Number); // 合计, the first figure
            var changed = Math.Round(cell.GetValue<decimal>() + 1.11m, 2);
            cell.Value = changed;
            planted = changed.ToString("#,##0.00", CultureInfo.InvariantCulture);
            book.Save();
        }
        var pdf = Jixiao.Documents.Tests.Sources.Office.Convert(xlsx, "pdf", ".pdf");

        // When
        var report = new Checker().Check(DocumentLoader.Load(pdf, cancellationToken: TestContext.Current.CancellationToken));
        report.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.RuleId} {f.Cell} {f.Message}").ShouldContain(m => m.StartsWith("TBL-SUM-02") && m.Contains("2101501") && m.Contains(planted.Replace(",", "")));
        var finding = report.Findings.First(f => f.Severity == Severity.Error && f.RuleId == "TBL-SUM-02" && f.Cell?.Row == "2101501");
        var annotated = Path.Combine(_folder, "annotated.pdf");
        PdfAnnotator.AnnotateTo(pdf, report.Findings, annotated);

        // Then: the red box drawn on the finding's page covers the word pdftotext prints for the changed figure
        int page = finding.Page.ShouldNotBeNull();
        var word = WordBox(Jixiao.Documents.Tests.Xlsx.LibreOfficePdfTests.Run(pdfToText, ["-bbox", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-"]), planted);
        var drawn = RedBoxes(annotated, page);
        drawn.ShouldNotBeEmpty();
        drawn.Max(b => b.IntersectionOverUnion(word)).ShouldBeGreaterThanOrEqualTo(0.7);
    }

    // pdftotext -bbox prints the page top-down; turned into PDF points from the bottom.
    private static Jixiao.Documents.Grid.GridBox WordBox(string bbox, string text)
    {
        double height = double.Parse(Regex.Match(bbox, "<page width=\"[^\"]+\" height=\"([^\"]+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
        var m = Regex.Match(bbox, $"<word xMin=\"([^\"]+)\" yMin=\"([^\"]+)\" xMax=\"([^\"]+)\" yMax=\"([^\"]+)\">{Regex.Escape(text)}</word>");
        m.Success.ShouldBeTrue($"pdftotext does not print {text}");
        double D(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        return new(D(1), height - D(4), D(3), height - D(2));
    }

    // The rectangles stroked in red on a page of the annotated copy.
    private static List<Jixiao.Documents.Grid.GridBox> RedBoxes(string pdf, int page)
    {
        using var doc = PdfDocument.Open(pdf);
        var boxes = new List<Jixiao.Documents.Grid.GridBox>();
        foreach (var path in doc.GetPage(page).Paths)
        {
            if (!path.IsStroked || path.GetBoundingRectangle() is not { } r) continue;
            if (path.StrokeColor?.ToRGBValues() is not { } rgb || rgb.r < 0.8 || rgb.g > 0.3) continue;
            boxes.Add(new(r.Left, r.Bottom, r.Right, r.Top));
        }
        return boxes;
    }
}
