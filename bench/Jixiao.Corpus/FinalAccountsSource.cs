using System.Globalization;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Tables;

namespace Jixiao.Corpus;

/// <summary>
/// A set F disclosure built from the independent list of the real Putuo 2024 final accounts
/// (<c>tests/corpus/real/putuo-2024-final-accounts.expected.tsv</c>: table, part, row, column, value, page), in its
/// order; a code row is named from the 2024 catalogs, a fixed row by its template; tables the list has no figure of are
/// printed empty. No budget renders set F, so this is the set's source.
/// </summary>
internal static class FinalAccountsSource
{
    public static string ListPath(string root) => Path.Combine(root, "tests", "corpus", "real", "putuo-2024-final-accounts.expected.tsv");

    public static Disclosure Build(string root)
    {
        var set = TableSets.Get("F");
        var year = new FiscalYear(2024);
        var catalogs = CatalogSet.For(year);
        var d = new Disclosure
        {
            Source = "putuo-2024-final-accounts.expected.tsv",
            Kind = DocumentKind.FinalAccounts,
            Set = set,
            UnitName = "上海市普陀区财政局",
            Year = year,
        };
        var lines = File.ReadAllLines(ListPath(root)).Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')).ToList();
        foreach (var template in set.Tables)
        {
            var table = new DisclosureTable(template, template.Title);
            foreach (var partTemplate in template.Parts)
            {
                var part = new DisclosurePart(partTemplate);
                foreach (var rowKey in lines.Where(l => l[0] == template.Id && l[1] == partTemplate.Key).Select(l => l[2]).Distinct())
                {
                    var values = new Figure?[partTemplate.Columns.Count];
                    for (int c = 0; c < values.Length; c++) values[c] = Figure.Printed(0m, 2);
                    foreach (var l in lines.Where(l => l[0] == template.Id && l[1] == partTemplate.Key && l[2] == rowKey))
                        values[partTemplate.ColumnIndex(l[3])] = Figure.Printed(decimal.Parse(l[4], CultureInfo.InvariantCulture), 2);
                    bool coded = rowKey.All(char.IsAsciiDigit);
                    part.Rows.Add(new DisclosureRow(rowKey, coded ? rowKey : null, Label(catalogs, partTemplate, rowKey), values));
                }
                table.Parts.Add(part);
            }
            d.Tables.Add(table);
        }
        return d;
    }

    private static string Label(CatalogSet catalogs, TablePart part, string key)
    {
        if (key == "total") return part.TotalLabel;
        if (part.FixedRow(key) is { } row) return row.Label;
        foreach (var c in new[] { catalogs.Functional, catalogs.DepartmentalEconomic, catalogs.GovernmentEconomic })
            if (c.TryGet(key, out var entry)) return entry.Name;
        return key;
    }
}
