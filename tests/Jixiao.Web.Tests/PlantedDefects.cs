using ClosedXML.Excel;
using Jixiao.Application.Demo;
using Jixiao.Application.Tables;
using System.Diagnostics;

namespace Jixiao.Web.Tests;

/// <summary>
/// A published PDF with two planted defects, made as a unit would make one: Jixiao's own tables of the demo budget
/// (万元) written as a workbook, two figures typed over in it — 表1's 本年收入合计 6,596.36 → 6,596.86 and 表3's
/// 2080501 行政单位离退休 基本支出 10.88 → 11.88 — and printed to PDF by LibreOffice. Each breaks a sum on its own
/// page: 表1 on page 1, 表3 on page 3. Made once per test run (LibreOffice takes seconds).
/// </summary>
public static class PlantedDefects
{
    private static readonly Lazy<string> Pdf = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string PdfPath => Pdf.Value;

    /// <summary>The first planted defect's page and the second's.</summary>
    public const int FirstPage = 1, SecondPage = 3;

    private static string Make()
    {
        string folder = Path.Combine(Path.GetTempPath(), "jixiao-planted-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        string package = Path.Combine(folder, "demo.json");
        File.WriteAllText(package, DemoFiles.Text(DemoFiles.Package));
        var sets = Jixiao.Tables.TableSets.Current;
        string xlsx = Path.Combine(folder, "兴隆县医疗保障局2021年单位预算公开.xlsx");
        DisclosureTables.Write(DisclosureTables.Load(package, sets.Get("H"), sets), Jixiao.Documents.OutputFormat.Xlsx, xlsx);
        using (var book = new XLWorkbook(xlsx))
        {
            Retype(book.Worksheet(1), "C6", 6596.36m, 6596.86m);
            Retype(book.Worksheet(3), "E9", 10.88m, 11.88m);
            book.Save();
        }
        return PrintToPdf(xlsx);
    }

    /// <summary>The workbook printed by LibreOffice (./test.sh installs it; a missing one fails the test that needs it).</summary>
    private static string PrintToPdf(string xlsx)
    {
        string folder = Path.GetDirectoryName(xlsx)!;
        var start = new ProcessStartInfo("libreoffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--convert-to", "pdf", "--outdir", folder, xlsx })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(3)).ShouldBeTrue("LibreOffice did not finish printing the tables in 3 minutes");
        string pdf = Path.ChangeExtension(xlsx, ".pdf");
        File.Exists(pdf).ShouldBeTrue($"LibreOffice did not print {xlsx}: {stderr.Result}");
        return pdf;
    }

    private static void Retype(IXLWorksheet sheet, string cell, decimal printed, decimal typed)
    {
        // the figure the demo budget gives there (so that a changed layout fails here, not as a missing finding)
        sheet.Cell(cell).GetValue<decimal>().ShouldBe(printed, $"{sheet.Name}!{cell}");
        sheet.Cell(cell).Value = typed;
    }
}
