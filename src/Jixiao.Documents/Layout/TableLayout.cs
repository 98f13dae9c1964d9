using Jixiao.Disclosures;
using Jixiao.Tables;

namespace Jixiao.Documents.Layout;

/// <summary>
/// How one disclosure table is printed, worked out once from its template and shared by the XLSX and HTML writers
/// (a column-record list drives the table): the columns (序号, then per part 科目编码 + 科目名称 or 项目, then the
/// value columns), the merged column header, the body lines (the halves of a 收支总表 side by side, footers aligned)
/// and the note. No table has its own code path: everything comes from the template.
/// </summary>
/// <remarks>
/// Conventions, as in the published set H tables: a zero prints as a blank cell except in total rows (key
/// <c>total</c> or ending in <c>total</c>: 合计, 小计, 本年收入合计, 收入总计 …), which print <c>0.00</c> and are bold;
/// names are indented by level (类 / 款 / 项 by code length; fixed rows by the template's indent).
/// </remarks>
internal sealed class TableLayout
{
    /// <summary>A table is printed landscape when it has more value columns than this.</summary>
    public const int PortraitValueColumns = 6;

    private const double IndexWidth = 6;
    private const double MinLabelWidth = 14;
    private const double MaxLabelWidth = 44;
    private const double MinValueWidth = 12;
    private const double MaxValueHeaderWidth = 18;
    private const double TitleScale = 16.0 / 11.0;

    public required string Id { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }

    /// <summary>Unit code and name (362001兴隆县医疗保障局本级), printed left above the table.</summary>
    public required string UnitLine { get; init; }

    /// <summary>预算年度：2021, printed in the centre.</summary>
    public required string YearLine { get; init; }

    /// <summary>单位：万元 (元 for exact tables), printed right.</summary>
    public required string AmountUnitLine { get; init; }

    public required IReadOnlyList<LayoutColumn> Columns { get; init; }

    /// <summary>Header rows, from the top (part titles and groups) down to the leaf labels.</summary>
    public required int HeaderDepth { get; init; }

    public required IReadOnlyList<HeaderCell> Header { get; init; }
    public required IReadOnlyList<LayoutLine> Lines { get; init; }
    public string? Note { get; init; }

    /// <summary>The leading columns (序号 and the first part's code / name columns), under the unit line.</summary>
    public required int LeadColumns { get; init; }

    public int ValueColumnCount => Columns.Count(c => c.Kind == ColumnKind.Value);

    /// <summary>
    /// Where the line above the table goes, as 1-based column ranges: the unit over the leading columns; 预算年度 in
    /// the centre and 单位 at the right, or both at the right (<see cref="HeaderBlock.Combined"/>) when the table has
    /// too few value columns to split.
    /// </summary>
    public HeaderBlock HeaderBlockRanges()
    {
        int width = Columns.Count;
        int lead = Math.Min(LeadColumns, width - 1);
        int right = Math.Max(1, (width - lead) / 3);
        int centreFirst = lead + 1, centreLast = width - right;
        return new HeaderBlock(lead, centreFirst, centreLast, width);
    }

    /// <summary>The column ranges of the line above a table (1-based, inclusive).</summary>
    public readonly record struct HeaderBlock(int Lead, int CentreFirst, int CentreLast, int Width)
    {
        public bool Combined => CentreLast < CentreFirst;
    }
    public bool Landscape => ValueColumnCount > PortraitValueColumns;
    public double TotalWidth => Columns.Sum(c => c.Width);

