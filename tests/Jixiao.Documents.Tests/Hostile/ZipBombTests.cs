using System.IO.Compression;
using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Hostile;

/// <summary>
/// A workbook that inflates far beyond its size (issue 11, point 9) is refused from the sizes its zip directory declares,
/// before ClosedXML inflates anything (<see cref="ReadLimits"/>). The bombs are made in memory by the test.
/// </summary>
public class ZipBombTests
{
    private static MemoryStream Zip(int zeroMiB)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) w.Write("<Types/>");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1 << 20];
            for (int i = 0; i < zeroMiB; i++) sheet.Write(zeros);
        }
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void A_part_compressed_more_than_100_to_1_is_refused_before_it_is_inflated()
    {
        using var bomb = Zip(20); // 20 MiB of zeros: within 200 MiB, but about 1000 : 1

        var e = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(bomb, "bomb.xlsx"));

        e.Message.ShouldStartWith("bomb.xlsx：无法导入：其中的“xl/worksheets/sheet1.xml”压缩比超过 100:1");
        e.Message.ShouldContain("疑为压缩炸弹");
        e.Message.ShouldContain(ReadLimits.RatioVariable);
    }

    [Fact]
    public void A_workbook_inflating_beyond_200_MiB_is_refused()
    {
        using var bomb = Zip(201);
        bomb.Length.ShouldBeLessThan(3L << 20);

        ReadLimits.ZipBomb(bomb).ShouldBe("解压后超过 200 MiB（疑为压缩炸弹），未打开；如确需读取，可设置环境变量 JIXIAO_MAX_XLSX_MB（单位 MiB）");
        bomb.Position.ShouldBe(0);
    }

    [Fact]
    public void A_real_workbook_passes()
    {
        using var stream = new MemoryStream();
        BudgetWorkbookTemplate.Write(stream, new Jixiao.Codes.FiscalYear(2023));
        stream.Position = 0;

        ReadLimits.ZipBomb(stream).ShouldBeNull();
    }
}
