using Jixiao.Disclosures;
using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Documents.Tests.Import;

/// <summary>A published figure or name known to be wrong: table, part, row, column (null for the row's name), as printed, as right.</summary>
internal sealed record KnownDefect(string Table, string Part, string Row, string? Column, string Published, string Right);

/// <summary>
/// Compares every figure (and every coded row's name) of a published disclosure with a rendered one, table by table,
/// row by row (by key; project and unit rows by name), except the listed defects, which must show as listed.
/// </summary>
internal static class FigureComparison
{
    public sealed record Outcome(IReadOnlyList<string> Mismatches, int Compared, int DefectsSeen);

    public static Outcome Compare(Disclosure published, Disclosure rendered, IReadOnlyList<KnownDefect> defects)
    {
        var mismatches = new List<string>();
        int compared = 0, defectsSeen = 0;
        foreach (var pt in published.Tables)
        {
            var rt = rendered.Table(pt.Template.Id);
            if (rt is null) { mismatches.Add($"{pt.Template.Id}: not rendered"); continue; }
            foreach (var pp in pt.Parts)
            {
                var rp = rt.Part(pp.Template.Key)!;
                string where = $"{pt.Template.Id}/{pp.Template.Key}";
                bool byName = pp.Template.RowSource is RowSourceKind.Projects or RowSourceKind.Units;
                DisclosureRow? Match(DisclosurePart part, DisclosureRow row) => byName && row.Key != "total"
                    ? part.Rows.FirstOrDefault(r => r.Key != "total" && Names.Normalize(r.Label) == Names.Normalize(row.Label))
                    : part.Row(row.Key);

                foreach (var prow in pp.Rows)
                {
                    var rrow = Match(rp, prow);
                    for (int c = 0; c < prow.Values.Length; c++)
                    {
                        if (!pp.ColumnPresent[c]) continue;
                        var col = pp.Template.Columns[c].Key;
                        if (prow.Values[c] is not { } pv) { mismatches.Add($"{where} {prow.Key} {col}: unreadable published cell"); continue; }
                        decimal rv = rrow?.Values[c]?.Value ?? 0m; // a published row of zeros we do not print
                        compared++;
                        var defect = defects.SingleOrDefault(d => d.Table == pt.Template.Id && d.Part == pp.Template.Key && d.Row == prow.Key && d.Column == col);
                        if (defect is not null)
                        {
                            defectsSeen++;
                            if (pv.Value != decimal.Parse(defect.Published, System.Globalization.CultureInfo.InvariantCulture) || rv != decimal.Parse(defect.Right, System.Globalization.CultureInfo.InvariantCulture))
                                mismatches.Add($"{where} {prow.Key} {col}: defect expected published {defect.Published} / right {defect.Right}, got {pv.Value} / {rv}");
                        }
                        else if (pv.Value != rv) mismatches.Add($"{where} {prow.Key} {col}: published {pv.Value}, rendered {rv}");
                    }
                    if (rrow is null || prow.Code is null) continue;
                    var label = defects.SingleOrDefault(d => d.Table == pt.Template.Id && d.Part == pp.Template.Key && d.Row == prow.Key && d.Column is null);
                    if (label is not null)
                    {
                        defectsSeen++;
                        if (prow.Label != label.Published || rrow.Label != label.Right)
                            mismatches.Add($"{where} {prow.Key}: name defect expected “{label.Published}” → “{label.Right}”, got “{prow.Label}” / “{rrow.Label}”");
                    }
                    else if (Names.Normalize(prow.Label) != Names.Normalize(rrow.Label))
                        mismatches.Add($"{where} {prow.Key}: published name “{prow.Label}”, rendered “{rrow.Label}”");
                }
                foreach (var rrow in rp.Rows)
                    if (Match(pp, rrow) is null && rrow.Values.Any(v => v is { Value: not 0m }))
                        mismatches.Add($"{where} {rrow.Key} {rrow.Label}: rendered but not published");
            }
        }
        return new Outcome(mismatches, compared, defectsSeen);
    }
}