    /// <summary>The 栏次 label of each column: 栏次 under 序号, then 1, 2, 3 … (as the published tables number them).</summary>
    public IEnumerable<string> ColumnIndexLabels() =>
        Columns.Select((c, i) => c.Kind == ColumnKind.Index ? "栏次" : (Columns.Take(i).Count(x => x.Kind != ColumnKind.Index) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The amount unit of a table: 元 for exact tables (computed from 元 data), else as printed (万元).</summary>
    public static string AmountUnit(DisclosureTable table) => table.Exact ? "元" : table.Unit;

    /// <summary>The note printed under a table: its own, or the template's empty note when it has no data.</summary>
    public static string? NoteOf(DisclosureTable table) =>
        !string.IsNullOrWhiteSpace(table.Note) ? table.Note : table.IsEmpty ? table.Template.EmptyNote : null;

    /// <summary>Unit code and name as one line, without repeating a code the name already starts with.</summary>
    public static string UnitText(Disclosure disclosure)
    {
        var code = disclosure.UnitCode?.Trim() ?? "";
        var name = disclosure.UnitName?.Trim() ?? "";
        return name.StartsWith(code, StringComparison.Ordinal) ? name : code + name;
    }

    /// <summary>The parts of a table in template order (an empty part where the disclosure has none).</summary>
    public static IReadOnlyList<DisclosurePart> PartsOf(DisclosureTable table) =>
        table.Template.Parts.Select(tp => table.Part(tp.Key) ?? new DisclosurePart(tp)).ToArray();

    /// <summary>The template columns of a part that the document prints, in order.</summary>
    public static IReadOnlyList<int> PresentColumns(DisclosurePart part) =>
        Enumerable.Range(0, part.Template.Columns.Count)
            .Where(i => i >= part.ColumnPresent.Length || part.ColumnPresent[i]).ToArray();

    /// <summary>True for a total row (合计, 小计, 本年收入合计, 收入总计 …): bold, zeros printed.</summary>
    public static bool IsTotal(DisclosureRow row) => row.Key == "total" || row.Key.EndsWith("total", StringComparison.Ordinal);

    public static TableLayout Build(Disclosure disclosure, DisclosureTable table)
    {
        var parts = PartsOf(table);
        bool paired = parts.Count > 1;
        var columns = new List<LayoutColumn> { LayoutColumn.Index() };
        for (int p = 0; p < parts.Count; p++) columns.AddRange(PartColumns(parts[p], p, paired, disclosure.Year?.Value));
        var lines = BodyLines(parts);
        int depth = columns.Max(c => c.Header.Count);
        var header = HeaderCells(columns, depth);
        int lead = 1 + LabelColumnCount(parts[0].Template);

        var layout = new TableLayout
        {
            Id = table.Template.Id,
            Number = table.Template.Number,
            Title = table.Template.Title,
            UnitLine = UnitText(disclosure),
            YearLine = $"预算年度：{disclosure.Year?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            AmountUnitLine = $"单位：{AmountUnit(table)}",
            Columns = columns,
            HeaderDepth = depth,
            Header = header,
            Lines = lines,
            Note = NoteOf(table),
            LeadColumns = lead,
        };
        return layout.WithWidths();
    }

    // ---- columns and header ----

    private static bool IsCoded(TablePart part) => part.RowSource is RowSourceKind.Functional or RowSourceKind.Economic;

    private static string CatalogHeader(TablePart part) =>
        part.RowSource == RowSourceKind.Functional ? "功能分类科目" : "部门预算支出经济分类科目";

    /// <summary>A part whose departmental economic rows also print their government 款 (set S 表6).</summary>
    private static bool HasGovernmentNames(TablePart part) => part.GovernmentNames && part.RowSource == RowSourceKind.Economic;

    /// <summary>The columns before a part's values: 科目编码 + 科目名称 (+ 政府预算支出经济科目名称), or 项目.</summary>
    private static int LabelColumnCount(TablePart part) => IsCoded(part) ? (HasGovernmentNames(part) ? 3 : 2) : 1;

    private static IEnumerable<LayoutColumn> PartColumns(DisclosurePart part, int index, bool paired, int? year)
    {
        var template = part.Template;
        string[] prefix = paired && template.Title.Length > 0 ? [template.Title] : [];
        if (HasGovernmentNames(template))
        {
            // tables.md names these columns so (部门预算支出经济科目名称, 政府预算支出经济科目名称); no group header above them.
            yield return new LayoutColumn(ColumnKind.Code, index, -1, [.. prefix, "科目编码"]);
            yield return new LayoutColumn(ColumnKind.Label, index, -1, [.. prefix, "部门预算支出经济科目名称"]);
            yield return new LayoutColumn(ColumnKind.GovernmentLabel, index, -1, [.. prefix, "政府预算支出经济科目名称"]);
        }
        else if (IsCoded(template))
        {
            yield return new LayoutColumn(ColumnKind.Code, index, -1, [.. prefix, CatalogHeader(template), "科目编码"]);
            yield return new LayoutColumn(ColumnKind.Label, index, -1, [.. prefix, CatalogHeader(template), "科目名称"]);
        }
        else
        {
            yield return new LayoutColumn(ColumnKind.Label, index, -1, [.. prefix, "项目"]);
        }
        var groups = ColumnGroups(template);
        foreach (int c in PresentColumns(part))
        {
            var label = template.Columns[c].LabelFor(year);
            yield return new LayoutColumn(ColumnKind.Value, index, c,
                groups.TryGetValue(c, out var group) ? [.. prefix, group, label] : [.. prefix, label]);
        }
    }

    /// <summary>
    /// Group headers: those the template names (<c>group</c>: 本年收入, 财政拨款), and those it implies — a 小计 column
    /// that sums the columns right after it heads them all, under its first other name (收入总表: 本年收入 over 小计,
    /// 财政拨款收入 …; 一般公共预算支出表: 基本支出 over 小计, 人员经费, 公用经费).
    /// </summary>
    private static Dictionary<int, string> ColumnGroups(TablePart template)
    {
        var groups = new Dictionary<int, string>();
        for (int c = 0; c < template.Columns.Count; c++)
            if (template.Columns[c].Group is { Length: > 0 } named) groups[c] = named;
        if (groups.Count > 0) return groups;
        foreach (var sum in template.ColumnSums)
        {
            int parent = template.ColumnIndex(sum.Parent);
            if (parent < 0 || template.Columns[parent].Label != "小计" || template.Columns[parent].Aliases.Count == 0) continue;
            var children = sum.Children.Select(template.ColumnIndex).Order().ToArray();
            if (children.Length == 0 || children.Any(c => c < 0)) continue;
            if (!children.SequenceEqual(Enumerable.Range(parent + 1, children.Length))) continue;
            var name = template.Columns[parent].Aliases[0];
            groups[parent] = name;
            foreach (var c in children) groups[c] = name;
        }
        return groups;
    }

    /// <summary>
    /// The merged header cells: a label shared by adjacent columns at the same level under the same labels above
    /// is one group cell; a column's last label reaches down to the bottom header row.
    /// </summary>
    private static List<HeaderCell> HeaderCells(IReadOnlyList<LayoutColumn> columns, int depth)
    {
        var cells = new List<HeaderCell>();
        for (int level = 0; level < depth; level++)
        {
            int c = 0;
            while (c < columns.Count)
            {
                var path = columns[c].Header;
                if (level >= path.Count) { c++; continue; }
                if (level == path.Count - 1)
                {
                    cells.Add(new HeaderCell(level, c, depth - level, 1, path[level]));
                    c++;
                    continue;
                }
                int end = c + 1;
                while (end < columns.Count && columns[end].Header.Count - 1 > level && SamePrefix(path, columns[end].Header, level)) end++;
                cells.Add(new HeaderCell(level, c, 1, end - c, path[level]));
                c = end;
            }
        }
        return cells;
    }

    private static bool SamePrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int level)
    {
        for (int i = 0; i <= level; i++) if (a[i] != b[i]) return false;
        return true;
    }

    // ---- body ----

    /// <summary>
    /// The body lines. Each part splits into body rows and footer rows (from its first row that is a row-sum parent:
    /// 本年收入合计, 本年支出合计); bodies are printed top-aligned side by side, then footers, each footer's first rows
    /// aligned at the top and its last row (收入总计 ↔ 支出总计) on the last line.
    /// </summary>
    private static List<LayoutLine> BodyLines(IReadOnlyList<DisclosurePart> parts)
    {
        var bodies = parts.Select(p => p.Rows.Take(FooterStart(p)).ToArray()).ToArray();
        var footers = parts.Select(p => p.Rows.Skip(FooterStart(p)).ToArray()).ToArray();
        int bodyLength = bodies.Max(b => b.Length);
        int footerLength = footers.Max(f => f.Length);
        var present = parts.Select(PresentColumns).ToArray();

        var lines = new List<LayoutLine>(bodyLength + footerLength);
        for (int i = 0; i < bodyLength + footerLength; i++)
        {
            var cells = new List<LayoutCell> { LayoutCell.Words((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), align: CellAlign.Center) };
            for (int p = 0; p < parts.Count; p++)
            {
                var row = i < bodyLength
                    ? (i < bodies[p].Length ? bodies[p][i] : null)
                    : FooterRow(footers[p], i - bodyLength, footerLength);
                cells.AddRange(RowCells(parts[p], row, present[p]));
            }
            lines.Add(new LayoutLine(i + 1, cells));
        }
        return lines;
    }

    private static int FooterStart(DisclosurePart part)
    {
        var parents = part.Template.RowSums.Select(s => s.Parent).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < part.Rows.Count; i++) if (parents.Contains(part.Rows[i].Key)) return i;
        return part.Rows.Count;
    }

