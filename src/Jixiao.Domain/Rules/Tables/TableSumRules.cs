using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Tables;

namespace Jixiao.Rules.Tables;

/// <summary>
/// The sums within a table (tables.md, 勾稽关系 “Within a table”), checked by one engine from the set's template data:
/// TBL-SUM-01 a 类 row equals the sum of its 款 rows, a 款 the sum of its 项, 合计 the sum of the 类 (for coded rows);
/// TBL-SUM-02 a column equals the sum of its columns (合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费);
/// TBL-SUM-03 a fixed row equals the sum of its rows (本年收入合计, “三公” 小计, 公务用车购置及运维费).
/// </summary>
public sealed class TableSumRules : IDisclosureRule
{
    public static readonly RuleInfo CodeHierarchy = new("TBL-SUM-01", Severity.Error, "类 = Σ 款，款 = Σ 项，合计 = Σ 类", "tables.md 勾稽关系：表内");
    public static readonly RuleInfo ColumnSums = new("TBL-SUM-02", Severity.Error, "合计列 = 各分列之和（合计 = 基本支出 + 项目支出 …）", "tables.md 勾稽关系：表内");
    public static readonly RuleInfo RowSums = new("TBL-SUM-03", Severity.Error, "合计行 = 各分行之和（本年收入合计、“三公”经费小计 …）", "tables.md 勾稽关系：表内");

