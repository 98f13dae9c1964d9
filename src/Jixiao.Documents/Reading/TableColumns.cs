using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;
using Jixiao.Rules;
using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Columns by their headers, never by their order: for a drawn table (one whose cells keep their column positions:
/// PDF, XLSX, DOCX, HTML) whose title names a table of a set, each value column of the template is found by its
/// header text — the header cells over that column read top-down (本年支出 + 小计), matched to the column's label,
/// aliases and group — and the data rows are given to the reader with their figures in the template's order. A
/// template column the header does not print stays absent (never a zero); a printed column the template lacks is
/// left out with a read finding; a header that could be two columns is a read finding and the table is read as
/// printed. Text sources have no column positions and are read as before.
/// </summary>
internal static class TableColumns
{
    public static readonly RuleInfo ExtraColumn = new("RD-COL-01", Severity.Warning, "表格列数与表样不符", "读取");
    public static readonly RuleInfo AmbiguousColumn = new("RD-COL-02", Severity.Warning, "表头列名可对应表样的两列", "读取");


    /// <summary>Sets each drawn table's column order where its header prints the template's columns in another order or with extra ones.</summary>
    public static void Apply(GridDocument grid, int? year, List<Finding> findings, TableSetLibrary sets)
    {
        var titles = TitleMatcher.For(sets);
        var blocks = grid.Blocks;
        for (int b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Table is not { } table || table.ContinuesPrevious) continue;
            var templates = TitleBefore(titles, blocks, b, table);
            if (templates.Count == 0) continue;
            var order = Order(table, templates, year, out var header, out var finding);
            if (finding is not null) findings.Add(finding);
            if (order is null && !table.Unplaced) continue;
            table.ValueOrder = order;
            table.HeaderRows = header;
            // the same columns on the pages the table continues onto
            for (int n = b + 1; n < blocks.Count && blocks[n].Table is { ContinuesPrevious: true } next; n++)
            {
                next.ValueOrder = order;
                next.HeaderRows = next.RepeatedHeaderRows;
                next.Unplaced = table.Unplaced;
            }
        }
    }

    // The templates the title printed above a table names (or its own first row, a title cell across the table).
    private static List<TableTemplate> TitleBefore(TitleMatcher titles, IReadOnlyList<GridBlock> blocks, int index, GridTable table)
    {
        var found = new List<TableTemplate>();
        void Try(string text)
        {
            foreach (var (_, t) in titles.Match(text))
                if (t.Parts.Count == 1 && !found.Contains(t)) found.Add(t);
        }
        for (int k = index - 1, seen = 0; k >= 0 && seen < 4 && blocks[k].Table is null; k--, seen++)
        {
            foreach (var piece in blocks[k].Line!) Try(piece.Text);
            if (found.Count > 0) return found;
        }
        if (table.RowCount > 0 && table.At(0, 0) is { } first && first.ColumnSpan == table.ColumnCount) Try(first.Text);
        return found;
    }

    private static int[]? Order(GridTable table, List<TableTemplate> templates, int? year, out int headerRows, out Finding? finding)
    {
        finding = null;
        headerRows = 0;
        while (headerRows < Math.Min(8, table.RowCount) && !HasFigure(table, headerRows)) headerRows++;
        if (headerRows == 0 || headerRows == table.RowCount) return null;
        var paths = new string[table.ColumnCount];
        for (int k = 0; k < table.ColumnCount; k++)
        {
            var sb = new System.Text.StringBuilder();
            GridCell? last = null;
            for (int r = 0; r < headerRows; r++)
            {
                var c = table.At(r, k);
                if (c is null || ReferenceEquals(c, last)) continue;
                sb.Append(Names.Normalize(c.Text));
                last = c;
            }
            paths[k] = sb.ToString();
        }

        // the template whose columns the header prints most of
        (TableTemplate Template, int?[] Map, int Exact)? best = null;
        foreach (var t in templates)
        {
            var columns = t.Parts[0].Columns;
            var map = new int?[columns.Count];
            int exact = 0;
            for (int j = 0; j < columns.Count; j++)
            {
                var labels = columns[j].Aliases.Prepend(columns[j].Label).Select(l => Names.Normalize(ColumnTemplate.LabelFor(l, year))).Where(l => l.Length > 0).ToArray();
                var group = columns[j].Group is { } g ? Names.Normalize(g) : null;
                // exact: the header is the label, or the group then the label (本年支出 + 小计)
                var hits = Enumerable.Range(0, paths.Length).Where(k => labels.Contains(paths[k])
                    || group is not null && labels.Any(l => paths[k].EndsWith(group + l, StringComparison.Ordinal))).ToList();
                if (hits.Count > 1)
                {
                    // one header, two places: say so and read the table as printed
                    finding = new Finding(AmbiguousColumn.Id, AmbiguousColumn.Severity, $"表{t.Number} {t.Title}", "表头",
                        $"表{t.Number} {t.Title}：表样的“{columns[j].LabelFor(year)}”列可对应表头第 {string.Join("、", hits.Select(h => h + 1))} 列，按印刷顺序读取") { Page = table.Page == 0 ? null : table.Page };
                    return null;
                }
                if (hits.Count == 1) exact++;
                else
                {
                    // a header that ends with the label under a heading the template does not name; taken only when alone
                    hits = Enumerable.Range(0, paths.Length).Where(k => labels.Any(l => l.Length >= 2 && paths[k].EndsWith(l, StringComparison.Ordinal))).ToList();
                    if (hits.Count != 1) continue;
                }
                if (hits.Count == 1) map[j] = hits[0];
            }
            if (map.Distinct().Count(m => m is not null) != map.Count(m => m is not null)) continue;
            if (best is null || exact > best.Value.Exact || exact == best.Value.Exact && map.Count(m => m is not null) > best.Value.Map.Count(m => m is not null))
                best = (t, map, exact);
        }
        if (best is not { } pick || pick.Map.Count(m => m is not null) < 2) return null;

        var matched = pick.Map.Where(m => m is not null).Select(m => m!.Value).ToArray();
        int firstValue = matched.Min();
        bool complete = matched.Length == pick.Map.Length;
        // printed value columns the template does not have (right of the labels, with a header)
        var extra = Enumerable.Range(firstValue, table.ColumnCount - firstValue).Where(k => !matched.Contains(k) && paths[k].Length > 0 && !IsCodeOrName(paths[k])).ToList();
        bool inOrder = matched.Zip(matched.Skip(1)).All(p => p.First < p.Second);
        bool contiguous = inOrder && matched[^1] - matched[0] + 1 == matched.Length;
        if (inOrder && (contiguous && extra.Count == 0 || !complete)) return null; // printed in the template's order: read as printed
        if (!complete)
        {
            // out of order, and not every column found: no figure can be placed with confidence
            table.Unplaced = true;
            finding = new Finding(AmbiguousColumn.Id, AmbiguousColumn.Severity, $"表{pick.Template.Number} {pick.Template.Title}", "表头",
                $"表{pick.Template.Number} {pick.Template.Title}：表头的列与表样顺序不同，且表样的“{string.Join("”“", pick.Map.Select((m, j) => (m, j)).Where(x => x.m is null).Select(x => pick.Template.Parts[0].Columns[x.j].LabelFor(year)))}”列在表头中找不到；本表数字未读取，相关规则为数据不足") { Page = table.Page == 0 ? null : table.Page };
            return null;
        }
        if (extra.Count > 0)
            finding = new Finding(ExtraColumn.Id, ExtraColumn.Severity, $"表{pick.Template.Number} {pick.Template.Title}", "表头",
                $"表{pick.Template.Number} {pick.Template.Title}：表头列“{string.Join("”“", extra.Select(k => paths[k]))}”不在表样中，未读取") { Page = table.Page == 0 ? null : table.Page };
        // labels first (every column left of the first figure column that is not a figure column), then figures in template order
        var order = Enumerable.Range(0, firstValue).Where(k => !matched.Contains(k)).Concat(matched).ToArray();
        return order;
    }

    private static bool IsCodeOrName(string header) =>
        header.Contains("编码", StringComparison.Ordinal) || header.Contains("名称", StringComparison.Ordinal) || header.Contains("科目", StringComparison.Ordinal)
        || header is "类" or "款" or "项" or "项目";

    private static bool HasFigure(GridTable t, int row)
    {
        for (int k = 0; k < t.ColumnCount; k++)
            if (t.At(row, k) is { } c && c.Row == row && CellNumbers.IsNumber(c.Text)) return true;
        return false;
    }
}