    private static DisclosureRow? FooterRow(DisclosureRow[] footer, int line, int length)
    {
        if (footer.Length == 0) return null;
        if (line == length - 1) return footer[^1];
        return line < footer.Length - 1 ? footer[line] : null;
    }

    private static IEnumerable<LayoutCell> RowCells(DisclosurePart part, DisclosureRow? row, IReadOnlyList<int> present)
    {
        bool coded = IsCoded(part.Template);
        if (row is null)
        {
            for (int i = 0; i < LabelColumnCount(part.Template) + present.Count; i++) yield return LayoutCell.Blank;
            yield break;
        }
        bool total = IsTotal(row);
        if (coded) yield return row.Code is { Length: > 0 } code ? LayoutCell.Words(code) : LayoutCell.Blank;
        yield return LayoutCell.Words(row.Label, total ? 0 : Indent(part.Template, row), total, total ? CellAlign.Center : CellAlign.Left);
        if (HasGovernmentNames(part.Template))
            yield return row.GovernmentLabel is { Length: > 0 } government ? LayoutCell.Words(government, Indent(part.Template, row)) : LayoutCell.Blank;
        foreach (int c in present)
        {
            var figure = c < row.Values.Length ? row.Values[c] : null;
            if (figure is null || (figure.Value.Value == 0m && !total)) yield return LayoutCell.Blank;
            else yield return LayoutCell.Number(figure.Value.Value, total);
        }
    }

