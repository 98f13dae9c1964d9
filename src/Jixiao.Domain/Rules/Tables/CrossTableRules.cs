using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Tables;

namespace Jixiao.Rules.Tables;

/// <summary>
/// The equalities between tables of a set (tables.md, 勾稽关系 “Between tables”, and the balance 收入总计 = 支出总计),
/// read from the set's <see cref="TableSet.Relations"/>: cell to cell, or row by row matched by code.
/// A relation whose tables are absent is not applicable; one whose condition (<c>when</c>) does not hold, or that holds
/// for units of other natures than the disclosure is known to show (<c>natures</c>), is skipped.
/// </summary>
public sealed class CrossTableRules(TableSet set) : IDisclosureRule
{
    public IReadOnlyList<RuleInfo> Rules { get; } = set.Relations
        .GroupBy(r => r.RuleId)
        .Select(g => new RuleInfo(g.Key, g.First().Severity, g.Key.StartsWith("TBL-BAL", StringComparison.Ordinal) ? g.First().Title : g.First().Title, g.First().Source))
        .ToArray();

    public void Check(Disclosure disclosure, RuleResults results)
    {
        foreach (var r in Rules) results.Touch(r.Id);
        foreach (var rel in set.Relations) Check(disclosure, rel, results);
    }

    private static void Check(Disclosure d, CrossTableRelation rel, RuleResults results)
    {
        if (rel.Natures is { } natures && d.UnitNatures is { } present && present.Any(n => !natures.Contains(n))) return; // not for these units
        var a = Resolve(d, rel.A);
        var b = Resolve(d, rel.B);
        if (a is null || b is null) return; // a table is absent: not applicable
        if (a.Table.Unparsed || b.Table.Unparsed)
        {
            results.ParseError(rel.RuleId);
            return;
        }
        if (rel.When is { } when)
        {
            var wa = Resolve(d, when.A);
            var wb = Resolve(d, when.B);
            if (wa is null || wb is null) return;
            var fa = Single(wa);
            var fb = Single(wb);
            if (fa is null || fb is null) { results.Insufficient(rel.RuleId); return; }
            if (FigureComparison.Compare(fa.Value, fb.Value) == Consistency.Inconsistent) return;
        }

        var pairs = a.SingleRow is not null || b.SingleRow is not null
            ? [(a.SingleRow ?? b.SingleRow!, b.SingleRow ?? a.SingleRow!)]
            : a.Rows.Keys.Union(b.Rows.Keys).OrderBy(k => k, StringComparer.Ordinal).Select(k => (k, k)).ToList();
        foreach (var (keyA, keyB) in pairs)
        {
            bool mixed = a.Table.Unit != b.Table.Unit;
            var (fa, rowA) = a.Get(keyA, mixed);
            var (fb, rowB) = b.Get(keyB, mixed);
            if (fa is null || fb is null)
            {
                results.Insufficient(rel.RuleId);
                continue;
            }
            if (fa.Value.Value == 0m && fb.Value.Value == 0m && (rowA is null || !rowA.Printed) && (rowB is null || !rowB.Printed)) continue;
            if (FigureCheck.Agrees(results, rel.RuleId, fa.Value, fb.Value)) continue;
            var rowName = rowA is not null ? TableSumRules.RowName(rowA) : rowB is not null ? TableSumRules.RowName(rowB) : keyA;
            FigureCheck.Compare(results, rel.RuleId, rel.Severity,
                a.Table.Subject,
                $"行“{rowName}”，列“{a.ColumnLabel}” ↔ 表{b.Table.Template.Number}“{b.ColumnLabel}”",
                $"{rel.Title}（{rowName}）", fa.Value, fb.Value, $"表{b.Table.Template.Number} {b.Table.Template.Title}", rowA?.Line ?? rowB?.Line ?? 0,
                rowA is not null
                    ? new FindingCell(a.Table.Template.Id, a.Part.Template.Key, rowA.Key, a.Part.Template.Columns[a.Column].Key)
                    : rowB is not null ? new FindingCell(b.Table.Template.Id, b.Part.Template.Key, rowB.Key, b.Part.Template.Columns[b.Column].Key) : null,
                [new FindingCell(a.Table.Template.Id, a.Part.Template.Key, keyA, a.Part.Template.Columns[a.Column].Key),
                 new FindingCell(b.Table.Template.Id, b.Part.Template.Key, keyB, b.Part.Template.Columns[b.Column].Key)]);
        }
    }

