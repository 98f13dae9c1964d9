using Jixiao.Documents.Evaluations.Rendering;
using Jixiao.Documents.Tests.Xlsx;

namespace Jixiao.Documents.Tests.Evaluations.Rendering;

/// <summary>
/// The self-evaluations' workbook as an office suite prints it: LibreOffice converts it to PDF and pdftotext reads it
/// back (both installed by ./test.sh; a missing tool fails the test). The expected texts are the seed's own.
/// </summary>
public class SelfEvaluationLibreOfficeTests
{
    [Fact]
    public void The_5_Jinzhong_evaluations_print_one_page_each_with_the_seed_fields()
    {
        var evaluations = DocumentLoader.Load(SeedFiles.Path(SeedFiles.Jinzhong), cancellationToken: TestContext.Current.CancellationToken).SelfEvaluations;
        var dir = Directory.CreateTempSubdirectory("jixiao-eval-lo-").FullName;
        try
        {
            var xlsx = Path.Combine(dir, "evaluations.xlsx");
            SelfEvaluationXlsxWriter.Write(evaluations, xlsx);
            var (text, pages) = LibreOfficePdfTests.Print(xlsx, dir);
            pages.ShouldBe(5);
            text.ShouldNotContain("###");
            // first form (seed lines 2–78) and the second's 实际支出资金 14.50
            foreach (var printed in new[] { "晋中市财政支出项目绩效自评表", "城乡居民基本医疗保险2021年市级财政补助", "12920.21", "12579.31",
                         "2501278人", "2455592", "资金到位率", "2.92", "94.92", "牛建军", "14.50", "99.42" })
                text.ShouldContain(printed);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
