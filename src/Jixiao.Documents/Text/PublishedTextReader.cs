using System.Text.RegularExpressions;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Documents.Text;

/// <summary>
/// Reads a published disclosure from extracted text (tab-separated rows, or one cell per line with blank lines
/// between rows) into a <see cref="Disclosure"/>: recognises each table of set H or S by its title, places each row
/// by its code or label and each figure by its column, and keeps the rest as explanation paragraphs. It never throws
/// on content: what it cannot place becomes a read finding (RD-…).
/// </summary>
public static partial class PublishedTextReader
{
    public static readonly RuleInfo UnreadableCell = new("RD-CELL-01", Severity.Warning, "表格单元格无法识别为数字", "读取");
    public static readonly RuleInfo ColumnsUnclear = new("RD-COL-01", Severity.Warning, "表格列数与表样不符", "读取");
    public static readonly RuleInfo DuplicateTable = new("RD-TBL-01", Severity.Warning, "同一张表出现两次", "读取");
    public static readonly RuleInfo DamagedText = new("RD-ENC-01", Severity.Warning, "文件中有无法按其编码读取的字节", "读取");
    public static readonly RuleInfo AmbiguousRow = new("RD-ROW-01", Severity.Warning, "行标签可对应表样的两行", "读取");


    /// <summary>
    /// Reads a file (UTF-8, UTF-16 or GB18030: <see cref="TextFiles"/>); bytes that had to be replaced are an RD-ENC-01
    /// finding. I/O errors surface as <see cref="DocumentReadException"/>.
    /// </summary>
    public static Disclosure ReadFile(string path, TableSetLibrary? sets = null)
    {
        var decoded = TextFiles.Read(path);
        var disclosure = Read(decoded.Text, path, sets);
        if (decoded.Warning is { } warning)
            disclosure.ReadFindings.Add(new Finding(DamagedText.Id, DamagedText.Severity, Path.GetFileName(path), "编码", warning)
            {
                Expected = $"有效的 {decoded.Encoding} 文本", Actual = warning,
                Line = LineOf(decoded.Text, decoded.Text.IndexOf('\ufffd', StringComparison.Ordinal)),
            });
        return disclosure;
    }

    // the 1-based line of a position in the text; null when there is none
    private static int? LineOf(string text, int at) => at < 0 ? null : 1 + text.AsSpan(0, at).Count('\n');

    /// <summary>Reads the text of a published document.</summary>
    public static Disclosure Read(string text, string source, TableSetLibrary? sets = null) =>
        // a text laid out in columns of characters (pdftotext -layout) is read by where its characters stand
        Sources.Text.LayoutTextGridReader.IsLayout(text)
            ? DocumentLoader.FromGrid(Sources.Text.LayoutTextGridReader.Read(text, source), sets)
            : Read(TextRows.Split(text), source, sets);

    /// <summary>Reads a document already split into rows of cells (a <see cref="Grid.GridDocument"/>'s rows).</summary>
    /// <param name="sets">the table sets to recognise (<see cref="TableSets.Current"/> when null: the shipped ones and the user folder's)</param>
    public static Disclosure Read(IReadOnlyList<TextRow> rows, string source, TableSetLibrary? sets = null)
    {
        sets ??= TableSets.Current;
        // A document printed in traditional characters is read as simplified (labels, 萬元, 指標值 alike).
        rows = Simplified(rows);
        var hits = FindTitles(rows, TitleMatcher.For(sets));
        var set = ChooseSet(hits) ?? sets.Find("H") ?? sets.Sets[0];
        var disclosure = new Disclosure { Source = source, Set = set };
        DetectKind(disclosure, rows);
        var setHits = hits.Where(h => h.Matches.Any(m => m.Set == set))
            .Select(h => (h.Row, h.Cell, Table: h.Matches.First(m => m.Set == set).Table)).ToList();

        var consumed = new bool[rows.Count];
        var year = FindYear(rows);
        disclosure.Year = year;
        // The document's own year's catalogs (every year 2019–2027 has one; another year: the nearest, unconfirmed).
        var cat = CatalogSet.ForNearest(year ?? new FiscalYear(CatalogSet.LatestConfirmedYear));

        for (int h = 0; h < setHits.Count; h++)
        {
            var (row, cell, template) = setHits[h];
            int end = h + 1 < setHits.Count ? setHits[h + 1].Row : rows.Count;
            int endCell = h + 1 < setHits.Count ? setHits[h + 1].Cell : 0;
            var table = ParseTable(template, rows, row, cell, end, endCell, cat, consumed, disclosure);
            if (table is null) continue;
            var existing = disclosure.Table(template.Id);
            bool hasData = table.Parts.Any(p => p.Rows.Count > 0) || table.Note is not null || HasColumnHeader(template, table.HeaderLines, disclosure.Year?.Value);
            if (existing is null)
            {
                if (hasData) disclosure.Tables.Add(table);
                else disclosure.ContentsEntries.Add(table.PrintedTitle);
            }
            else if (hasData)
            {
                disclosure.ReadFindings.Add(new Finding(DuplicateTable.Id, DuplicateTable.Severity, table.Subject, $"第{table.Line}行",
                    $"{table.Subject}出现两次（第{existing.Line}行与第{table.Line}行），只采用第一次") { Line = table.Line });
            }
        }
        disclosure.Tables.Sort((a, b) => a.Template.Number.CompareTo(b.Template.Number));

        foreach (var t in disclosure.Tables)
        foreach (var line in t.HeaderLines)
        {
            if (disclosure.UnitCode is null && UnitHeader().Match(line) is { Success: true } m)
            {
                disclosure.UnitCode = m.Groups[1].Value;
                disclosure.UnitName = m.Groups[2].Value.Trim();
            }
            else if (disclosure.UnitName is null && UnitNameHeader().Match(line) is { Success: true } u)
            {
                disclosure.UnitName = u.Groups[1].Value.Trim();
            }
        }
        var scanned = new List<DeclaredProject>();
        ReadText(rows, consumed, disclosure, scanned);
        static bool every(Forms.FormLayout _) => true;
        if (Forms.TargetFormReader.Contains(rows, every))
        {
            disclosure.TargetForms.AddRange(Forms.TargetFormReader.Read(rows, every));
            // A document of forms only names its unit and year on the forms.
            var first = disclosure.TargetForms.FirstOrDefault();
            disclosure.UnitName ??= first?.Declaration.ImplementingUnit;
            if (disclosure.Year is null && first?.Year is { } y && FiscalYear.TryParse(y.ToString(System.Globalization.CultureInfo.InvariantCulture), out var fy)) disclosure.Year = fy;
        }
        if (Evaluations.SelfEvaluationReader.Contains(rows))
        {
            var evaluations = Evaluations.SelfEvaluationReader.Read(rows);
            disclosure.SelfEvaluations.AddRange(evaluations.Select(e => e.Evaluation));
            disclosure.UnitName ??= evaluations.FirstOrDefault()?.Evaluation.BudgetUnit;
            foreach (var read in evaluations)
            foreach (var problem in read.Problems)
                disclosure.ReadFindings.Add(new Finding(UnreadableCell.Id, UnreadableCell.Severity,
                    $"绩效自评表“{(read.Evaluation.ProjectName.Length > 0 ? read.Evaluation.ProjectName : $"第{read.Line}行")}”", problem.Field,
                    problem.Printed.Length == 0
                        ? $"未找到{problem.Field}（第 {read.Line} 行起的自评表），该项未参与核对"
                        : $"“{Shorten(problem.Printed)}”不能读作{problem.Expected}，该项未参与核对") { Actual = Shorten(problem.Printed), Expected = problem.Expected, Line = problem.Line });
        }
        DeclareProjects(disclosure, scanned);
        // What a form printed but could not be read is said like an unreadable table cell.
        foreach (var form in disclosure.TargetForms)
        foreach (var problem in form.Problems)
            disclosure.ReadFindings.Add(new Finding(UnreadableCell.Id, UnreadableCell.Severity,
                Rules.Targets.TargetFormRules.Subject(form), problem.Field,
                problem.Printed.Length == 0
                    ? $"未找到{problem.Field}，按第 {problem.Line} 行起的表核对"
                    : $"“{Shorten(problem.Printed)}”不能读作{problem.Expected}，该项未参与核对") { Actual = Shorten(problem.Printed), Expected = problem.Expected, Line = problem.Line });
        // A document of target forms without a title in its first rows (a cover page, Hebei forms on their own).
        if (disclosure.Kind == DocumentKind.Unknown && disclosure.Tables.Count == 0 && disclosure.TargetForms.Count > 0)
            disclosure.Kind = DocumentKind.PerformanceTargets;
        if (disclosure.Kind == DocumentKind.Unknown && disclosure.Tables.Count > 0) disclosure.Kind = disclosure.Set.Document;
        return disclosure;
    }

