using Jixiao.Disclosures;
using Jixiao.Documents.Html;
using Jixiao.Documents.Xlsx;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Tables;

namespace Jixiao.Documents.Tests.Sources;

/// <summary>
/// Round trips of Jixiao's own renderings: the Xinglong budget rendered as set H and set S (the expected figures),
/// written by the XLSX and HTML writers, read back through a source; every figure compared cell by cell.
/// </summary>
internal static class RoundTrip
{
    private static readonly Lazy<Disclosure> H = new(() => TableRenderer.Render(XinglongBudget.Create(), TableSets.Get("H"), RenderPrecision.WanYuan));
    private static readonly Lazy<Disclosure> S = new(() => TableRenderer.Render(XinglongBudget.Create(), TableSets.Get("S"), RenderPrecision.WanYuan));

    /// <summary>The rendered disclosure of set <paramref name="set"/> (H or S): the expected figures.</summary>
    public static Disclosure Rendered(string set) => set == "S" ? S.Value : H.Value;

    /// <summary>Set <paramref name="set"/> written as <paramref name="extension"/> (.xlsx or .html) into a new folder.</summary>
    public static string Written(string set, string extension)
    {
        var path = Path.Combine(WrittenSeed.NewFolder(), $"xinglong-2021-set{set}{extension}");
        if (extension == ".xlsx") DisclosureXlsxWriter.Write(Rendered(set), path);
        else DisclosureHtmlWriter.Write(Rendered(set), path);
        return path;
    }

    /// <summary>
    /// Every figure of <paramref name="expected"/> looked up in <paramref name="read"/> by table, part, row key and
    /// column: how many there are, and each one that is missing or differs.
    /// </summary>
    public static (int Figures, List<string> Wrong) Compare(Disclosure expected, Disclosure read)
    {
        var wrong = new List<string>();
        int figures = 0;
        foreach (var et in expected.Tables)
        {
            var rt = read.Table(et.Template.Id);
            foreach (var ep in et.Parts)
            {
                var rp = rt?.Part(ep.Template.Key);
                foreach (var er in ep.Rows)
                {
                    // A table that prints names only (set S 表11, 表12) is keyed by name when read.
                    var rr = rp?.Row(er.Key) ?? rp?.Rows.FirstOrDefault(r => Jixiao.Text.Names.Normalize(r.Label) == Jixiao.Text.Names.Normalize(er.Label));
                    for (int c = 0; c < er.Values.Length; c++)
                    {
                        if (er.Values[c] is not { } value) continue;
                        figures++;
                        var where = $"{et.Template.Id}/{ep.Template.Key} {er.Key} {ep.Template.Columns[c].Key}";
                        if (rt is null) wrong.Add($"{where}: table not read");
                        else if (rr is null) wrong.Add($"{where}: row not read");
                        else if (rr.Values.Length <= c || rr.Values[c] is not { } got) wrong.Add($"{where}: unreadable ({(rr.RawValues.Length > c ? rr.RawValues[c] : "")})");
                        else if (got.Value != value.Value) wrong.Add($"{where}: rendered {value.Value}, read {got.Value}");
                    }
                }
            }
        }
        return (figures, wrong);
    }

    /// <summary>Asserts that every figure was read right, writing the count to the test output.</summary>
    public static void ShouldReadEveryFigure(Disclosure expected, Disclosure read, string what)
    {
        var (figures, wrong) = Compare(expected, read);
        TestContext.Current.TestOutputHelper?.WriteLine($"{what}: {figures - wrong.Count}/{figures} figures read right");
        read.Tables.Select(t => t.Template.Id).ShouldBe(expected.Tables.Select(t => t.Template.Id), what);
        wrong.ShouldBeEmpty(what);
        figures.ShouldBeGreaterThan(100);
    }

    /// <summary>
    /// Asserts that no figure of a table that was read is wrong — a table not found at all is counted, not failed —
    /// and returns the tables found; for sources that lose some tables (see the callers).
    /// </summary>
    public static IReadOnlyList<string> ShouldReadNoFigureWrong(Disclosure expected, Disclosure read, string what)
    {
        var (figures, wrong) = Compare(expected, read);
        var found = read.Tables.Select(t => t.Template.Id).ToList();
        var missing = wrong.Where(w => w.EndsWith(": table not read", StringComparison.Ordinal)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{what}: {figures - wrong.Count}/{figures} figures read right; tables read: {string.Join(" ", found)}");
        wrong.Except(missing).ShouldBeEmpty(what);
        return found;
    }
}