    /// <summary>
    /// Indent of a row's name, in levels about one CJK character wide: 类 0, 款 1, 项 2 by code length in catalog
    /// parts; the template's indent in fixed parts, and past the “其中：” for the rows listed under it.
    /// </summary>
    public static int Indent(TablePart part, DisclosureRow row)
    {
        if (IsCoded(part)) return row.Code is { Length: > 3 } code ? Math.Min(3, (code.Length - 2) / 2) : 0;
        int indent = part.FixedRow(row.Key)?.Indent ?? 0;
        return indent + (ContinuesSuchAs(part, row) ? SuchAsWidth : 0);
    }

    /// <summary>Indent levels are about one CJK character wide; “其中：” takes three.</summary>
    private const int SuchAsWidth = 3;

    /// <summary>True for a row listed under a “其中：” row at its level (其他因公出国（境）费 under 其中：教学科研人员…), printed further in.</summary>
    private static bool ContinuesSuchAs(TablePart template, DisclosureRow row)
    {
        const string SuchAs = "其中";
        if (row.Label.StartsWith(SuchAs, StringComparison.Ordinal)) return false;
        int indent = template.FixedRow(row.Key)?.Indent ?? 0;
        if (indent == 0) return false;
        int at = -1;
        for (int i = 0; i < template.Rows.Count; i++) if (template.Rows[i].Key == row.Key) at = i;
        for (int i = at - 1; i >= 0 && template.Rows[i].Indent == indent; i--)
            if (template.Rows[i].Label.StartsWith(SuchAs, StringComparison.Ordinal)) return true;
        return false;
    }

    // ---- widths ----

