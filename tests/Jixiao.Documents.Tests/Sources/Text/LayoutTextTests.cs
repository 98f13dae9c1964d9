using System.Globalization;
using Jixiao.Disclosures;
using Jixiao.Documents.Sources.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Sources.Text;

/// <summary>
/// A text laid out in columns of characters (<c>pdftotext -layout</c> of the Putuo 决算): its tables are found by where
/// the characters stand, and since those columns are inferred, nothing it misreads becomes an error.
/// </summary>
public class LayoutTextTests
{
    private static string LayoutText => Path.ChangeExtension(SeedFiles.Path(SeedFiles.Putuo), ".layout.txt");

    [Fact]
    public void Is_told_from_a_tab_separated_or_cell_per_line_text()
    {
        LayoutTextGridReader.IsLayout(File.ReadAllText(LayoutText)).ShouldBeTrue();
        LayoutTextGridReader.IsLayout(SeedFiles.Text(SeedFiles.Xinglong)).ShouldBeFalse();
        LayoutTextGridReader.IsLayout(SeedFiles.Text(SeedFiles.Jinzhong)).ShouldBeFalse();
    }

    [Fact]
    public void Finds_the_nine_tables_and_reads_figures_without_a_false_error()
    {
        var d = DocumentLoader.Load(LayoutText, cancellationToken: TestContext.Current.CancellationToken);
        d.Kind.ShouldBe(DocumentKind.FinalAccounts);
        d.Tables.Select(t => t.Template.Id).ShouldBe(["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"]);

        // the figures read are compared with the independent list of the PDF's figures
        int right = 0;
        foreach (var line in File.ReadAllLines(Path.ChangeExtension(SeedFiles.Path(SeedFiles.Putuo), ".expected.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            var part = d.Table(f[0])?.Part(f[1]);
            int c = part?.Template.ColumnIndex(f[3]) ?? -1;
            if (part?.Row(f[2]) is { } row && c >= 0 && row.Values[c]?.Value == decimal.Parse(f[4], CultureInfo.InvariantCulture)) right++;
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"pdftotext -layout of Putuo: {right}/195 figures read right");
        right.ShouldBeGreaterThanOrEqualTo(60);

        // whatever the columns inferred misplace is a warning to verify; the one error is the text's real one (71.73 %)
        var errors = new Checker().Check(d).Findings.Where(x => x.Severity == Severity.Error).ToList();
        errors.ShouldAllBe(e => e.RuleId == "TXT-PCT-01");
    }
}
