using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Domain.Tests.Rules;

/// <summary>Builds small disclosures by hand for rule tests: figures are printed 万元 with two decimals.</summary>
internal static class DisclosureBuilder
{
    public static Disclosure New(string set = "H", int? year = 2021) =>
        new() { Source = "test", Set = TableSets.Get(set), Year = year is null ? null : new FiscalYear(year.Value) };

    /// <summary>Adds table <paramref name="id"/> with every part of its template; rows go to the part named by <see cref="PartRows"/>.</summary>
    public static DisclosureTable AddTable(this Disclosure d, string id, params PartRows[] parts)
    {
        var template = d.Set.Table(id) ?? throw new ArgumentException(id);
        var table = new DisclosureTable(template, template.Title) { Line = template.Number * 100 };
        foreach (var p in template.Parts)
        {
            var part = new DisclosurePart(p);
            foreach (var rows in parts.Where(x => x.Part == p.Key))
                foreach (var r in rows.Rows) part.Rows.Add(Pad(r, p.Columns.Count));
            table.Parts.Add(part);
        }
        d.Tables.Add(table);
        return table;
    }

    public static PartRows MainPart(params DisclosureRow[] rows) => new("main", rows);

    public static PartRows Part(string key, params DisclosureRow[] rows) => new(key, rows);

    public static DisclosureRow Row(string key, string? code, string label, params decimal[] values) =>
        new(key, code, label, values.Select(v => (Figure?)Figure.Printed(v, 2)).ToArray()) { Line = 1 };

    /// <summary>A coded row keyed by its code.</summary>
    public static DisclosureRow Coded(string code, string label, params decimal[] values) => Row(code, code, label, values);

    public static RuleResults Run(this IDisclosureRule rule, Disclosure d)
    {
        var results = new RuleResults();
        rule.Check(d, results);
        return results;
    }

    public static IReadOnlyList<Finding> Of(this RuleResults results, string ruleId, Severity? severity = null) =>
        results.Findings.Where(f => f.RuleId == ruleId && (severity is null || f.Severity == severity)).ToList();

    private static DisclosureRow Pad(DisclosureRow r, int n)
    {
        if (r.Values.Length == n) return r;
        var values = new Figure?[n];
        for (int i = 0; i < n; i++) values[i] = i < r.Values.Length ? r.Values[i] : Figure.Printed(0m, 2);
        return new DisclosureRow(r.Key, r.Code, r.Label, values)
        {
            Line = r.Line, CodePrinted = r.CodePrinted, GovernmentLabel = r.GovernmentLabel, GovernmentCode = r.GovernmentCode,
        };
    }

    public sealed record PartRows(string Part, IReadOnlyList<DisclosureRow> Rows);
}