    private static IReadOnlyList<TextRow> Simplified(IReadOnlyList<TextRow> rows)
    {
        List<TextRow>? changed = null;
        for (int r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            string[]? copy = null;
            for (int c = 0; c < cells.Count; c++)
            {
                var s = Names.Simplified(cells[c]);
                if (ReferenceEquals(s, cells[c])) continue;
                copy ??= cells.ToArray();
                copy[c] = s;
            }
            if (copy is null) { changed?.Add(rows[r]); continue; }
            changed ??= rows.Take(r).ToList();
            changed.Add(rows[r] with { Cells = copy });
        }
        return changed ?? rows;
    }

    private sealed record TitleHit(int Row, int Cell, List<(TableSet Set, TableTemplate Table)> Matches);

    private static List<TitleHit> FindTitles(IReadOnlyList<TextRow> rows, TitleMatcher titles)
    {
        var hits = new List<TitleHit>();
        for (int r = 0; r < rows.Count; r++)
            for (int c = 0; c < rows[r].Cells.Count; c++)
            {
                var m = titles.Match(rows[r].Cells[c]);
                if (m.Count > 0) hits.Add(new TitleHit(r, c, m));
            }
        return hits;
    }

    private static TableSet? ChooseSet(List<TitleHit> hits)
    {
        if (hits.Count == 0) return null;
        return hits.SelectMany(h => h.Matches)
            .GroupBy(m => m.Set)
            .Select(g => (Set: g.Key, Count: g.Select(x => x.Table.Id).Distinct().Count(), Total: g.Key.Tables.Count))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Total) // a tie: prefer the smaller set whose every table was seen
            .First().Set;
    }

    private static void DetectKind(Disclosure d, IReadOnlyList<TextRow> rows)
    {
        d.Kind = DocumentKind.Unknown;
        foreach (var row in rows.Take(12))
        foreach (var cell in row.Filled)
        {
            var n = Names.Normalize(cell);
            if (n.Contains("绩效自评", StringComparison.Ordinal) || n.Contains("绩效评价", StringComparison.Ordinal)) { d.Kind = DocumentKind.SelfEvaluation; return; }
            if (n.Contains("绩效目标申报表", StringComparison.Ordinal)) { d.Kind = DocumentKind.PerformanceTargets; return; }
        }
    }

    internal static FiscalYear? FindYear(IReadOnlyList<TextRow> rows)
    {
        foreach (var row in rows)
        foreach (var cell in row.Filled)
        {
            // 预算年度 as printed, also in traditional characters or full-width digits
            var m = BudgetYear().Match(cell);
            if (!m.Success && cell.Contains("年度", StringComparison.Ordinal)) m = BudgetYear().Match(Names.Normalize(cell));
            if (m.Success && FiscalYear.TryParse(m.Groups[1].Value, out var y)) return y;
        }
        foreach (var row in rows.Take(8))
        foreach (var cell in row.Filled)
        {
            var m = AnyYear().Match(cell);
            if (m.Success && FiscalYear.TryParse(m.Groups[1].Value, out var y)) return y;
        }
        return null;
    }

    // ---- tables ----

    private sealed class RawRow
    {
        public required string Key;
        public string? Code;
        public required string Label;
        public required List<string> Values;
        public int Line;
        public bool CodePrinted = true;
        public string? GovernmentCode;
        public string? GovernmentLabel;

        /// <summary>The rows a label could be (cut short, it begins two of them): read as neither, said as a read finding.</summary>
        public string[]? Ambiguous;

        /// <summary>Index in its line's cells of the first value (-1 when not known).</summary>
        public int ValueOffset = -1;
    }

    /// <summary>
    /// Where each row added for this line took its values from: the values are a run of the line's own cell strings
    /// (the parsers slice them), found by reference so that a finding on a figure can be boxed on its cell.
    /// </summary>
    private static void LocateValues(IReadOnlyList<string> cells, List<RawRow>[] raws, int[] countsBefore)
    {
        for (int p = 0; p < raws.Length; p++)
        for (int r = countsBefore[p]; r < raws[p].Count; r++)
        {
            var values = raws[p][r].Values;
            if (values.Count == 0) continue;
            for (int k = 0; k + values.Count <= cells.Count; k++)
            {
                if (!ReferenceEquals(cells[k], values[0])) continue;
                bool all = true;
                for (int j = 1; j < values.Count && all; j++) all = ReferenceEquals(cells[k + j], values[j]);
                if (all) { raws[p][r].ValueOffset = k; break; }
            }
        }
    }

    private static DisclosureTable? ParseTable(TableTemplate template, IReadOnlyList<TextRow> rows, int startRow, int titleCell,
        int endRow, int endCell, CatalogSet cat, bool[] consumed, Disclosure disclosure)
    {
        var table = new DisclosureTable(template, rows[startRow].Cells[titleCell]) { Line = rows[startRow].Line, Unit = disclosure.Set.Unit };
        var header = new List<string>();
        foreach (var c in rows[startRow].Cells.Skip(titleCell + 1)) if (c.Length > 0) header.Add(c);
        consumed[startRow] = true;

        var raws = template.Parts.Select(_ => new List<RawRow>()).ToArray();
        var fixedCursor = new int[template.Parts.Count];
        bool seenData = false;
        int nonData = 0;
        for (int r = startRow + 1; r < Math.Min(endRow + 1, rows.Count); r++)
        {
            var row = rows[r];
            IReadOnlyList<string> cells = row.Cells;
            if (r == endRow)
            {
                // cells before the next title on its row (a note of this table)
                if (endCell == 0) break;
                cells = row.Cells.Take(endCell).ToArray();
            }
            if (cells.All(c => c.Length == 0)) continue;
            var first = cells.FirstOrDefault(c => c.Length > 0) ?? "";
            if (first.StartsWith("注", StringComparison.Ordinal) && (first.Length > 1 && first[1] is '：' or ':'))
            {
                table.Note = first;
                if (r < endRow) consumed[r] = true;
                continue;
            }

            // A note (注：本表无数据) closes its table: what follows is not a header of it.
            if (table.Note is not null) break;

            if (IsColumnIndexRow(cells))
            {
                // 栏次 / 序号 row (1 2 3 …) under the header: never data
                if (!seenData) header.AddRange(cells.Where(c => c.Length > 0));
                if (r < endRow) consumed[r] = true;
                continue;
            }

            bool placed = false;
            var before = raws.Select(x => x.Count).ToArray();
            if (IsTextOnly(cells)) { }
            else if (template.Parts.Count == 2) placed = ParsePairedRow(template, cells, row.Line, cat, raws, fixedCursor);
            else placed = ParseSingleRow(template.Parts[0], cells, row.Line, cat, raws[0], ref fixedCursor[0],
                // a line of a page outside any table has lost its blank cells: its figures have no columns
                positional: row.Boxes is null || row.InTable);
            if (placed && row.Boxes is not null) LocateValues(cells, raws, before);

            if (placed)
            {
                seenData = true;
                nonData = 0;
                if (r < endRow) consumed[r] = true;
                continue;
            }
            if (!seenData && r - startRow <= 10 && LooksLikeHeader(cells))
            {
                header.AddRange(cells.Where(c => c.Length > 0));
                if (r < endRow) consumed[r] = true;
                continue;
            }
            // The header printed again where the table goes on over a page (however its cells were cut): skipped.
            if (seenData && IsRepeatedHeader(cells, header))
            {
                if (r < endRow) consumed[r] = true;
                continue;
            }
            // Tolerate one stray row inside a table (a page header repeated); two end it.
            nonData++;
            if (seenData && nonData >= 2) break;
            if (!seenData && r - startRow > 10) break;
        }

        table.HeaderLines.AddRange(header);
        foreach (var h in header)
        {
            var n = Names.Normalize(h);
            // the amount unit the table prints, never assumed
            if (n.Contains("单位:元", StringComparison.Ordinal) || n == "单位:元" || n.EndsWith("单位:元", StringComparison.Ordinal)) table.Unit = "元";
            else if (n.Contains("千元", StringComparison.Ordinal)) table.Unit = "千元";
            else if (n.Contains("万元", StringComparison.Ordinal)) table.Unit = "万元";
        }
        var headerText = Names.Normalize(string.Concat(header));
        for (int p = 0; p < template.Parts.Count; p++)
            table.Parts.Add(BuildPart(template, template.Parts[p], raws[p], headerText, table, disclosure));
        return table;
    }

    private static bool IsRepeatedHeader(IReadOnlyList<string> cells, List<string> header)
    {
        var row = Names.Normalize(string.Concat(cells));
        if (row.Length < 2 || header.Count == 0) return false;
        if (cells.Any(c => CellNumbers.IsNumber(c) && !c.Replace(" ", "").All(char.IsAsciiDigit))) return false; // figures are data
        return Names.Normalize(string.Concat(header)).Contains(row, StringComparison.Ordinal);
    }

    // A header row under a title repeats column labels (合计 | 一般公共预算财政拨款 …): text where figures should be.
    private static bool IsTextOnly(IReadOnlyList<string> cells)
    {
        int numbers = 0, texts = 0;
        bool labelSeen = false;
        foreach (var c in cells)
        {
            if (c.Length == 0) continue;
            var kind = CellNumbers.Parse(c, out _, out _);
            if (kind is CellValueKind.Number or CellValueKind.Percent) { numbers++; continue; }
            if (!labelSeen) { labelSeen = true; continue; } // the row's own label
            if (c.Replace(" ", "").All(char.IsAsciiDigit)) { numbers++; continue; }
            texts++;
        }
        return texts >= 2 && numbers == 0;
    }

    private static readonly string[] RowHeaderLabels = ["科目编码", "科目名称", "收入科目编码", "项目", "项目名称", "单位名称", "部门预算支出经济科目名称", "政府预算支出经济科目名称"];

    /// <summary>
    /// True when the rows under a title print a column header of its table (a cell that is exactly a column label, or
    /// 科目编码 / 项目名称 …): an empty table published without its note, not a line of the contents.
    /// </summary>
    private static bool HasColumnHeader(TableTemplate template, List<string> headerLines, int? year)
    {
        var labels = template.Parts.SelectMany(p => p.Columns).SelectMany(c => PrintedLabels(c, year))
            .Concat(RowHeaderLabels).Select(Names.Normalize).ToHashSet(StringComparer.Ordinal);
        return headerLines.Any(h => labels.Contains(Names.Normalize(h)));
    }

    /// <summary>
    /// A column-index row (栏次): after an optional text label, the consecutive integers 1, 2, 3 … (at least three),
    /// printed without decimals. Published amounts always carry decimals, so no data row looks like this.
    /// </summary>
    internal static bool IsColumnIndexRow(IReadOnlyList<string> cells)
    {
        var filled = cells.Select(c => c.Replace(" ", "")).Where(c => c.Length > 0).ToList();
        if (filled.Count > 0 && !filled[0].All(char.IsAsciiDigit)) filled.RemoveAt(0);
        if (filled.Count < 3) return false;
        for (int i = 0; i < filled.Count; i++)
            if (!filled[i].All(char.IsAsciiDigit) || filled[i] != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) return false;
        return true;
    }

    private static bool LooksLikeHeader(IReadOnlyList<string> cells)
    {
        foreach (var c in cells)
        {
            if (c.Length == 0) continue;
            if (c.Length > 60) return false;
        }
        return true;
    }

    private static bool ParseSingleRow(TablePart part, IReadOnlyList<string> cells, int line, CatalogSet cat, List<RawRow> raws, ref int cursor, bool positional = true)
    {
        switch (part.RowSource)
        {
            case RowSourceKind.Economic when part.GovernmentNames:
                return ParseEconomicPairRow(part, cells, line, cat, raws);
            case RowSourceKind.Functional:
            case RowSourceKind.Economic:
            {
                bool functional = part.RowSource == RowSourceKind.Functional;
                for (int i = 0; i < cells.Count; i++)
                {
                    var c = cells[i].Replace(" ", "");
                    // 类 | 款 | 项 of a header whose cells reach down into the 合计 row of a drawn table
                    if (c is "类" or "款" or "项") continue;
                    bool isCode = functional ? FunctionalCode.TryParse(c, out _) : EconomicCode.TryParse(c, out _);
                    if (isCode && !(i == 0 && cells.Count > 2 && IsCodeLikeSerial(c, cells)))
                    {
                        // 类 | 款 | 项 printed in separate columns (“210 | 15 | 01 | 行政运行”, “210 |  |  | 卫生健康支出”).
                        if (c.Length == 3 && SplitCode(cells, i, functional) is var (joined, labelIndex) && labelIndex > 0)
                        {
                            raws.Add(new RawRow { Key = joined, Code = joined, Label = cells[labelIndex], Values = cells.Skip(labelIndex + 1).ToList(), Line = line });
                            return true;
                        }
                        int labelAt = i + 1 < cells.Count && !CellNumbers.IsNumericOrBlank(cells[i + 1]) ? i + 1 : -1;
                        var label = labelAt > 0 ? cells[labelAt] : "";
                        raws.Add(new RawRow { Key = c, Code = c, Label = label, Values = cells.Skip(labelAt > 0 ? labelAt + 1 : i + 1).ToList(), Line = line });
                        return true;
                    }
                    // code and name in one cell: “2101501 行政运行”, “[30101]基本工资”
                    if (CodeWithName(cells[i], functional) is var (code, name) && code.Length > 0)
                    {
                        raws.Add(new RawRow { Key = code, Code = code, Label = name, Values = cells.Skip(i + 1).ToList(), Line = line });
                        return true;
                    }
                    if (IsTotalLabel(c, part))
                    {
                        raws.Add(new RawRow { Key = "total", Label = cells[i], Values = cells.Skip(i + 1).ToList(), Line = line });
                        return true;
                    }
                    if (c is "无") return true; // the placeholder row of an empty table
                    if (c.Length > 0 && !CellNumbers.IsNumber(c) && part.Rows.Count > 0 && MatchFixed(part, cells[i], ref cursor) is { } fixedKey)
                    {
                        // a footer row of its own (人员经费合计 under the economic rows of 基本支出决算表)
                        raws.Add(new RawRow { Key = fixedKey, Label = cells[i], Values = cells.Skip(i + 1).ToList(), Line = line });
                        return true;
                    }
                    if (c.Length > 0 && !CellNumbers.IsNumber(c))
                        return !functional && i == FirstFilled(cells) && AddNamedEconomicRow(cells[i], null, null, cells.Skip(i + 1).ToList(), line, cat, raws);
                }
                return false;
            }
            case RowSourceKind.Fixed:
            {
                for (int i = 0; i < cells.Count; i++)
                {
                    if (cells[i].Length == 0 || CellNumbers.IsNumber(cells[i])) continue;
                    var key = MatchFixed(part, cells[i], ref cursor, out var ambiguous);
                    if (ambiguous is not null)
                    {
                        raws.Add(new RawRow { Key = "", Label = cells[i], Values = cells.Skip(i + 1).ToList(), Line = line, Ambiguous = ambiguous });
                        return true;
                    }
                    if (key is null) return false;
                    raws.Add(new RawRow { Key = key, Label = cells[i], Values = cells.Skip(i + 1).ToList(), Line = line });
                    return true;
                }
                // A table of one row prints its figures without a label (财政拨款“三公”经费支出决算表): the row of
                // figures under the header is that row, taken once.
                if (positional && part.Rows.Count == 1 && cells.Any(CellNumbers.IsNumber) && cells.All(CellNumbers.IsNumericOrBlank)
                    && (raws.Count == 0 || raws.Count == 1 && raws[0].Values.All(v => v.Length == 0)))
                {
                    raws.Clear();
                    raws.Add(new RawRow { Key = part.Rows[0].Key, Label = "", Values = cells.ToList(), Line = line });
                    return true;
                }
                return false;
            }
            case RowSourceKind.Projects:
            case RowSourceKind.Units:
            {
                for (int i = 0; i < cells.Count; i++)
                {
                    if (cells[i].Length == 0 || CellNumbers.IsNumber(cells[i])) continue;
                    var values = cells.Skip(i + 1).ToList();
                    if (values.Count == 0 || !values.Any(CellNumbers.IsNumber)) return false;
                    var key = IsTotalLabel(cells[i], part) || Names.Normalize(cells[i]) is "部门合计" or "合计" ? "total" : Names.Normalize(cells[i]);
                    raws.Add(new RawRow { Key = key, Label = cells[i], Values = values, Line = line });
                    return true;
                }
                return false;
            }
            default:
                return false;
        }
    }

    private static int FirstFilled(IReadOnlyList<string> cells)
    {
        for (int i = 0; i < cells.Count; i++) if (cells[i].Length > 0) return i;
        return -1;
    }

    /// <summary>
    /// A row of an economic table that prints the departmental and the government name side by side (set S table 6):
    /// <c>[30101] 基本工资 | [50101] 工资奖金津补贴 | 合计 | 人员经费 | 公用经费</c>, or <c>合计 | | figures</c>. The row is
    /// keyed by the departmental code: printed, or found from the departmental name in the year's catalog.
    /// </summary>
    private static bool ParseEconomicPairRow(TablePart part, IReadOnlyList<string> cells, int line, CatalogSet cat, List<RawRow> raws)
    {
        int i = FirstFilled(cells);
        if (i < 0) return false;
        int n = part.Columns.Count;
        string? depCode = null, govCode = null, govLabel = null;
        string first = cells[i].Replace(" ", "");
        // A 序号 column in front (“1 | 30101 | 基本工资 | …”, “1 | | 合计 | …”, as a drawn table or a workbook prints it).
        if (first.Length is > 0 and <= 3 && first.All(char.IsAsciiDigit) && i + 1 < cells.Count
            && (!(EconomicCode.TryParse(first, out var serialCode) && serialCode.Value.IsDepartmental) || IsCodeLikeSerial(first, cells.Skip(i).ToArray())))
        {
            int next = FirstFilled(cells.Skip(i + 1).ToArray());
            if (next < 0) return false;
            i += 1 + next;
            first = cells[i].Replace(" ", "");
        }
        if (EconomicCode.TryParse(first, out var dc) && dc.Value.IsDepartmental)
        {
            depCode = first;
            i++;
        }
        if (i >= cells.Count) return false;
        string depLabel = cells[i];
        if (depLabel.Length == 0 || CellNumbers.IsNumber(depLabel)) return false;
        bool total = depCode is null && IsTotalLabel(depLabel, part);
        i++;
        // the government half: an optional 5xx code, then a name (blank on 类 and 合计 rows of some documents)
        if (i < cells.Count && EconomicCode.TryParse(cells[i].Replace(" ", ""), out var gc) && !gc.Value.IsDepartmental)
        {
            govCode = cells[i].Replace(" ", "");
            i++;
        }
        if (i < cells.Count && (cells[i].Length == 0 || !CellNumbers.IsNumericOrBlank(cells[i])))
        {
            govLabel = cells[i].Length == 0 ? null : cells[i];
            i++;
        }
        var values = cells.Skip(i).ToList();
        // a blank government code and name both printed as empty cells: drop the extra leading blanks
        while (values.Count > n && values[0].Length == 0) values.RemoveAt(0);
        if (values.Any(v => !CellNumbers.IsNumericOrBlank(v))) return false;
        if (total)
        {
            raws.Add(new RawRow { Key = "total", Label = depLabel, Values = values, Line = line });
            return true;
        }
        if (depCode is not null)
        {
            raws.Add(new RawRow { Key = depCode, Code = depCode, Label = depLabel, Values = values, Line = line, GovernmentCode = govCode, GovernmentLabel = govLabel });
            return true;
        }
        return AddNamedEconomicRow(depLabel, govCode, govLabel, values, line, cat, raws);
    }

    /// <summary>
    /// An economic row printed without a code: its departmental name is looked up in the year's catalog; a name given
    /// to several codes (办公设备购置 under 309 and 310) is taken under the 类 the rows stand in. A name the catalog
    /// does not know is kept without a code (the catalog rules report it) when the row carries figures.
    /// </summary>
    private static bool AddNamedEconomicRow(string label, string? govCode, string? govLabel, List<string> values, int line, CatalogSet cat, List<RawRow> raws)
    {
        if (values.Count == 0 || values.Any(v => !CellNumbers.IsNumericOrBlank(v))) return false;
        var candidates = cat.DepartmentalEconomic.FindByName(label);
        string? currentClass = null;
        for (int k = raws.Count - 1; k >= 0; k--)
            if (raws[k].Code is { Length: 3 } cc) { currentClass = cc; break; }
        CatalogEntry? pick =
            candidates.FirstOrDefault(e => e.Code.Length == 5 && currentClass is not null && e.Code.StartsWith(currentClass, StringComparison.Ordinal))
            ?? candidates.FirstOrDefault(e => e.Code.Length == 3)
            ?? candidates.FirstOrDefault();
        if (pick is null)
        {
            if (!values.Any(CellNumbers.IsNumber)) return false;
            raws.Add(new RawRow { Key = "name:" + Names.Normalize(label), Label = label, Values = values, Line = line, GovernmentCode = govCode, GovernmentLabel = govLabel });
            return true;
        }
        raws.Add(new RawRow
        {
            Key = pick.Code, Code = pick.Code, Label = label, Values = values, Line = line,
            CodePrinted = false, GovernmentCode = govCode, GovernmentLabel = govLabel,
        });
        return true;
    }

    /// <summary>
    /// A code split over 类 / 款 / 项 columns: the 3-digit 类 at <paramref name="i"/>, then up to two cells of two digits
    /// or blanks, then the name. Returns the joined code and the name's index, or (c, -1) when the row is not so split.
    /// </summary>
    private static (string Code, int LabelIndex) SplitCode(IReadOnlyList<string> cells, int i, bool functional)
    {
        var code = cells[i].Replace(" ", "");
        int j = i + 1;
        bool split = false;
        for (int k = 0; k < (functional ? 2 : 1) && j < cells.Count; k++, j++)
        {
            var t = cells[j].Replace(" ", "");
            if (t.Length == 2 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1])) { code += t; split = true; continue; }
            if (t.Length == 0) { split = true; continue; }
            break;
        }
        if (!split || j >= cells.Count || cells[j].Length == 0 || CellNumbers.IsNumericOrBlank(cells[j])) return (code, -1);
        bool valid = functional ? FunctionalCode.TryParse(code, out _) : EconomicCode.TryParse(code, out _);
        return valid ? (code, j) : (code, -1);
    }

    /// <summary>A cell holding a code and its name together (“2101501 行政运行”, “[30101]基本工资”); ("", "") otherwise.</summary>
    private static (string Code, string Name) CodeWithName(string cell, bool functional)
    {
        var t = cell.Trim().TrimStart('[', '【', '(', '（');
        int k = 0;
        while (k < t.Length && char.IsAsciiDigit(t[k])) k++;
        if (k is not (3 or 5 or 7)) return ("", "");
        var code = t[..k];
        var name = t[k..].TrimStart(']', '】', ')', '）', ' ', '\u3000', '-', '—').Trim();
        if (name.Length == 0 || char.IsAsciiDigit(name[0])) return ("", "");
        bool valid = functional ? FunctionalCode.TryParse(code, out _) : EconomicCode.TryParse(code, out _);
        return valid ? (code, name) : ("", "");
    }

    // A 序号 of 3 digits in front of a code (“301 | 30101 | 基本工资”) is not the code.
    private static bool IsCodeLikeSerial(string first, IReadOnlyList<string> cells) =>
        cells.Count > 1 && (FunctionalCode.TryParse(cells[1].Replace(" ", ""), out _) || EconomicCode.TryParse(cells[1].Replace(" ", ""), out _)) && first.Length == 3
        && cells[1].Replace(" ", "").Length >= 3 && !cells[1].Replace(" ", "").StartsWith(first, StringComparison.Ordinal);

    private static bool IsTotalLabel(string cell, TablePart part)
    {
        var n = Names.Normalize(cell);
        return n == Names.Normalize(part.TotalLabel) || n is "合计" or "总计" or "合计数" or "部门合计";
    }

    private static string? MatchFixed(TablePart part, string label, ref int cursor) => MatchFixed(part, label, ref cursor, out _);

    /// <summary>
    /// The fixed row a printed label names. Exact first (normalised: widths, spaces, traditional characters, numbering),
    /// in order, since the same label may stand twice; then, for a label matching no row exactly, as exporters and
    /// extraction deform it: a gloss in brackets added or left out, a wrapped label whose pieces came out in another
    /// order, a label cut short at the cell's width. A deformed label that fits two rows fits none: its
    /// <paramref name="ambiguous"/> labels are returned for a read finding, never a guess.
    /// </summary>
    private static string? MatchFixed(TablePart part, string label, ref int cursor, out string[]? ambiguous)
    {
        ambiguous = null;
        var n = Names.Normalize(label);
        if (n.Length == 0) return null;
        // Sequential first: the same label may stand twice (年初结转 → 一般公共预算拨款 again).
        for (int k = cursor; k < part.Rows.Count; k++)
            if (LabelMatches(part.Rows[k], n)) { cursor = k + 1; return part.Rows[k].Key; }
        for (int k = 0; k < cursor && k < part.Rows.Count; k++)
            if (LabelMatches(part.Rows[k], n)) return part.Rows[k].Key;
        if (n.Length < 4) return null;
        var bare = WithoutGloss(n);
        List<int>? found = null;
        for (int k = 0; k < part.Rows.Count; k++)
        {
            if (!Deformed(part.Rows[k], n, bare)) continue;
            found ??= [];
            if (!found.Any(f => part.Rows[f].Key == part.Rows[k].Key)) found.Add(k);
        }
        if (found is null) return null;
        if (found.Count > 1)
        {
            ambiguous = [.. found.Select(f => part.Rows[f].Label)];
            return null;
        }
        if (found[0] >= cursor) cursor = found[0] + 1;
        return part.Rows[found[0]].Key;
    }

    private static bool Deformed(RowTemplate row, string n, string bare)
    {
        foreach (var printed in row.Aliases.Prepend(row.Label))
        {
            var l = Names.Normalize(printed);
            var lBare = WithoutGloss(l);
            if (bare == lBare && bare.Length >= 2) return true;                                  // a gloss added or left out
            if (n.Length == l.Length && string.Concat(l, l).Contains(n, StringComparison.Ordinal)) return true; // pieces swapped
            if (n.Length >= Math.Max(4, (l.Length + 1) / 2) && n.Length < l.Length && l.StartsWith(n, StringComparison.Ordinal)) return true; // cut short
        }
        return false;
    }

    // “公务用车购置及运维费(含购置费)” → “公务用车购置及运维费”: one trailing bracketed gloss
    private static string WithoutGloss(string n)
    {
        if (n.Length < 3 || n[^1] is not (')' or '）')) return n;
        int open = n.LastIndexOfAny(['(', '（']);
        return open > 0 ? n[..open] : n;
    }

    private static bool LabelMatches(RowTemplate row, string normalized)
    {
        if (Names.Normalize(row.Label) == normalized) return true;
        foreach (var a in row.Aliases) if (Names.Normalize(a) == normalized) return true;
        return false;
    }

    private static bool ParsePairedRow(TableTemplate template, IReadOnlyList<string> cells, int line, CatalogSet cat, List<RawRow>[] raws, int[] cursor)
    {
        var left = template.Parts[0];
        var right = template.Parts[1];
        if (left.RowSource is RowSourceKind.Functional or RowSourceKind.Economic && right.RowSource == left.RowSource)
            return ParseCatalogHalves(left, right, cells, line, cat, raws, cursor);
        int nL = left.Columns.Count, nR = right.Columns.Count;
        var list = cells.ToList();
        if (list.Count == 1 + (1 + nL) + (1 + nR) && (list[0].Length == 0 || int.TryParse(list[0], out _))) list.RemoveAt(0);
        else if (list.Count > 0 && int.TryParse(list[0], out _) && list.Count >= 2 && !CellNumbers.IsNumber(list[1])) list.RemoveAt(0);

        int rightAt;
        if (list.Count == (1 + nL) + (1 + nR)) rightAt = 1 + nL;
        else
        {
            rightAt = -1;
            for (int i = 1; i < list.Count; i++)
            {
                if (list[i].Length == 0 || CellNumbers.IsNumber(list[i])) continue;
                if (cat.FindExpenditureClass(list[i]) is not null || right.Rows.Any(r => LabelMatches(r, Names.Normalize(list[i])))) { rightAt = i; break; }
            }
            if (rightAt < 0) rightAt = list.Count;
        }

        bool placed = false;
        var leftLabel = list.Count > 0 ? list[0] : "";
        if (leftLabel.Length > 0 && rightAt > 0)
        {
            var key = MatchFixed(left, leftLabel, ref cursor[0]);
            if (key is not null)
            {
                raws[0].Add(new RawRow { Key = key, Label = leftLabel, Values = list.Skip(1).Take(rightAt - 1).ToList(), Line = line });
                placed = true;
            }
        }
        else if (leftLabel.Length == 0 && list.Count > 0) placed = true; // an empty left half is still a table row
        if (rightAt < list.Count)
        {
            var rightLabel = list[rightAt];
            var values = list.Skip(rightAt + 1).ToList();
            if (rightLabel.Length > 0)
            {
                if (right.RowSource == RowSourceKind.Classes && cat.FindExpenditureClass(rightLabel) is { } cls)
                {
                    raws[1].Add(new RawRow { Key = cls.Code, Code = cls.Code, Label = rightLabel, Values = values, Line = line });
                    placed = true;
                }
                else if (MatchFixed(right, rightLabel, ref cursor[1]) is { } key)
                {
                    raws[1].Add(new RawRow { Key = key, Label = rightLabel, Values = values, Line = line });
                    placed = true;
                }
            }
        }
        if (placed && leftLabel.Length == 0 && rightAt >= list.Count && list.All(c => c.Length == 0 || CellNumbers.IsNumericOrBlank(c)))
            return list.Any(c => c.Length > 0) && list.Count <= 1 + nL + 1 + nR; // a row of blanks and numbers only
        return placed;
    }

    /// <summary>
    /// A row of a table printed as two halves of the same catalog side by side (基本支出决算表: 301 / 303 on the left,
    /// 302 / 310 on the right, each half 类 | 款 | 科目名称 | 决算数): split in the middle when the halves are as wide
    /// as each other (a drawn table), else before the second code or footer label; each half read as a row of its own.
    /// </summary>
    private static bool ParseCatalogHalves(TablePart left, TablePart right, IReadOnlyList<string> cells, int line, CatalogSet cat, List<RawRow>[] raws, int[] cursor)
    {
        // A 序号 in front belongs to neither half (“1 | | 合计 | 0.00 | | 合计 | …”).
        if (cells.Count > 2 && cells[0].Length is > 0 and <= 3 && cells[0].All(char.IsAsciiDigit) && (cells[0].Length < 3 || IsCodeLikeSerial(cells[0], cells)))
            cells = cells.Skip(1).ToArray();
        int split = -1;
        if (cells.Count >= 4 && cells.Count % 2 == 0 && (CodeOrLabelAt(cells, cells.Count / 2, right) || cells.Skip(cells.Count / 2).All(c => c.Length == 0)
            || cells.Take(cells.Count / 2).All(c => c.Length == 0)))
            split = cells.Count / 2;
        else
        {
            bool leftSeen = false;
            for (int i = 0; i < cells.Count; i++)
            {
                if (cells[i].Length == 0) continue;
                if (leftSeen && CodeOrLabelAt(cells, i, right) && i > 0 && CellNumbers.IsNumericOrBlank(cells[i - 1])) { split = i; break; }
                leftSeen = true;
            }
        }
        var leftCells = split < 0 ? cells : cells.Take(split).ToArray();
        var rightCells = split < 0 ? [] : cells.Skip(split).ToArray();
        bool placed = false;
        if (leftCells.Any(c => c.Length > 0)) placed |= ParseSingleRow(left, leftCells, line, cat, raws[0], ref cursor[0]);
        if (rightCells.Any(c => c.Length > 0)) placed |= ParseSingleRow(right, rightCells, line, cat, raws[1], ref cursor[1]);
        return placed;
    }

    // Where the right half of a two-half catalog row starts: a 类 code, or a footer label of the right half.
    private static bool CodeOrLabelAt(IReadOnlyList<string> cells, int i, TablePart right)
    {
        var c = cells[i].Replace(" ", "");
        if (c.Length is 3 or 5 or 7 && c.All(char.IsAsciiDigit)) return true;
        if (CodeWithName(cells[i], right.RowSource == RowSourceKind.Functional) is var (code, _) && code.Length > 0) return true;
        var n = Names.Normalize(c);
        return n.Length > 0 && (right.Rows.Any(r => LabelMatches(r, n)) || IsTotalLabel(c, right));
    }

    /// <summary>A column's label and aliases as a budget of <paramref name="year"/> prints them (<c>{year}年合计</c> → 2021年合计).</summary>
    private static IEnumerable<string> PrintedLabels(ColumnTemplate column, int? year) =>
        column.Aliases.Prepend(column.Label).Select(l => ColumnTemplate.LabelFor(l, year));

    private static DisclosurePart BuildPart(TableTemplate template, TablePart partTemplate, List<RawRow> raws, string headerText,
        DisclosureTable table, Disclosure disclosure)
    {
        var part = new DisclosurePart(partTemplate);
        int n = partTemplate.Columns.Count;
        // How many value cells the rows carry: trailing empties may be cut in tab-separated text, so take the widest.
        int width = raws.Count == 0 ? n : raws.Max(r => TrimmedCount(r.Values));
        var present = Enumerable.Repeat(true, n).ToArray();
        int[] map = Enumerable.Range(0, n).ToArray(); // template column → value index
        if (raws.Count > 0 && width != n && width < n)
        {
            int? year = disclosure.Year?.Value;
            var inHeader = partTemplate.Columns.Select(c => PrintedLabels(c, year).Any(l => headerText.Contains(Names.Normalize(l), StringComparison.Ordinal))).ToArray();
            int found = inHeader.Count(x => x);
            if (found == n)
            {
                // The header prints every column: rows are short only by trailing blank cells (tab-separated text
                // drops them), which are zeros.
            }
            else if (found == width)
            {
                int v = 0;
                for (int i = 0; i < n; i++) { present[i] = inHeader[i]; map[i] = inHeader[i] ? v++ : -1; }
            }
            else if (raws.All(r => r.Values.Count <= width) && raws.Any(r => r.Values.Count == width))
            {
                // Rows are complete but narrower than the template: take the leading columns, say so.
                for (int i = 0; i < n; i++) { present[i] = i < width; map[i] = i < width ? i : -1; }
                disclosure.ReadFindings.Add(new Finding(ColumnsUnclear.Id, ColumnsUnclear.Severity, table.Subject, "表头",
                    $"{table.Subject}每行有 {width} 个数值，表样有 {n} 列；按前 {width} 列（{string.Join("、", partTemplate.Columns.Take(width).Select(c => c.LabelFor(disclosure.Year?.Value)))}）读取")
                { Expected = n.ToString(System.Globalization.CultureInfo.InvariantCulture), Actual = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = table.Line });
            }
        }
        part.ColumnPresent = present;

        int minDecimals = 2;
        foreach (var raw in raws)
        {
            if (raw.Ambiguous is { } could)
            {
                // read as neither: the sums that need either row lack it (insufficient data), never a false difference
                part.Unplaced = true;
                disclosure.ReadFindings.Add(new Finding(AmbiguousRow.Id, AmbiguousRow.Severity, table.Subject, $"行“{raw.Label}”",
                    $"行标签“{Shorten(raw.Label)}”可以是表样的“{string.Join("”或“", could)}”，该行未读取，用到它的核对未进行")
                { Actual = Shorten(raw.Label), Expected = string.Join("、", could), Line = raw.Line });
                continue;
            }
            var values = new Figure?[n];
            var rawValues = new string?[n];
            for (int i = 0; i < n; i++)
            {
                if (map[i] < 0) { values[i] = null; continue; }
                var text = map[i] < raw.Values.Count ? raw.Values[map[i]] : "";
                rawValues[i] = text;
                var f = CellNumbers.ToFigure(text, minDecimals);
                if (f is null)
                {
                    disclosure.ReadFindings.Add(new Finding(UnreadableCell.Id, UnreadableCell.Severity, table.Subject,
                        $"行“{(raw.Code is null ? raw.Label : raw.Code + " " + raw.Label)}”，列“{partTemplate.Columns[i].LabelFor(disclosure.Year?.Value)}”",
                        $"单元格“{Shorten(text)}”不是数字，该格未参与核对") { Actual = Shorten(text), Expected = "数字或空白", Line = raw.Line });
                }
                values[i] = f;
            }
            part.Rows.Add(new DisclosureRow(raw.Key, raw.Code, raw.Label, values)
            {
                SourceCells = raw.ValueOffset < 0 ? [] : map.Select(m => m < 0 || m >= raw.Values.Count ? -1 : raw.ValueOffset + m).ToArray(),
                RawValues = rawValues, Line = raw.Line, CodePrinted = raw.CodePrinted,
                GovernmentCode = raw.GovernmentCode, GovernmentLabel = raw.GovernmentLabel,
            });
        }
        return part;
    }

    private static int TrimmedCount(List<string> values)
    {
        int k = values.Count;
        while (k > 0 && values[k - 1].Length == 0) k--;
        return Math.Max(k, values.Count);
    }

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";

    // ---- text ----

    /// <summary>
    /// The projects the disclosure declares, in document order: each form read in full gives its project, code and
    /// printed money (one reading: the form's own); a 项目名称 … 预算数 found outside any form (a layout neither form
    /// reader knows) is kept as the text scan read it.
    /// </summary>
    private static void DeclareProjects(Disclosure d, List<DeclaredProject> scanned)
    {
        var forms = d.TargetForms.OrderBy(f => f.Line).ToList();
        var declared = new List<DeclaredProject>();
        static bool Declares(Jixiao.Targets.TargetForm f) => f.PrintedTotal is not null || f.Project.Code.Length > 0;
        foreach (var f in forms)
            if (Declares(f))
                declared.Add(new DeclaredProject(f.Project.Code.Length > 0 ? f.Project.Code : null, f.Project.Name,
                    f.PrintedTotal?.Figure, f.PrintedTotal?.Unit ?? "万元", f.Line));
        foreach (var p in scanned)
        {
            // the form a scanned amount falls in: the last one starting before it
            int k = forms.FindLastIndex(f => f.Line <= p.Line);
            if (k < 0 || !Declares(forms[k])) declared.Add(p);
        }
        d.Projects.AddRange(declared.OrderBy(p => p.Line));
    }

    private static void ReadText(IReadOnlyList<TextRow> rows, bool[] consumed, Disclosure d, List<DeclaredProject> scanned)
    {
        string section = "";
        string? unit = null;
        string? pendingName = null, pendingCode = null;
        for (int r = 0; r < rows.Count; r++)
        {
            if (consumed[r]) continue;
            var cells = rows[r].Cells;
            for (int i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (cell.Length == 0) continue;
                var n = Names.Normalize(cell);
                if (n.StartsWith("单位:", StringComparison.Ordinal) && cell.Length < 12) unit = n.EndsWith("万元", StringComparison.Ordinal) ? "万元" : "元";
                if (n == "项目名称" && i + 1 < cells.Count) { pendingName = cells[i + 1]; continue; }
                if (n == "项目编码" && i + 1 < cells.Count) { pendingCode = cells[i + 1]; continue; }
                if (n == "预算数" && pendingName is not null && i + 1 < cells.Count)
                {
                    var f = CellNumbers.ToFigure(cells[i + 1], 2);
                    scanned.Add(new DeclaredProject(pendingCode, pendingName, f, unit ?? "万元", rows[r].Line));
                    pendingName = null;
                    pendingCode = null;
                    continue;
                }
                if (IsHeading(cell)) section = cell;
                d.Paragraphs.Add(new TextParagraph(section, cell, rows[r].Line));
            }
        }
    }

    private static bool IsHeading(string cell) =>
        cell.Length <= 40 && Heading().IsMatch(cell) && !cell.Contains('。');

    [GeneratedRegex(@"^\s*(\d{6,15})\s*([^\d\s].{1,60})$")]
    private static partial Regex UnitHeader();

    [GeneratedRegex(@"^\s*(?:单位名称|预算单位|部门名称)\s*[:：]\s*(\S.{0,60}?)\s*$")]
    private static partial Regex UnitNameHeader();

    [GeneratedRegex(@"预算年度\s*[:：]?\s*(\d{4})")]
    private static partial Regex BudgetYear();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+、)")]
    private static partial Regex Heading();
}
