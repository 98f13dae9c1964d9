using Jixiao.Documents.Tests.Xlsx;

namespace Jixiao.Documents.Tests.Sources;

/// <summary>LibreOffice converting a file in a test (installed by <c>./test.sh</c>; a missing LibreOffice fails the test).</summary>
internal static class Office
{
    /// <summary><paramref name="input"/> converted by LibreOffice with <paramref name="filter"/> (<c>pdf</c>, <c>docx:"MS Word 2007 XML"</c> …) into a new folder.</summary>
    public static string Convert(string input, string filter, string extension)
    {
        var libreOffice = LibreOfficePdfTests.Require("libreoffice");
        var outDir = WrittenSeed.NewFolder();
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            LibreOfficePdfTests.Run(libreOffice, ["--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", filter, "--outdir", outDir, input]);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { }
        }
        var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + extension);
        File.Exists(output).ShouldBeTrue($"LibreOffice did not write {output}");
        return output;
    }
}
