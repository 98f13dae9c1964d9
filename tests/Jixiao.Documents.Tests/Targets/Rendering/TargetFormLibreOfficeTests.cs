using Jixiao.Documents.Targets.Rendering;
using Jixiao.Documents.Tests.Xlsx;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Targets.Rendering;

/// <summary>
/// The forms' workbook as an office suite prints it: LibreOffice converts it to PDF and pdftotext reads it back (both
/// installed by ./test.sh; a missing tool fails the test). The expected texts are the seeds' own.
/// </summary>
public class TargetFormLibreOfficeTests
{
    private static readonly Lazy<(string Text, int Pages)> Xinzhou = new(() => Print(RenderedSeeds.XinzhouForms.Value));
    private static readonly Lazy<(string Text, int Pages)> Xinglong = new(() => Print(RenderedSeeds.XinglongForms.Value));

    [Fact]
    public void The_11_Xinzhou_forms_print_one_page_each_with_the_seed_fields()
    {
        var (text, pages) = Xinzhou.Value;
        pages.ShouldBe(11);
        text.ShouldNotContain("###");
        // 离休干部业务经办费 (seed lines 68–99)
        foreach (var printed in new[] { "项目支出绩效目标申报表", "离休干部业务经办费", "303-忻州市医疗保障局", "忻州市医疗保险服务中心", "150,000",
                     "离休干部业务经办成本", "≤16万元", "参保对象满意度", "≥92%", "苏媛渊", "3032798", "20211207171140" })
            text.ShouldContain(printed);
    }

    [Fact]
    public void The_23_Xinglong_forms_print_one_page_each_with_code_money_and_plan()
    {
        var (text, pages) = Xinglong.Value;
        pages.ShouldBe(23);
        text.ShouldNotContain("###");
        // form 12 (seed lines 3160–3200): 13082221KPMIQHAGCZE4A, 预算数 41.32, plan 25.00% … 100.00%
        foreach (var printed in new[] { "12.代缴村级连接医保系统费用绩效目标表", "13082221KPMIQHAGCZE4A", "41.32", "25.00%", "100.00%", "使全县283个村卫生室网络全覆盖" })
            text.ShouldContain(printed);
    }

    private static (string Text, int Pages) Print(IReadOnlyList<TargetForm> forms)
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-forms-lo-").FullName;
        try
        {
            var xlsx = Path.Combine(dir, "forms.xlsx");
            TargetFormXlsxWriter.Write(forms, xlsx);
            return LibreOfficePdfTests.Print(xlsx, dir);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