    private static Figure? Single(Resolved r)
    {
        var key = r.SingleRow ?? r.Rows.Keys.FirstOrDefault();
        return key is null ? null : r.Get(key).Figure;
    }

    private static Resolved? Resolve(Disclosure d, CellRef cell)
    {
        var table = d.Table(cell.Table);
        var part = table?.Part(cell.Part);
        if (table is null || part is null) return null;
        int col = part.Template.ColumnIndex(cell.Column);
        if (col < 0 || !part.ColumnPresent[col]) return null;
        var zero = table.Exact ? Figure.Exact(0m) : Figure.Printed(0m, 2);
        var rows = new Dictionary<string, DisclosureRow>(StringComparer.Ordinal);
        if (cell.Row is null)
        {
            foreach (var r in part.Rows)
            {
                if (r.Code is null) continue;
                bool take = cell.Rows switch
                {
                    "classes" => part.Template.RowSource == RowSourceKind.Classes || r.Code.Length == 3,
                    _ => true,
                };
                if (take) rows.TryAdd(r.Code, r);
            }
        }
        else if (part.Row(cell.Row) is { } row) rows[cell.Row] = row;
        else if (cell.Row == "total" && part.Template.RowSource is RowSourceKind.Functional or RowSourceKind.Economic && SumOfTop(part) is { } sum)
            rows[cell.Row] = sum; // a table printed without its 合计 row: its total is the sum of its 类, not 0
        else if (part.Template.RowSource is RowSourceKind.Fixed && part.Template.FixedRow(cell.Row) is null) return null;
        else if (part.Template.RowSource is not (RowSourceKind.Functional or RowSourceKind.Economic) && part.Template.FixedRow(cell.Row) is not null
                 && !char.IsAsciiDigit(cell.Row[0]))
            return null; // a fixed row this document does not print
        return new Resolved(table, part, col, part.Template.Columns[col].LabelFor(d.Year?.Value), rows, cell.Row, zero);
    }

    // The 合计 a catalog part does not print: the sum of its top-level coded rows, column by column (unknown where a row's figure is).
    private static DisclosureRow? SumOfTop(DisclosurePart part)
    {
        var tops = part.TopRows();
        if (tops.Count == 0) return null;
        var values = new Figure?[part.Template.Columns.Count];
        for (int c = 0; c < values.Length; c++)
            values[c] = tops.Any(r => r.Values[c] is null) ? null : FigureComparison.Sum(tops.Select(r => r.Values[c]!.Value));
        return new DisclosureRow("total", null, "合计（各类之和，表中未列合计行）", values) { Printed = false, Line = tops[0].Line };
    }

    private sealed record Resolved(DisclosureTable Table, DisclosurePart Part, int Column, string ColumnLabel,
        Dictionary<string, DisclosureRow> Rows, string? SingleRow, Figure Zero)
    {
        public (Figure? Figure, DisclosureRow? Row) Get(string key) =>
            Rows.TryGetValue(key, out var r) ? (r.Values[Column], r) : (Zero, null);

        // Two tables printed in different units (元 beside 万元, 千元) are compared in 万元.
        public (Figure? Figure, DisclosureRow? Row) Get(string key, bool inWanYuan) =>
            Get(key) is var (f, r) && inWanYuan ? (InWanYuan(f, Table.Unit), r) : Get(key);

        private static Figure? InWanYuan(Figure? f, string unit) => f is not { } v ? null : unit switch
        {
            "元" => new Figure(v.Value / 10_000m, v.HalfWidth / 10_000m),
            "千元" => new Figure(v.Value / 10m, v.HalfWidth / 10m),
            _ => v,
        };
    }
}
