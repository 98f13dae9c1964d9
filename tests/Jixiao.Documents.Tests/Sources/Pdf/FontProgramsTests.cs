using Jixiao.Documents.Sources.Pdf;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Tests.Sources.Pdf;

/// <summary>
/// Leaving out the embedded font programs (<see cref="FontPrograms"/>) must not change a letter the reader uses: every
/// PDF of the corpus (the two real ones, LibreOffice's and ONLYOFFICE's exports, with and without ruling lines) is read
/// both ways and compared letter by letter — character, baseline and point size.
/// </summary>
public class FontProgramsTests
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public static TheoryData<string> Pdfs()
    {
        var root = Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus");
        var files = Directory.GetFiles(Path.Combine(root, "real"), "*.pdf")
            .Concat(Directory.GetFiles(Path.Combine(root, "generated"), "*.pdf").Order(StringComparer.Ordinal).Where((_, i) => i % 5 == 0));
        return [.. files.Select(f => Path.GetRelativePath(root, f))];
    }

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Leaving_out_the_font_programs_reads_the_same_letters(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", file));
        using var full = PdfDocument.Open(bytes, Options);
        int programs = FontPrograms.Unneeded(full);
        programs.ShouldBeGreaterThan(0, "every corpus PDF's fonts carry /ToUnicode and widths: the fast path applies");
        FontPrograms.Count(bytes).ShouldBe(programs);
        using var lean = PdfDocument.Open(FontPrograms.Hidden(bytes), Options);
        FontPrograms.Unneeded(lean).ShouldBe(0);

        int letters = 0;
        for (int p = 1; p <= full.NumberOfPages; p++)
        {
            var a = full.GetPage(p).Letters;
            var b = lean.GetPage(p).Letters;
            b.Count.ShouldBe(a.Count, $"page {p}");
            for (int i = 0; i < a.Count; i++)
            {
                b[i].Value.ShouldBe(a[i].Value, $"page {p}, letter {i}");
                b[i].StartBaseLine.X.ShouldBe(a[i].StartBaseLine.X, 0.001, $"page {p}, letter {i} “{a[i].Value}”");
                b[i].StartBaseLine.Y.ShouldBe(a[i].StartBaseLine.Y, 0.001);
                b[i].EndBaseLine.X.ShouldBe(a[i].EndBaseLine.X, 0.001, $"page {p}, letter {i} “{a[i].Value}” width");
                b[i].PointSize.ShouldBe(a[i].PointSize, 0.001);
            }
            letters += a.Count;
        }
        letters.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void A_file_whose_font_lacks_its_ToUnicode_map_keeps_its_programs()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "real", "putuo-2024-final-accounts.pdf"));
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        int at = text.IndexOf("/ToUnicode", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        bytes[at + 1] = (byte)'X'; // one Type0 font now has no map: its program decides its characters

        using var doc = PdfDocument.Open(bytes, Options);

        FontPrograms.Unneeded(doc).ShouldBe(-1);
    }
}
