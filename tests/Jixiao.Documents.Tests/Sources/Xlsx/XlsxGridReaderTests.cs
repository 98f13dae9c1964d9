using Jixiao.Documents.Sources.Xlsx;

namespace Jixiao.Documents.Tests.Sources.Xlsx;

public class XlsxGridReaderTests
{
    public class TheRoundTripOfJixiaosOwnWorkbook
    {
        [Theory]
        [InlineData("H")]
        [InlineData("S")]
        public void Reads_back_every_figure_of_the_rendered_tables(string set)
        {
            var path = RoundTrip.Written(set, ".xlsx");
            var read = DocumentLoader.Load(path);
            read.Set.Id.ShouldBe(set);
            RoundTrip.ShouldReadEveryFigure(RoundTrip.Rendered(set), read, $"set {set} XLSX");
        }
    }
}