    public IReadOnlyList<RuleInfo> Rules { get; } = [CodeHierarchy, ColumnSums, RowSums];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        foreach (var r in Rules) results.Touch(r.Id);
        foreach (var table in disclosure.Tables)
        foreach (var part in table.Parts)
        {
            if (table.Unparsed)
            {
                foreach (var r in Rules) results.ParseError(r.Id);
                continue;
            }
            int? year = disclosure.Year?.Value;
            if (part.Template.RowSource is RowSourceKind.Functional or RowSourceKind.Economic) CheckHierarchy(table, part, year, results);
            if (part.Template.ColumnSums.Count > 0) CheckColumns(table, part, year, results);
            if (part.Template.RowSums.Count > 0) CheckRows(table, part, year, results);
        }
    }

    private static void CheckHierarchy(DisclosureTable table, DisclosurePart part, int? year, RuleResults results)
    {
        var coded = part.Rows.Where(r => r.Code is not null).ToList();
        foreach (var parent in part.Rows)
        {
            List<DisclosureRow> children;
            if (parent.Key == "total")
            {
                children = part.TopRows();
            }
            else if (parent.Code is { Length: 3 or 5 } code)
            {
                children = coded.Where(r => r.Code!.Length == code.Length + 2 && r.Code.StartsWith(code, StringComparison.Ordinal)).ToList();
            }
            else continue;
            if (children.Count == 0) continue;

            for (int c = 0; c < part.Template.Columns.Count; c++)
            {
                if (!part.ColumnPresent[c]) continue;
                var stated = parent.Values[c];
                if (stated is null || children.Any(ch => ch.Values[c] is null))
                {
                    results.Insufficient(CodeHierarchy.Id);
                    continue;
                }
                var sum = FigureComparison.Sum(children.Select(ch => ch.Values[c]!.Value));
                if (FigureCheck.Agrees(results, CodeHierarchy.Id, stated.Value, sum)) continue;
                var childLevel = children[0].Code!.Length switch { 3 => "各类", 5 => "所属各款", _ => "所属各项" };
                FigureCheck.Compare(results, CodeHierarchy.Id, CodeHierarchy.Severity, table.Subject,
                    Location(parent, part.Template.Columns[c], year),
                    $"“{RowName(parent)}”{part.Template.Columns[c].LabelFor(year)}",
                    stated.Value, sum, $"{childLevel}（{children.Count}行）合计", parent.Line,
                    new FindingCell(table.Template.Id, part.Template.Key, parent.Key, part.Template.Columns[c].Key),
                    children.Prepend(parent).Select(r => new FindingCell(table.Template.Id, part.Template.Key, r.Key, part.Template.Columns[c].Key)).ToArray());
            }
        }
    }

    private static void CheckColumns(DisclosureTable table, DisclosurePart part, int? year, RuleResults results)
    {
        var cols = part.Template.Columns;
        foreach (var rel in part.Template.ColumnSums)
        {
            int p = part.Template.ColumnIndex(rel.Parent);
            if (p < 0 || !part.ColumnPresent[p]) continue;
            // A child written -key is subtracted (年末结转 = 年初结转 + 本年收入 − 本年支出).
            var kids = rel.Children.Select(c => part.Template.ColumnIndex(c.TrimStart('-'))).Where(i => i >= 0 && part.ColumnPresent[i]).ToArray();
            var signs = rel.Children.Where(c => part.Template.ColumnIndex(c.TrimStart('-')) is var i && i >= 0 && part.ColumnPresent[i])
                .Select(c => c.StartsWith('-') ? -1m : 1m).ToArray();
            if (kids.Length == 0) continue;
            foreach (var row in part.Rows)
            {
                var stated = row.Values[p];
                if (stated is null || kids.Any(k => row.Values[k] is null)) { results.Insufficient(rel.RuleId); continue; }
                var sum = FigureComparison.Sum(kids.Select((k, j) => Signed(row.Values[k]!.Value, signs[j])));
                if (FigureCheck.Agrees(results, rel.RuleId, stated.Value, sum)) continue;
                FigureCheck.Compare(results, rel.RuleId, ColumnSums.Severity, table.Subject, Location(row, cols[p], year),
                    $"“{RowName(row)}”行{cols[p].LabelFor(year)}",
                    stated.Value, sum, Terms(kids.Select((k, j) => (cols[k].LabelFor(year), signs[j]))), row.Line,
                    new FindingCell(table.Template.Id, part.Template.Key, row.Key, cols[p].Key),
                    kids.Prepend(p).Select(k => new FindingCell(table.Template.Id, part.Template.Key, row.Key, cols[k].Key)).ToArray());
            }
        }
    }

    private static void CheckRows(DisclosureTable table, DisclosurePart part, int? year, RuleResults results)
    {
        var cols = part.Template.Columns;
        foreach (var rel in part.Template.RowSums)
        {
            var parent = part.Row(rel.Parent);
            if (parent is null)
            {
                if (part.Unplaced) results.Insufficient(rel.RuleId);
                continue;
            }
            var children = new List<DisclosureRow>();
            bool lacking = part.Unplaced && rel.Children.Any(k => k.StartsWith('@'));
            foreach (var key in rel.Children)
            {
                if (key == "@classes") children.AddRange(part.Rows.Where(r => r.Code is not null));
                else if (key == "@top") children.AddRange(part.TopRows()); // the economic 类 of a half of 基本支出决算表
                else if (key == "@rows") children.AddRange(part.Rows.Where(r => !ReferenceEquals(r, parent) && r.Key != parent.Key));
                else if (part.Row(key) is { } r) children.Add(r);
                else if (part.Unplaced) lacking = true; // the row not placed may be this one
            }
            if (lacking)
            {
                results.Insufficient(rel.RuleId);
                continue;
            }
            if (children.Count == 0) continue;
            for (int c = 0; c < cols.Count; c++)
            {
                if (!part.ColumnPresent[c]) continue;
                var stated = parent.Values[c];
                if (stated is null || children.Any(ch => ch.Values[c] is null)) { results.Insufficient(rel.RuleId); continue; }
                var sum = FigureComparison.Sum(children.Select(ch => ch.Values[c]!.Value));
                if (FigureCheck.Agrees(results, rel.RuleId, stated.Value, sum)) continue;
                string label = rel.Children.Count == 1 && rel.Children[0] == "@classes"
                    ? $"各类支出（{children.Count}行）合计"
                    : rel.Children.Count == 1 && rel.Children[0] == "@rows"
                        ? $"各行（{children.Count}行）合计"
                        : string.Join(" + ", children.Select(RowName));
                FigureCheck.Compare(results, rel.RuleId, RowSums.Severity, table.Subject, Location(parent, cols[c], year),
                    $"“{RowName(parent)}”{(cols.Count > 1 ? cols[c].LabelFor(year) : "")}", stated.Value, sum, label, parent.Line,
                    new FindingCell(table.Template.Id, part.Template.Key, parent.Key, cols[c].Key),
                    children.Prepend(parent).Select(r => new FindingCell(table.Template.Id, part.Template.Key, r.Key, cols[c].Key)).ToArray());
            }
        }
    }

    private static Figure Signed(Figure f, decimal sign) => sign < 0 ? new Figure(-f.Value, f.HalfWidth) : f;

    private static string Terms(IEnumerable<(string Label, decimal Sign)> terms)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (label, sign) in terms)
        {
            if (sb.Length > 0) sb.Append(sign < 0 ? " − " : " + ");
            else if (sign < 0) sb.Append('−');
            sb.Append(label);
        }
        return sb.ToString();
    }

    internal static string RowName(DisclosureRow row) => row.Code is null ? Jixiao.Text.Names.StripNumbering(row.Label.Trim()) : $"{row.Code} {row.Label.Trim()}";

    internal static string Location(DisclosureRow row, ColumnTemplate column, int? year) => $"行“{RowName(row)}”，列“{column.LabelFor(year)}”";
}
