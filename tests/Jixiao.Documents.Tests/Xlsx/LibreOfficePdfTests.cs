using System.Diagnostics;
using System.Text;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>
/// The workbook as an office suite prints it: LibreOffice converts it to PDF, poppler's pdftotext reads the PDF back.
/// Both must be installed (<c>./test.sh</c> installs libreoffice-calc, poppler-utils and fonts-wqy-microhei); a
/// missing tool fails the test rather than skipping it.
/// </summary>
public class LibreOfficePdfTests
{
    private static readonly Lazy<(string Text, int Pages)> Pdf = new(ConvertSeed);

    public class TheWorkbookPrintedByLibreOffice
    {
        [Theory]
        [InlineData("6,596.36")]
        [InlineData("298.30")]
        [InlineData("6,298.06")]
        [InlineData("100.45")]
        [InlineData("3,450.00")]
        [InlineData("2.50")]
        public void Shows_the_figures_formatted(string figure) => Pdf.Value.Text.ShouldContain(figure);

        [Theory]
        [InlineData("单位预算收支总表")]
        [InlineData("单位预算一般公共预算财政拨款基本支出表")]
        [InlineData("362001兴隆县医疗保障局本级")]
        [InlineData("行政单位医疗")]
        [InlineData("注：无政府基金预算，空表列示。")]
        public void Shows_the_Chinese_text(string text) => Pdf.Value.Text.ShouldContain(text);

        [Fact]
        public void Shows_no_cell_too_narrow_for_its_number() => Pdf.Value.Text.ShouldNotContain("###");

        [Fact]
        public void Prints_each_table_on_its_own_page_one_page_wide() => Pdf.Value.Pages.ShouldBe(9);
    }

    private static (string Text, int Pages) ConvertSeed() => Print(WrittenSeed.XlsxPath, WrittenSeed.NewFolder());

    /// <summary>
    /// <paramref name="xlsx"/> printed by LibreOffice to a PDF in <paramref name="outDir"/> and read back by pdftotext:
    /// its text and the number of pages that print something. Used by every print test.
    /// </summary>
    internal static (string Text, int Pages) Print(string xlsx, string outDir)
    {
        var libreOffice = Require("libreoffice");
        var pdfToText = Require("pdftotext");
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run(libreOffice, ["--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", outDir, xlsx]);
            var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(xlsx) + ".pdf");
            File.Exists(pdf).ShouldBeTrue($"LibreOffice did not write {pdf}");
            var text = Run(pdfToText, ["-layout", "-enc", "UTF-8", pdf, "-"]);
            return (text, text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Count(p => p.Trim().Length > 0));
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { }
        }
    }

    internal static string Require(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            $"“{tool}” is not on PATH: this test prints the workbook with LibreOffice and reads the PDF with poppler-utils. " +
            "Run ./test.sh, which installs libreoffice-calc, poppler-utils and fonts-wqy-microhei (or install them with apt-get).");
    }

    internal static string Run(string file, string[] args)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within 3 minutes");
        }
        process.ExitCode.ShouldBe(0, $"{file} {string.Join(' ', args)} failed: {stderr.Result}");
        return stdout.Result;
    }
}
