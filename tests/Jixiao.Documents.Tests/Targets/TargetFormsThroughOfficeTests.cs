using System.Text;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Documents.Tests.Sources;
using Jixiao.Documents.Text;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Targets;

/// <summary>
/// Jixiao's own target forms printed through LibreOffice (issue 11 acceptance): the forms of the two seeds — the Shanxi
/// 项目支出绩效目标申报表 of Xinzhou and the Hebei 绩效目标表 of Xinglong — written as a workbook by
/// <see cref="TargetFormXlsxWriter"/> and printed to PDF by LibreOffice Calc, or as a page by <see cref="TargetFormHtmlWriter"/>
/// and converted to DOCX by LibreOffice Writer — read back, and compared field by field with the
/// forms that were written: project, year, money stated and by source, goals, and every indicator (二级, name, and its
/// value as understood — kind, comparison, amount, range, deadline).
/// Texts are compared without spaces and in NFKC form, as the PDF text layer gives them (， as ,).
/// </summary>
public class TargetFormsThroughOfficeTests
{
    [Theory]
    [InlineData(SeedFiles.Xinzhou, 11, "pdf")]
    [InlineData(SeedFiles.Xinglong, 23, "pdf")]
    [InlineData(SeedFiles.Xinzhou, 11, "docx")]
    [InlineData(SeedFiles.Xinglong, 23, "docx")]
    public void Forms_printed_through_LibreOffice_read_back_field_for_field(string seed, int forms, string format)
    {
        var written = PublishedTextReader.Read(SeedFiles.Text(seed), seed).TargetForms;
        written.Count.ShouldBe(forms);
        var stem = Path.Combine(WrittenSeed.NewFolder(), Path.GetFileNameWithoutExtension(seed) + "-forms");
        string printed;
        if (format == "pdf")
        {
            TargetFormXlsxWriter.Write(written, stem + ".xlsx");
            printed = Office.Convert(stem + ".xlsx", "pdf", ".pdf");                      // the workbook printed by Calc
        }
        else
        {
            TargetFormHtmlWriter.Write(written, stem + ".html");
            printed = Office.Convert(stem + ".html", "docx:MS Word 2007 XML", ".docx");   // the page converted by Writer
        }

        var read = DocumentLoader.Load(printed, cancellationToken: TestContext.Current.CancellationToken).TargetForms;

        read.Count.ShouldBe(written.Count);
        int fields = 0;
        for (int i = 0; i < written.Count; i++)
        {
            var (w, r) = (written[i], read[i]);
            var where = $"form {i + 1} “{w.Project.Name}”";
            Same(r.Project.Name, w.Project.Name, where);
            r.Year.ShouldBe(w.Year, where);
            r.Declaration.AnnualFunds.StatedTotal.ShouldBe(w.Declaration.AnnualFunds.StatedTotal, where);
            r.Declaration.ImplementationFunds.StatedTotal.ShouldBe(w.Declaration.ImplementationFunds.StatedTotal, where);
            r.Declaration.AnnualFunds.Sources.ShouldBe(w.Declaration.AnnualFunds.Sources, where);
            Same(r.Declaration.AnnualGoal, w.Declaration.AnnualGoal, where);
            Same(r.Declaration.ImplementationGoal, w.Declaration.ImplementationGoal, where);
            fields += 7;
            foreach (var (rs, ws, half) in new[] { (r.Declaration.AnnualIndicators, w.Declaration.AnnualIndicators, "年度"), (r.Declaration.ImplementationIndicators, w.Declaration.ImplementationIndicators, "实施期") })
            {
                rs.Count.ShouldBe(ws.Count, $"{where} {half} indicators");
                for (int k = 0; k < ws.Count; k++)
                {
                    rs[k].Level2.ShouldBe(ws[k].Level2, $"{where} {half} {k + 1}");
                    Same(rs[k].Name, ws[k].Name, $"{where} {half} {k + 1}");
                    // the value as understood (the seed's “$\geq92\%$” is printed ≥92%): kind, comparison, amount, range, deadline
                    var (rv, wv) = (rs[k].Target, ws[k].Target);
                    var what = $"{where} {half} {k + 1} “{ws[k].Name}” {wv.Text}";
                    (rv.Kind, rv.Comparison, rv.Value, rv.Lower, rv.Upper, rv.Deadline, rv.Frequency)
                        .ShouldBe((wv.Kind, wv.Comparison, wv.Value, wv.Lower, wv.Upper, wv.Deadline, wv.Frequency), what);
                    fields += 3;
                }
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{seed}: {forms} forms, {fields} fields read back through {format}");
        fields.ShouldBeGreaterThan(forms * 10);
    }

    private static void Same(string? read, string? written, string where) =>
        Plain(read).ShouldBe(Plain(written), where);

    private static string Plain(string? s)
    {
        if (s is null) return "";
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormKC)) if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}
