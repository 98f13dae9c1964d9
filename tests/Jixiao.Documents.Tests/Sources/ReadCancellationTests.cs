using Jixiao.Documents.Sources.Pdf;

namespace Jixiao.Documents.Tests.Sources;

/// <summary>
/// A read whose token is cancelled stops with <see cref="OperationCanceledException"/> — not a page said to be
/// unreadable, not a damaged file — so that the web application's time limit gives the reading thread back.
/// </summary>
public sealed class ReadCancellationTests
{
    private static CancellationToken Cancelled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        return source.Token;
    }

    [Fact]
    public void A_cancelled_PDF_read_stops_before_its_pages_and_says_nothing_of_them()
    {
        Should.Throw<OperationCanceledException>(() => PdfGridReader.Read(SeedFiles.Path(SeedFiles.Putuo), Cancelled()));
        Should.Throw<OperationCanceledException>(() => DocumentLoader.Load(SeedFiles.Path(SeedFiles.Putuo), cancellationToken: Cancelled()));
    }

    [Fact]
    public void A_cancelled_workbook_read_stops_and_is_not_taken_for_a_damaged_file()
    {
        // a published disclosure as a workbook: the demo's tables written by Jixiao
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-cancel-{Guid.NewGuid():N}.xlsx");
        var tables = Jixiao.Tables.TableRenderer.Render(Jixiao.Domain.Tests.Tables.XinglongBudget.Create(), Jixiao.Tables.TableSets.Get("H"), Jixiao.Tables.RenderPrecision.WanYuan);
        using (var stream = File.Create(path)) Jixiao.Documents.Xlsx.DisclosureXlsxWriter.Write(tables, stream);
        try
        {
            DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken).Tables.Count.ShouldBeGreaterThan(0);
            Should.Throw<OperationCanceledException>(() => DocumentLoader.Load(path, cancellationToken: Cancelled()));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Without_a_token_the_read_is_as_before()
    {
        DocumentLoader.Load(SeedFiles.Path(SeedFiles.Putuo), cancellationToken: TestContext.Current.CancellationToken).Tables.Count.ShouldBe(9);
    }
}
