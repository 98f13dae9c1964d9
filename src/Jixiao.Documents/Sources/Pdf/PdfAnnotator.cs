using System.Globalization;
using Jixiao.Rules;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// A copy of a checked PDF with each finding boxed on its cell (or line), numbered in reading order and coloured by
/// severity (error red, warning orange, info blue), and the page's findings listed by number, severity and rule in a
/// margin added to the right of the page, so that the printed page itself is left as it was.
/// </summary>
public static class PdfAnnotator
{
    /// <summary>Width of the margin that holds a page's index of findings (points).</summary>
    public const double Margin = 150;

    /// <summary>Writes the annotated copy to <paramref name="outputPath"/>, whole or not at all.</summary>
    public static void AnnotateTo(string pdfPath, IReadOnlyList<Finding> findings, string outputPath)
    {
        var bytes = Annotate(pdfPath, findings);
        AtomicFile.Write(outputPath, s => s.Write(bytes));
    }

    public static byte[] Annotate(string pdfPath, IReadOnlyList<Finding> findings)
    {
        PdfDocument doc;
        try { doc = PdfDocument.Open(pdfPath, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true }); }
        catch (Exception e) when (e is not OutOfMemoryException) { throw new DocumentReadException(pdfPath, $"不是可读取的 PDF 文件（{e.Message}）", e); }
        using (doc)
        {
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            var numbered = Number(findings);
            for (int p = 1; p <= doc.NumberOfPages; p++)
            {
                var onPage = numbered.Where(n => n.Finding.Page == p).ToList();
                var source = doc.GetPage(p);
                bool plain = source.Rotation.Value == 0 && source.MediaBox.Bounds.Left == 0 && source.MediaBox.Bounds.Bottom == 0;
                if (onPage.Count == 0 || !plain)
                {
                    // untouched, or a turned page: annotated in place, its index in the top-left corner
                    var copy = builder.AddPage(doc, p);
                    if (onPage.Count > 0) Draw(copy, copy.PageSize, onPage, font, inMargin: false);
                    continue;
                }
                // a wider page holding the original and, to its right, the margin with the index
                var page = builder.AddPage(source.Width + Margin, source.Height);
                page.CopyFrom(source);
                Draw(page, new PdfRectangle(0, 0, source.Width, source.Height), onPage, font, inMargin: true);
            }
            return builder.Build();
        }
    }

    private static void Draw(PdfPageBuilder page, PdfRectangle size, List<(Finding Finding, int Number)> onPage, PdfDocumentBuilder.AddedFont font, bool inMargin)
    {
        {
            {
                foreach (var (f, n) in onPage)
                {
                    var (r, g, b) = Colour(f.Severity);
                    page.SetStrokeColor(r, g, b);
                    page.SetTextAndFillColor(r, g, b);
                    if (f.Box is { } box)
                    {
                        page.DrawRectangle(new PdfPoint(box.Left, box.Bottom), box.Right - box.Left, box.Top - box.Bottom, 1.2);
                        page.AddText(n.ToString(CultureInfo.InvariantCulture), 7, new PdfPoint(box.Left + 1, box.Top + 1.5), font);
                    }
                }
                // the index, in the margin (or over a white box in the corner of a page that cannot be widened)
                double x = inMargin ? size.Right + 8 : size.Left + 6, y = size.Top - 24;
                if (!inMargin)
                {
                    page.SetTextAndFillColor(255, 255, 255);
                    page.DrawRectangle(new PdfPoint(x - 3, y - 10 * onPage.Count - 4), 110, 10 * onPage.Count + 18, 0.5, fill: true);
                }
                page.SetTextAndFillColor(0, 0, 0);
                page.AddText("Jixiao findings", 8, new PdfPoint(x, y), font);
                y -= 12;
                foreach (var (f, n) in onPage)
                {
                    if (y < size.Bottom + 12) break;
                    var (r, g, b) = Colour(f.Severity);
                    page.SetTextAndFillColor(r, g, b);
                    page.AddText($"{n}  {Letter(f.Severity)}  {f.RuleId}", 7, new PdfPoint(x, y), font);
                    y -= 10;
                }
                page.ResetColor();
            }
        }
    }

    /// <summary>The findings with a page, numbered from 1 in page order and top-down on a page (the text output's numbers too).</summary>
    public static List<(Finding Finding, int Number)> Number(IReadOnlyList<Finding> findings) =>
        findings.Where(f => f.Page is not null)
            .OrderBy(f => f.Page)
            .ThenByDescending(f => f.Box?.Top ?? double.MaxValue)
            .ThenBy(f => f.Box?.Left ?? 0)
            .Select((f, i) => (f, i + 1))
            .ToList();

    private static (byte, byte, byte) Colour(Severity s) => s switch
    {
        Severity.Error => ((byte)220, (byte)20, (byte)20),
        Severity.Warning => ((byte)235, (byte)140, (byte)0),
        _ => ((byte)30, (byte)100, (byte)220),
    };

    private static string Letter(Severity s) => s switch { Severity.Error => "E", Severity.Warning => "W", _ => "I" };
}