    private TableLayout WithWidths()
    {
        var widths = new double[Columns.Count];
        for (int c = 0; c < Columns.Count; c++) widths[c] = NaturalWidth(c);

        // Group headers, the unit line and the 16pt title must fit the columns under them.
        foreach (var cell in Header.Where(h => h.IsGroup))
            Widen(widths, cell.Column, cell.Column + cell.ColumnSpan - 1, TextWidth.Of(cell.Text) + 2);
        int firstLabel = Columns.ToList().FindIndex(c => c.Kind == ColumnKind.Label);
        Widen(widths, 0, LeadColumns - 1, TextWidth.Of(UnitLine) + 2, firstLabel);
        // 预算年度 and 单位 must fit where the writer puts them (a one-value-column table has both in one cell).
        var block = HeaderBlockRanges();
        if (block.Combined)
            Widen(widths, block.Lead, block.Width - 1, TextWidth.Of(YearLine) + TextWidth.Of(AmountUnitLine) + 4);
        else
        {
            Widen(widths, block.CentreFirst - 1, block.CentreLast - 1, TextWidth.Of(YearLine) + 2);
            Widen(widths, block.CentreLast, block.Width - 1, TextWidth.Of(AmountUnitLine) + 2);
        }
        Widen(widths, 0, Columns.Count - 1, TextWidth.Of(Title) * TitleScale + 4, firstLabel);

        return new TableLayout
        {
            Id = Id, Number = Number, Title = Title, UnitLine = UnitLine, YearLine = YearLine, AmountUnitLine = AmountUnitLine,
            Columns = Columns.Select((c, i) => c with { Width = Math.Round(widths[i], 1) }).ToArray(),
            HeaderDepth = HeaderDepth, Header = Header, Lines = Lines, Note = Note, LeadColumns = LeadColumns,
        };
    }

    private double NaturalWidth(int c)
    {
        var column = Columns[c];
        var cells = Lines.Select(l => l.Cells[c]).ToArray();
        switch (column.Kind)
        {
            case ColumnKind.Index:
                return Math.Max(IndexWidth, cells.Select(x => TextWidth.Of(x.Text)).DefaultIfEmpty(0).Max() + 2);
            case ColumnKind.Code:
                return Math.Max(TextWidth.Of(column.Leaf), cells.Select(x => TextWidth.Of(x.Text)).DefaultIfEmpty(0).Max()) + 2;
            case ColumnKind.Label:
            case ColumnKind.GovernmentLabel:
                double text = cells.Select(x => TextWidth.Of(x.Text) + 2 * x.Indent).DefaultIfEmpty(0).Max() + 3;
                return Math.Clamp(Math.Max(text, TextWidth.Of(column.Leaf) + 2), MinLabelWidth, MaxLabelWidth);
            default:
                double amounts = cells.Where(x => x.Amount is not null).Select(x => TextWidth.Of(TextWidth.Amount(x.Amount!.Value))).DefaultIfEmpty(0).Max() + 3;
                return Math.Max(MinValueWidth, Math.Max(amounts, HeaderWidth(column.Leaf)));
        }
    }

    /// <summary>
    /// The width a value column's label asks for: its own width when short, else the widest of the fewest equal
    /// lines it wraps to (国有资本经营 / 预算财政拨款, not 国有资本经营预算财政拨 / 款).
    /// </summary>
    private static double HeaderWidth(string label)
    {
        double width = TextWidth.Of(label);
        if (width + 2 <= MaxValueHeaderWidth) return width + 2;
        int lines = (int)Math.Ceiling(width / (MaxValueHeaderWidth - 3));
        return Math.Ceiling(width / lines / 2) * 2 + 3;
    }

    /// <summary>Widens columns <paramref name="first"/>…<paramref name="last"/> to <paramref name="need"/> units, at <paramref name="at"/> (or the last).</summary>
    private static void Widen(double[] widths, int first, int last, double need, int at = -1)
    {
        double have = 0;
        for (int i = first; i <= last; i++) have += widths[i];
        if (have >= need) return;
        int target = at >= first && at <= last ? at : last;
        widths[target] += need - have;
    }
}
