namespace Jixiao.Documents.Tests.Sources.Pdf;

/// <summary>PDFs the fuzz found that would end the process inside PdfPig: refused as read errors naming the file.</summary>
public class HostilePdfTests
{
    [Fact]
    public void A_font_whose_composite_glyphs_refer_to_themselves_is_found_by_the_guard_and_never_parsed()
    {
        var path = Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "hostile", "font-composite-loop.pdf");
        var bytes = File.ReadAllBytes(path);
        using (var doc = UglyToad.PdfPig.PdfDocument.Open(bytes, new UglyToad.PdfPig.ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true }))
            Jixiao.Documents.Sources.Pdf.EmbeddedFonts.Damaged(doc, bytes).ShouldNotBeNull().ShouldContain("组合字形互相引用");

        // its fonts carry their /ToUnicode maps and widths: it is read without the programs, the looping one never parsed
        var read = DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken);

        read.Tables.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_looping_font_in_a_file_whose_cross_reference_table_lists_nothing_is_found_and_refused()
    {
        // fuzz case 56689: the table is damaged, PdfPig finds the objects again by scanning when it reads a page
        var path = Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "hostile", "font-loop-damaged-xref.pdf");

        var e = Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path));

        e.Message.ShouldStartWith(path + "：");
        e.Message.ShouldContain("组合字形互相引用");
    }

    [Fact]
    public void A_font_with_offsets_past_its_end_is_read_or_refused_without_an_unexpected_exception()
    {
        var path = Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "hostile", "font-bad-offsets.pdf");
        try
        {
            DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (DocumentReadException e)
        {
            e.Message.ShouldStartWith(path + "：");
        }
    }

    [Fact]
    public void The_guard_passes_the_real_documents()
    {
        // the real PDFs, whose fonts are sound, are read as before
        DocumentLoader.Load(SeedFiles.Path(SeedFiles.Putuo), cancellationToken: TestContext.Current.CancellationToken).Tables.Count.ShouldBe(9);
        DocumentLoader.Load(SeedFiles.Path(SeedFiles.FinalAccountsTemplate), cancellationToken: TestContext.Current.CancellationToken).Tables.Count.ShouldBe(9);
    }
}
