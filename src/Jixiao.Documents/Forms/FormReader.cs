using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Text;
using Jixiao.Targets;
using Jixiao.Text;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Reads one form in its layout from text rows (the rows from its title to the next): every field found by its printed
/// label — with the layout's aliases, whatever the width of its characters, the spaces inside it or a gloss in brackets —
/// never by a fixed column, because PDF and Word extraction shift and drop cells. A table's columns are placed by its
/// own heading row when every cell stands under a heading, else in printed order when the count says so; a row that
/// neither places is a <see cref="FormReadProblem"/>, never a guess. One pass; nothing throws.
/// </summary>
internal static partial class FormReader
{
    /// <summary>The values and the problems of the form in <paramref name="rows"/>[<paramref name="start"/>..<paramref name="end"/>) (the title row first).</summary>
    public static (FormData Data, List<FormReadProblem> Problems) Read(FormLayout layout, IReadOnlyList<TextRow> rows, int start, int end)
    {
        var reader = new State(layout, rows[start].Line);
        var titleCells = rows[start].Filled.Select(c => WithoutBookmark(c.Trim())).Where(c => c.Length > 0).ToList();
        string? title = layout.Kind == FormKind.TargetDeclaration
            ? titleCells.FirstOrDefault(c => layout.Title.IsTitle(c, titleCells.Count)) ?? titleCells.FirstOrDefault()
            : rows[start].Filled.FirstOrDefault()?.Trim();
        reader.Data.Set("title", title);
        // the unit line may share the title's row when the extraction joined them
        foreach (var cell in titleCells.Where(c => c != title)) reader.UnitCell(cell, rows[start].Line, true);
        for (int r = start + 1; r < end; r++) reader.Row(rows[r]);
        reader.Finish();
        return (reader.Data, reader.Problems);
    }

    /// <summary>A cell without a converter's anchor before it (<c>[bookmark: _Toc67565880]2.宣传印刷费绩效目标表</c>).</summary>
    internal static string WithoutBookmark(string cell) =>
        cell.StartsWith("[bookmark:", StringComparison.Ordinal) && cell.IndexOf(']') is > 0 and var close ? cell[(close + 1)..].Trim() : cell;

    // (2023年度), （2023 年度）
    [GeneratedRegex(@"^\(?((?:19|20)\d{2})年度\)?$")]
    private static partial Regex YearCell();

    /// <summary>A filled cell and its position in its row (a table's heading row says what each position holds).</summary>
    private readonly record struct Cell(string Text, int At, string Key);

    private enum Mode { None, Money, Sources, Texts, Indicators, Scores, People, Rows, Plan, Ended }

    /// <summary>The largest amount read, in 万元 (10 万亿元, as for the target forms): sums of many forms stay in range.</summary>
    private const decimal MaxWanYuan = Jixiao.Money.AmountLimits.MaxWanYuan;

    private sealed class State
    {
        private readonly FormLayout _layout;
        private readonly int _line;
        // a label not required is one under the table (the sign-off) or of an optional line
        private readonly List<(FormLabel Label, List<LineCell> Values, bool NotRequired)> _lineLabels = [];
        private readonly HashSet<FormLabel> _labelsSeen = [];
        private readonly MoneyBlock? _money;
        private readonly TextsBlock? _texts;
        private readonly IndicatorsBlock _indicators;
        private readonly SourcesBlock? _sources;
        private readonly ScoresBlock? _scores;
        private readonly PeopleBlock? _people;
        private Mode _mode;
        private bool _moneySeen, _indicatorsSeen, _sourcesSeen, _scoresSeen;

        // printed sources: the group open, the source (or the single group) whose amount is the next cell
        private decimal _sourcesUnit;
        private SourceGroup? _sourceGroup, _pendingSingle;
        private string? _pendingSource;

        // the score table's section and 二级 group (blank: continues)
        private string _section = "", _group = "";
        private readonly Dictionary<TableColumn, int> _peopleAt = [];
        private readonly Dictionary<MoneyColumn, int> _moneyAt = [];
        private readonly Dictionary<TextColumn, int> _textAt = [];
        private readonly Dictionary<IndicatorColumn, int> _indicatorAt = [];
        private Level1Indicator? _level1;
        private Level2Indicator? _level2;
        private readonly UnitLineBlock? _unitLine;
        private readonly RowsBlock? _rows;
        private readonly PlanBlock? _plan;
        private bool _firstRow = true, _rowsSeen;
        // the rows block's next row without a label of its own; the plan's points awaiting their shares
        private int _rowsNext;
        private List<string>? _planPoints;

        public FormData Data { get; } = new();

        public List<FormReadProblem> Problems { get; } = [];

        public State(FormLayout layout, int line)
        {
            _layout = layout;
            _line = line;
            foreach (var block in layout.Blocks.OfType<LineBlock>())
                for (int i = 0; i < block.Cells.Count; i++)
                    if (block.Cells[i].Label is { } label)
                        _lineLabels.Add((label, [.. block.Cells.Skip(i + 1).TakeWhile(c => c.Label is null).Where(c => c.Field is not null || c.Constant is not null)],
                            block.Outside || block.Optional));
            _money = layout.Blocks.OfType<MoneyBlock>().FirstOrDefault();
            _texts = layout.Blocks.OfType<TextsBlock>().FirstOrDefault();
            _indicators = layout.Blocks.OfType<IndicatorsBlock>().First();
            _sources = layout.Blocks.OfType<SourcesBlock>().FirstOrDefault();
            _scores = layout.Blocks.OfType<ScoresBlock>().FirstOrDefault();
            _people = layout.Blocks.OfType<PeopleBlock>().FirstOrDefault();
            _unitLine = layout.Blocks.OfType<UnitLineBlock>().FirstOrDefault();
            _rows = layout.Blocks.OfType<RowsBlock>().FirstOrDefault();
            _plan = layout.Blocks.OfType<PlanBlock>().FirstOrDefault();
            // a label of a rows block is found wherever it is printed (预算数 on a row of its own in a shorter form)
            foreach (var block in layout.Blocks.OfType<RowsBlock>().SelectMany(b => b.Rows))
                for (int i = 0; i < block.Cells.Count; i++)
                    if (block.Cells[i].Label is { } label)
                        _lineLabels.Add((label, [.. block.Cells.Skip(i + 1).TakeWhile(c => c.Label is null).Where(c => c.Field is not null || c.Constant is not null)], true));
            foreach (var block in layout.Blocks.OfType<LineBlock>())
                foreach (var cell in block.Cells)
                    if (cell.Field is { } f) _units[f] = block.Unit;
            foreach (var block in layout.Blocks.OfType<RowsBlock>().SelectMany(b => b.Rows))
                foreach (var cell in block.Cells)
                    if (cell.Field is { } f) _units[f] = block.Unit;
        }

        private readonly Dictionary<string, decimal> _units = new(StringComparer.Ordinal);

        /// <summary>
        /// A cell of the unit line: 单位：万元 / 单位：元 sets the unit the form's amounts are read in; the unit's name
        /// (a code glued to it, or 单位名称：…) fills the unit line's field.
        /// </summary>
        public bool UnitCell(string cell, int at, bool named)
        {
            if (_unitLine is null) return false;
            var key = FormLabel.Key(cell);
            if (key is "单位万元" or "单位元") { Data.Unit = key == "单位元" ? 1m : 10_000m; return true; }
            if (!named || Data.Text(_unitLine.Field) is not null) return false;
            int colon = cell.IndexOfAny([':', '：']);
            if (colon > 0 && FormLabel.Key(cell[..colon]) is "单位名称" or "预算单位" or "单位")
            {
                Data.Set(_unitLine.Field, cell[(colon + 1)..].Trim());
                Data.Lines.TryAdd(_unitLine.Field, at);
                return true;
            }
            int digits = 0;
            while (digits < cell.Length && char.IsAsciiDigit(cell[digits])) digits++;
            if (digits is < 3 or > 15 || digits == cell.Length || cell.EndsWith(_layout.Title.EndsWith, StringComparison.Ordinal)) return false;
            Data.Set(_unitLine.Field, cell);
            Data.Lines.TryAdd(_unitLine.Field, at);
            return true;
        }

        public void Row(TextRow row)
        {
            if (_mode == Mode.Ended) return;
            var cells = new List<Cell>();
            for (int i = 0; i < row.Cells.Count; i++)
                if (WithoutBookmark(row.Cells[i].Trim()) is { Length: > 0 } text)
                    foreach (var piece in Unglued(text)) cells.Add(new Cell(piece, i, FormLabel.Key(piece)));
            if (cells.Count == 0) return;
            int at = row.Line;
            if (_pair is not null)
            {
                // a cell the extraction broke over two lines: its tail starts this row
                if (_mode == Mode.Indicators && !cells.Any(c => LineLabel(c) is not null) && WrapsInto(_pair, cells.Select(c => c.Text).ToList()))
                {
                    _pair[^1] += cells[0].Text;
                    _pair.AddRange(cells.Skip(1).Select(c => c.Text));
                    return;
                }
                FlushPair();
            }
            if (_unitLine is not null)
            {
                bool first = _firstRow;
                _firstRow = false;
                bool unitOnly = true;
                foreach (var c in cells) unitOnly &= UnitCell(c.Text, at, first);
                if (unitOnly) return;
            }
            if (_mode == Mode.Indicators && _indicators.RawCells) { RawIndicatorRow(row, cells, at); return; }
            if (_mode == Mode.Plan)
            {
                // a blank shares row leaves no line (a template as handed out): the row after it opens the next block
                if (LineLabel(cells[0]) is not null && !cells.Any(c => CellNumbers.Parse(c.Text, out _, out _) is CellValueKind.Number or CellValueKind.Percent))
                {
                    _planPoints = null;
                    _mode = Mode.None;
                }
                else { PlanShares(cells, at); return; }
            }
            if (_plan is not null && _plan.Label.MatchesKey(cells[0].Key))
            {
                _planPoints = [.. cells.Skip(1).Select(c => c.Text)];
                _mode = Mode.Plan;
                return;
            }
            if (_rows is not null && _rows.Label.MatchesKey(cells[0].Key))
            {
                _rowsSeen = true;
                _labelsSeen.Add(_rows.Label);
                _mode = Mode.Rows;
                _rowsNext = 0;
                cells.RemoveAt(0);
                if (cells.Count == 0) return;
            }
            if (Data.Number("year") is null && YearCell().Match(cells[0].Key) is { Success: true } y)
            {
                Data.Set("year", decimal.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture));
                return;
            }
            if (_sources is not null && _sources.Label.MatchesKey(cells[0].Key))
            {
                _mode = Mode.Sources;
                _sourcesSeen = true;
                // the layout's unit, unless the printed label's gloss says 元: 项目资金情况(元)
                _sourcesUnit = Names.Normalize(cells[0].Text).Contains("(元)", StringComparison.Ordinal) ? 1m : _sources.Unit;
                SourcesRow(cells.Skip(1), at);
                return;
            }
            LeaveSources();
            if (IsIndicatorHeading(cells)) return;
            if (IsMoneyHeading(cells)) return;
            if (IsTextsHeading(cells, at)) return;
            if (IsScoresHeading(cells)) return;
            if (IsPeopleHeading(cells)) return;
            if (cells.Any(c => LineLabel(c) is not null))
            {
                // a row of the block's own labels continues it; any other labelled row closes it
                if (_mode == Mode.Rows && RowOf(cells) is int k and >= 0) _rowsNext = Math.Max(_rowsNext, k + 1);
                else _mode = Mode.None;
                Line(cells, at);
                return;
            }
            switch (_mode)
            {
                case Mode.Money: MoneyRow(cells, at); break;
                case Mode.Sources: SourcesRow(cells, at); break;
                case Mode.Texts: TextsRow(cells, at); break;
                case Mode.Indicators when _indicators.SideBySide: (_pair, _pairLine) = (cells.Select(c => c.Text).ToList(), at); break;
                case Mode.Indicators: IndicatorRow(cells, at); break;
                case Mode.Scores: ScoreRow(cells, at); break;
                case Mode.People: PersonRow(cells, at); break;
                case Mode.Rows: UnlabelledRow(cells, at); break;
            }
        }

        /// <summary>The row of the rows block whose labels a row shows.</summary>
        private int RowOf(List<Cell> cells)
        {
            for (int k = 0; k < _rows!.Rows.Count; k++)
                if (_rows.Rows[k].Cells.Any(c => c.Label is { } l && cells.Any(x => l.MatchesKey(x.Key)))) return k;
            return -1;
        }

        /// <summary>The next row of the rows block that has no label: its value cells take the row's cells in order.</summary>
        private void UnlabelledRow(List<Cell> cells, int at)
        {
            var block = _rows!;
            while (_rowsNext < block.Rows.Count && block.Rows[_rowsNext].Cells.Any(c => c.Label is not null)) _rowsNext++;
            if (_rowsNext >= block.Rows.Count) { _mode = Mode.None; return; }
            var values = block.Rows[_rowsNext++].Cells.Where(c => c.Field is not null).ToList();
            if (cells.Count > values.Count && values.Count > 0 && values[^1].Field!.StartsWith("text:", StringComparison.Ordinal))
                cells = [.. cells.Take(values.Count - 1), cells[values.Count - 1] with { Text = string.Join(" ", cells.Skip(values.Count - 1).Select(c => c.Text)) }];
            if (cells.Count > values.Count)
            {
                Problems.Add(new FormReadProblem(at, block.Label.Name, string.Join(" ", cells.Select(c => c.Text)), $"{block.Label.Name}下至多 {values.Count} 项"));
                return;
            }
            for (int v = 0; v < cells.Count; v++) Set(values[v].Field!, values[v].Format, cells[v].Text, at, block.Label.Name, 1m);
        }

        /// <summary>The shares under the plan's points (25.00% 50.00% …): a share that is not a number is a problem.</summary>
        private void PlanShares(List<Cell> cells, int at)
        {
            var points = _planPoints ?? [];
            for (int k = 0; k < points.Count && k < cells.Count; k++)
            {
                var kind = CellNumbers.Parse(cells[k].Text, out var share, out _);
                if (kind is CellValueKind.Number or CellValueKind.Percent)
                {
                    var row = new FormDataRow { Line = at };
                    row.Set("label", points[k]);
                    row.Set("share", share);
                    Data.Plan.Add(row);
                }
                else Problems.Add(new FormReadProblem(at, $"{_plan!.Label.Name}（{points[k]}）", cells[k].Text, "百分比"));
            }
            _planPoints = null;
            _mode = Mode.None;
        }

        // ---- lines of labels and values ----

        /// <summary>
        /// The line label a cell is, or starts with before a colon (项目名称：…). A label the layout prints more than once
        /// on a row (a source under the 实施期 and under the 年度) is its <paramref name="occurrence"/>-th printing there,
        /// the first when the layout prints it fewer times.
        /// </summary>
        private (FormLabel Label, List<LineCell> Values, string? Glued)? LineLabel(Cell cell, int occurrence = 0)
        {
            (FormLabel, List<LineCell>, string?)? first = null;
            int seen = 0;
            foreach (var entry in _lineLabels)
                if (entry.Label.MatchesKey(cell.Key))
                {
                    if (seen++ == occurrence) return (entry.Label, entry.Values, null);
                    first ??= (entry.Label, entry.Values, null);
                }
            if (first is not null) return first;
            int colon = cell.Text.IndexOfAny([':', '：']);
            if (colon > 0 && colon < cell.Text.Length - 1)
                foreach (var entry in _lineLabels)
                    if (entry.Label.Matches(cell.Text[..colon])) return (entry.Label, entry.Values, cell.Text[(colon + 1)..].Trim());
            return null;
        }

        /// <summary>
        /// A cell holding several labels each with its colon and value (负责人：张志涛经办人：牛建军联系电话：… — a line of
        /// pieces that a converter ran together) as its pieces: label, value, label, value; any other cell as it is.
        /// </summary>
        private IEnumerable<string> Unglued(string text)
        {
            var starts = new List<(int At, int End)>();
            foreach (var (label, _, _) in _lineLabels)
                foreach (var printed in label.Aliases.Prepend(label.Text))
                {
                    string bare = printed.TrimEnd(':', '：');
                    if (bare.Length == 0) continue;
                    for (int at = text.IndexOf(bare, StringComparison.Ordinal); at >= 0; at = text.IndexOf(bare, at + 1, StringComparison.Ordinal))
                    {
                        int end = at + bare.Length;
                        if (end < text.Length && text[end] is ':' or '：' && !starts.Any(s => s.At <= end && at < s.End)) starts.Add((at, end + 1));
                    }
                }
            if (starts.Count < 2) { yield return text; yield break; }
            starts.Sort();
            if (starts[0].At > 0 && text[..starts[0].At].Trim() is { Length: > 0 } before) yield return before;
            for (int k = 0; k < starts.Count; k++)
            {
                yield return text[starts[k].At..starts[k].End];
                int next = k + 1 < starts.Count ? starts[k + 1].At : text.Length;
                if (text[starts[k].End..next].Trim() is { Length: > 0 } value) yield return value;
            }
        }

        /// <summary>Each label takes the value cells after it, up to the next label, in order; a value left blank is simply not there.</summary>
        private void Line(List<Cell> cells, int at)
        {
            var printed = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < cells.Count; i++)
            {
                if (LineLabel(cells[i]) is not { } label) continue;
                int occurrence = printed.GetValueOrDefault(label.Label.Name);
                printed[label.Label.Name] = occurrence + 1;
                var found = occurrence == 0 ? label : LineLabel(cells[i], occurrence)!.Value;
                _labelsSeen.Add(found.Label);
                var values = new List<string>();
                if (found.Glued is { Length: > 0 } glued) values.Add(glued);
                while (i + 1 < cells.Count && LineLabel(cells[i + 1]) is null) values.Add(cells[++i].Text);
                // a text the extraction split over cells is one text
                if (values.Count > found.Values.Count && found.Values.Count > 0 && found.Values[^1].Field is { } last
                    && (last.StartsWith("text:", StringComparison.Ordinal) || found.Values[^1].JoinLines))
                {
                    // a numbered list printed one item a cell (1.… 2.…) keeps its items on lines of their own
                    string joined = string.Join(found.Values[^1].JoinLines ? "\n" : " ", values.Skip(found.Values.Count - 1));
                    values.RemoveRange(found.Values.Count - 1, values.Count - found.Values.Count + 1);
                    values.Add(joined);
                }
                if (values.Count > found.Values.Count)
                {
                    Problems.Add(new FormReadProblem(at, found.Label.Text, string.Join(" ", values), $"{found.Label.Text}后至多 {found.Values.Count} 项"));
                    continue;
                }
                for (int v = 0; v < values.Count; v++)
                {
                    var cell = found.Values[v];
                    if (cell.Field is not { } field) continue; // a text printed as it stands
                    string value = values[v];
                    if (cell.Suffix is { } suffix && value.Length > suffix.Length && value.EndsWith(suffix, StringComparison.Ordinal)) value = value[..^suffix.Length];
                    Set(field, cell.Format, value, at, found.Label.Name, 1m);
                }
            }
        }

        /// <summary>A value in its field's format: a number that cannot be read is a problem, never a guess.</summary>
        private void Set(string field, CellFormat format, string text, int at, string what, decimal unit)
        {
            Data.Lines.TryAdd(field, at);
            if (format is CellFormat.Text or CellFormat.Value) { Data.Set(field, text); return; }
            if (format is CellFormat.Amount)
            {
                // in the unit the form names (单位：元), else the block's
                decimal u = Data.Unit ?? _units.GetValueOrDefault(field, 10_000m);
                string unitName = u == 1m ? "元" : "万元";
                if (CellNumbers.ParseAmount(text, u == 1m ? 2 : 6, out var amount, out int decimals) is not CellValueKind.Number)
                    // a figure with a real fraction of a 分 (200000.123 元) is a figure still: what it lacks is said
                    Problems.Add(new FormReadProblem(at, what, text, CellNumbers.Parse(text, out _, out _) is CellValueKind.Number
                        ? $"以{unitName}为单位、至多{(u == 1m ? "两" : "六")}位小数的金额"
                        : $"以{unitName}为单位的金额"));
                else if (Math.Abs(amount) > MaxWanYuan * 10_000m / u)
                    Problems.Add(new FormReadProblem(at, what, text, "不超过 10 万亿元的金额"));
                else
                {
                    Data.Set(field, amount * u);
                    Data.Decimals[field] = decimals;
                }
                return;
            }
            if (Number(format, text, unit, at, what) is { } n) Data.Set(field, n);
        }

        private decimal? Number(CellFormat format, string text, decimal unit, int at, string what)
        {
            if (format == CellFormat.WanYuan)
            {
                var kind = CellNumbers.ParseAmount(text, unit == 1m ? 2 : 6, out var amount, out _);
                if (kind == CellValueKind.Blank) return null;
                if (kind == CellValueKind.Number) return amount * unit;
                Problems.Add(new FormReadProblem(at, what, text, unit == 1m ? "以元为单位的金额" : "以万元为单位的金额"));
                return null;
            }
            var k = CellNumbers.Parse(text, out var value, out _);
            if (k == CellValueKind.Blank) return null;
            if (k == CellValueKind.Number || k == CellValueKind.Percent && format == CellFormat.Rate) return value;
            Problems.Add(new FormReadProblem(at, what, text, format == CellFormat.Rate ? "百分比" : "数字"));
            return null;
        }

        // ---- the money table ----

        /// <summary>The heading row of the money table (three of its column labels at least); the block's label may open it.</summary>
        private bool IsMoneyHeading(List<Cell> cells)
        {
            if (_money is null) return false;
            int found = cells.Count(c => _money.Columns.Any(m => m.Label.MatchesKey(c.Key)));
            if (found < Math.Min(3, _money.Columns.Count)) return false;
            _moneyAt.Clear();
            foreach (var c in cells)
                if (_money.Columns.FirstOrDefault(m => m.Label.MatchesKey(c.Key)) is { } column) _moneyAt.TryAdd(column, c.At);
            _mode = Mode.Money;
            _moneySeen = true;
            return true;
        }

        private void MoneyRow(List<Cell> cells, int at)
        {
            var block = _money!;
            int k = 0;
            if (block.Label.MatchesKey(cells[0].Key)) k++;
            if (k >= cells.Count) return;
            if (block.Rows.FirstOrDefault(r => r.Label.MatchesKey(cells[k].Key)) is not { } moneyRow)
            {
                Problems.Add(new FormReadProblem(at, block.Label.Text, cells[k].Text, string.Join("、", block.Rows.Select(r => r.Label.Text))));
                return;
            }
            var figures = cells.Skip(k + 1).ToList();
            var placed = Place(figures, block.Columns, c => _moneyAt.TryGetValue(c, out int p) ? p : null,
                // a total-only column's dash on a 其中 row is no figure
                c => !moneyRow.IsTotal && c.TotalOnly);
            if (placed is null)
            {
                Problems.Add(new FormReadProblem(at, moneyRow.Label.Text, string.Join(" ", figures.Select(f => f.Text)), $"{string.Join("、", block.Columns.Select(c => c.Label.Text))}各列的数"));
                return;
            }
            foreach (var (column, text) in placed)
            {
                if (column.TotalOnly && !moneyRow.IsTotal) continue;
                Set(MoneyBlock.Key(column, moneyRow), column.Format, text, at, $"{moneyRow.Label.Text}·{column.Label.Text}", block.Unit);
            }
        }

        /// <summary>
        /// The cells of a table row placed in their columns: by the heading row's positions when every cell stands under
        /// a heading, else in printed order when there are as many cells as columns (or as the columns that are not
        /// <paramref name="skippable"/>); null when neither holds.
        /// </summary>
        private static List<(T Column, string Text)>? Place<T>(List<Cell> cells, IReadOnlyList<T> columns, Func<T, int?> position, Func<T, bool> skippable)
            where T : notnull
        {
            var result = new List<(T, string)>();
            if (cells.Count == 0) return result;
            var positions = columns.Select(position).ToList();
            if (positions.All(p => p is not null) && cells.All(c => positions.Contains(c.At)))
            {
                foreach (var c in cells) result.Add((columns[positions.IndexOf(c.At)], c.Text));
                return result;
            }
            var dashless = cells.Where(c => CellNumbers.Parse(c.Text, out _, out _) != CellValueKind.Blank || c.Text.Length > 3).ToList();
            if (cells.Count == columns.Count)
            {
                for (int i = 0; i < cells.Count; i++) result.Add((columns[i], cells[i].Text));
                return result;
            }
            var kept = columns.Where(c => !skippable(c)).ToList();
            if (dashless.Count == kept.Count)
            {
                for (int i = 0; i < dashless.Count; i++) result.Add((kept[i], dashless[i].Text));
                return result;
            }
            return dashless.Count == 0 ? result : null;
        }

        // ---- texts side by side ----

        private bool IsTextsHeading(List<Cell> cells, int at)
        {
            if (_texts is null) return false;
            bool labelled = _texts.Label.MatchesKey(cells[0].Key);
            var headings = cells.Where(c => _texts.Columns.Any(t => t.Heading.MatchesKey(c.Key))).ToList();
            // the label and its texts on one row, with no heading row above (总体目标 | 实施期的 | 年度的): in order
            if (labelled && headings.Count == 0 && cells.Count > 1 && _mode != Mode.Texts)
            {
                _labelsSeen.Add(_texts.Label);
                if (cells.Count - 1 > _texts.Columns.Count)
                    Problems.Add(new FormReadProblem(at, _texts.Label.Text, string.Join(" ", cells.Skip(1).Select(c => c.Text)), string.Join("、", _texts.Columns.Select(c => c.Heading.Text))));
                else
                    for (int k = 1; k < cells.Count; k++) Data.Set(_texts.Columns[k - 1].Field, cells[k].Text);
                _mode = Mode.None;
                return true;
            }
            if (headings.Count == 0 || !labelled && headings.Count < _texts.Columns.Count) return false;
            _textAt.Clear();
            foreach (var c in headings) _textAt.TryAdd(_texts.Columns.First(t => t.Heading.MatchesKey(c.Key)), c.At);
            _labelsSeen.Add(_texts.Label);
            _mode = Mode.Texts;
            return true;
        }

        private void TextsRow(List<Cell> cells, int at)
        {
            var block = _texts!;
            var texts = block.Label.MatchesKey(cells[0].Key) ? cells.Skip(1).ToList() : cells;
            var placed = Place(texts, block.Columns, c => _textAt.TryGetValue(c, out int p) ? p : null, _ => false) ?? UnderHeadings(texts);
            if (placed is null)
                Problems.Add(new FormReadProblem(at, block.Label.Text, string.Join(" ", texts.Select(c => c.Text)), string.Join("、", block.Columns.Select(c => c.Heading.Text))));
            else
                foreach (var (column, text) in placed) Data.Set(column.Field, text);
            _mode = Mode.None;
        }

        /// <summary>
        /// Texts placed under the heading row when a heading spans several columns (实施期目标 over four): each text under
        /// the last heading at or before its cell, no two under one; null when a text stands before every heading.
        /// </summary>
        private List<(TextColumn Column, string Text)>? UnderHeadings(List<Cell> texts)
        {
            if (_textAt.Count != _texts!.Columns.Count || texts.Count == 0) return null;
            var result = new List<(TextColumn, string)>();
            foreach (var text in texts)
            {
                var under = _textAt.Where(h => h.Value <= text.At).OrderByDescending(h => h.Value).Select(h => h.Key).FirstOrDefault();
                if (under is null || result.Any(r => r.Item1 == under)) return null;
                result.Add((under, text.Text));
            }
            return result;
        }

        // ---- the indicator rows ----

        /// <summary>The heading row of the indicator table: its 二级 and 三级 labels and one more of its labels at least.</summary>
        private bool IsIndicatorHeading(List<Cell> cells)
        {
            var columns = _indicators.Columns;
            var matched = cells.Select(c => (Cell: c, Column: columns.FirstOrDefault(m => m.Label.MatchesExactly(c.Text)) ?? columns.FirstOrDefault(m => m.Label.MatchesKey(c.Key))))
                .Where(x => x.Column is not null).ToList();
            if (matched.Count < 3 || !matched.Any(m => m.Column!.Field == "level2") || !matched.Any(m => m.Column!.Field == "name")) return false;
            _indicatorAt.Clear();
            foreach (var (cell, column) in matched) _indicatorAt.TryAdd(column!, cell.At);
            _mode = Mode.Indicators;
            _indicatorsSeen = true;
            return true;
        }

        /// <summary>
        /// An indicator row from its raw cells, blanks kept (a merged 绩效指标描述 leaves an empty cell): the 一级 (blank,
        /// or dropped by the extraction), the 二级 (blank: the one above continues), then the other columns in order. A row
        /// of one short cell continues the last row's <see cref="IndicatorsBlock.Continues"/> field; an empty 二级 row holds
        /// nothing; any other row is the document's next section, and the form ends there.
        /// </summary>
        private void RawIndicatorRow(TextRow raw, List<Cell> filled, int at)
        {
            var block = _indicators;
            var cells = raw.Cells.Select(c => WithoutBookmark(c.Trim())).ToList();
            if (RawIndicator(cells) is { } values)
            {
                var row = new FormDataRow { Line = at };
                row.Set("level1", IndicatorFramework.Name(IndicatorFramework.Parent(_level2!.Value)));
                row.Set("level2", IndicatorFramework.Name(_level2.Value));
                if (block.Half is { } half) row.Set("half", half);
                foreach (var (field, text) in values) if (text.Length > 0) row.Set(field, text);
                Data.Indicators.Add(row);
                return;
            }
            if (block.Continues is { } continued && filled.Count == 1 && Data.Indicators.Count > 0 && Data.Indicators[^1].Text(continued) is null
                && filled[0].Text.Length <= 40 && !IsSectionHeading(filled[0].Text))
            {
                Data.Indicators[^1].Set(continued, filled[0].Text);
                return;
            }
            if (cells.Count >= block.Columns.Count - 1
                && cells.Take(2).All(c => c.Length == 0 || IndicatorFramework.Level1Named(c) is not null || IndicatorFramework.Level2Named(c) is not null)) return;
            _mode = Mode.Ended;
        }

        /// <summary>The fields of a raw indicator row, or null when the row is none (no 二级, no 三级).</summary>
        private List<(string Field, string Text)>? RawIndicator(List<string> cells)
        {
            var others = _indicators.Columns.Where(c => c.Field is not ("level1" or "level2")).ToList();
            if (cells.Count < others.Count + 1) return null;
            int at;
            if (cells[0].Length == 0 || IndicatorFramework.Level1Named(cells[0]) is not null) at = 1;
            else if (IndicatorFramework.Level2Named(cells[0]) is null) return null;
            else at = 0; // the 一级 cell dropped by extraction
            if (cells[at].Length > 0)
            {
                if (IndicatorFramework.Level2Named(cells[at]) is not { } named) return null;
                _level2 = named;
            }
            if (_level2 is null) return null;
            var rest = cells.Skip(at + 1).ToList();
            // the last column (a basis) may be lost with its cell; the others must be there, the 三级 filled
            if (rest.Count < others.Count - 1 || rest[0].Length == 0) return null;
            return [.. others.Zip(rest).Select(p => (p.First.Field, p.Second))];
        }

        // ---- the two halves side by side ----

        // the 二级 each half continues, and the row awaiting a tail the extraction broke onto the next line
        private Level2Indicator? _implementationLevel2, _annualLevel2;
        private List<string>? _pair;
        private int _pairLine;

        private void FlushPair()
        {
            if (_pair is null) return;
            PairRow(_pair, _pairLine);
            _pair = null;
        }

        /// <summary>The cells of a row that are its halves' (the table's label and the 一级 left out).</summary>
        private List<string> HalvesOf(List<string> cells) =>
            [.. cells.SkipWhile(c => IndicatorFramework.Level1Named(c) is not null || _indicators.Label?.Matches(c) == true)];

        /// <summary>
        /// A row of both halves: when it opens a 二级, the 年度 half starts at the next 二级 name (right after a complete
        /// 实施期 half, or wherever the 实施期 half stops short); a row continuing the 二级 above has its halves side by
        /// side, split in the middle.
        /// </summary>
        private void PairRow(List<string> cells, int at)
        {
            var l = HalvesOf(cells);
            if (l.Count == 0) return;
            List<string> left, right;
            if (IndicatorFramework.Level2Named(l[0]) is { } first)
            {
                int split = SplitAt(l);
                _implementationLevel2 = first;
                _annualLevel2 = split < l.Count ? IndicatorFramework.Level2Named(l[split]) ?? first : first;
                left = l.GetRange(1, Math.Max(0, split - 1));
                right = split < l.Count ? l.GetRange(split + 1, l.Count - split - 1) : [];
            }
            else
            {
                int half = (l.Count + 1) / 2;
                left = l.GetRange(0, half);
                right = l.GetRange(half, l.Count - half);
            }
            if (_implementationLevel2 is { } li) HalfRow("implementation", li, left, at);
            if (_annualLevel2 is { } ri) HalfRow("annual", ri, right, at);
        }

        private int SplitAt(List<string> l)
        {
            int width = _indicators.HalfColumns("implementation").Count;
            if (l.Count > width && IndicatorFramework.Level2Named(l[width]) is not null) return width;
            for (int i = 1; i < l.Count; i++) if (IndicatorFramework.Level2Named(l[i]) is not null) return i;
            return l.Count;
        }

        /// <summary>
        /// One half's cells after its 二级: the 三级 name, then the other columns, the last taking what is left. A single
        /// cell is the value when it reads as a figure (≥5个), else the name.
        /// </summary>
        private void HalfRow(string half, Level2Indicator level2, List<string> cells, int at)
        {
            if (cells.Count == 0) return;
            var fields = _indicators.HalfColumns(half).Where(c => c.Field != "level2").Select(c => c.Field).ToList();
            var row = new FormDataRow { Line = at };
            row.Set("half", half);
            row.Set("level1", IndicatorFramework.Name(IndicatorFramework.Parent(level2)));
            row.Set("level2", IndicatorFramework.Name(level2));
            if (cells.Count == 1)
            {
                var only = TargetValue.Parse(cells[0]);
                bool figure = fields.Contains("target") && only.Kind is not (TargetValueKind.Qualitative or TargetValueKind.Unreadable or TargetValueKind.Empty);
                row.Set(figure ? "target" : "name", cells[0]);
            }
            else
                for (int k = 0; k < fields.Count && k < cells.Count; k++)
                    row.Set(fields[k], k == fields.Count - 1 ? string.Concat(cells.Skip(k)) : cells[k]);
            Data.Indicators.Add(row);
        }

        /// <summary>
        /// True when <paramref name="next"/> is the rest of a row whose last cell wrapped: the row opens a 二级 and either
        /// the 年度 half's 二级 only comes on the next line, or the 年度 half stops at its 三级 name and the next line holds
        /// at most its end and the value. A row continuing a 二级 (its 二级 cell blank) never holds a 二级 name.
        /// </summary>
        private bool WrapsInto(List<string> cells, List<string> next)
        {
            if (next.Count == 0 || IndicatorFramework.Level1Named(next[0]) is not null || IndicatorFramework.Level2Named(next[0]) is not null) return false;
            var l = HalvesOf(cells);
            if (l.Count == 0 || IndicatorFramework.Level2Named(l[0]) is null) return false;
            int level2s = l.Count(c => IndicatorFramework.Level2Named(c) is not null);
            if (level2s == 1) return next.Skip(1).Any(c => IndicatorFramework.Level2Named(c) is not null);
            int annualAt = l.FindIndex(1, c => IndicatorFramework.Level2Named(c) is not null);
            return level2s == 2 && l.Count - annualAt - 1 == 1 && next.Count <= 2 && next.All(c => IndicatorFramework.Level2Named(c) is null);
        }

        /// <summary>The 年度 half often cuts a long 三级 name (离休干部业务经 for 离休干部业务经办成本): the 实施期 half's full name.</summary>
        private void CompleteCutNames()
        {
            foreach (var row in Data.Indicators.Where(r => r.Text("half") == "annual"))
                if (row.Text("name") is { Length: >= 4 } cut
                    && Data.Indicators.FirstOrDefault(i => i.Text("half") == "implementation" && i.Text("level2") == row.Text("level2")
                        && i.Text("name") is { } full && full.Length > cut.Length && full.StartsWith(cut, StringComparison.Ordinal)) is { } whole)
                    row.Set("name", whole.Text("name"));
        }

        // 六、政府采购预算情况: the document's next section
        private static bool IsSectionHeading(string text) =>
            text.Length > 2 && "一二三四五六七八九十".Contains(text[0]) && text.IndexOf('、') is > 0 and < 4;

        /// <summary>
        /// 一级 and 二级 (blank: the one above continues — a 二级 under another 一级 cannot), then the row's other fields.
        /// Without the heading's positions, the 一级 and 二级 are recognised by the framework's names and the rest
        /// must fill the other columns in order.
        /// </summary>
        private void IndicatorRow(List<Cell> cells, int at)
        {
            var columns = _indicators.Columns;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (columns.All(_indicatorAt.ContainsKey) && cells.All(c => _indicatorAt.ContainsValue(c.At)))
                foreach (var c in cells) values[_indicatorAt.First(p => p.Value == c.At).Key.Field] = c.Text;
            else
            {
                int k = 0;
                if (k < cells.Count && IndicatorFramework.Level1Named(cells[k].Text) is not null && columns.Any(c => c.Field == "level1")) values["level1"] = cells[k++].Text;
                if (k < cells.Count && IndicatorFramework.Level2Named(cells[k].Text) is not null && k + 1 < cells.Count) values["level2"] = cells[k++].Text;
                var rest = cells.Skip(k).ToList();
                var others = columns.Where(c => c.Field is not ("level1" or "level2")).ToList();
                if (rest.Count != others.Count && rest.Count > 0)
                {
                    Problems.Add(new FormReadProblem(at, _indicators.Name, string.Join(" ", cells.Select(c => c.Text)), string.Join("、", columns.Select(c => c.Label.Text))));
                    return;
                }
                for (int i = 0; i < rest.Count; i++) values[others[i].Field] = rest[i].Text;
            }

            if (values.TryGetValue("level1", out var l1))
            {
                if (IndicatorFramework.Level1Named(l1) is not { } level1)
                {
                    Problems.Add(new FormReadProblem(at, "一级指标", l1, "一级指标名称"));
                    return;
                }
                if (_level2 is { } l && IndicatorFramework.Parent(l) != level1) _level2 = null;
                _level1 = level1;
            }
            if (values.TryGetValue("level2", out var l2))
            {
                if (IndicatorFramework.Level2Named(l2) is not { } level2)
                {
                    Problems.Add(new FormReadProblem(at, "二级指标", l2, "二级指标名称"));
                    return;
                }
                _level2 = level2;
            }
            // a row naming nothing but its 一级 or 二级 holds no indicator — nor one naming a 二级 in the 三级 column and
            // nothing else (经济效益指标, 其他满意度指标 left empty)
            if (values.Keys.All(k => k is "level1" or "level2")) return;
            if (values.Keys.All(k => k is "level1" or "level2" or "name") && IndicatorFramework.Level2Named(values["name"]) is not null) return;
            if (_level2 is not { } current)
            {
                Problems.Add(new FormReadProblem(at, "二级指标", string.Join(" ", cells.Select(c => c.Text)), "二级指标名称"));
                return;
            }
            var row = new FormDataRow { Line = at };
            if (_indicators.Half is { } rowHalf) row.Set("half", rowHalf);
            row.Set("level1", IndicatorFramework.Name(IndicatorFramework.Parent(current)));
            row.Set("level2", IndicatorFramework.Name(current));
            foreach (var column in columns)
            {
                if (column.Field is "level1" or "level2" || !values.TryGetValue(column.Field, out var text)) continue;
                if (column.Format is CellFormat.Text or CellFormat.Value) row.Set(column.Field, text);
                else row.Set(column.Field, Number(column.Format, text, 1m, at, $"“{values.GetValueOrDefault("name") ?? ""}”的{column.Label.Text}"));
            }
            Data.Indicators.Add(row);
        }

        // ---- money as printed sources in groups ----

        /// <summary>
        /// Labels and amounts in printed order: a group (预算资金, 实际支出资金) then its sources each followed by its amount;
        /// a single group (预算下达资金) followed by its amount. Where a line starts does not matter, so a line shifted left
        /// reads the same.
        /// </summary>
        private void SourcesRow(IEnumerable<Cell> cells, int at)
        {
            var block = _sources!;
            foreach (var cell in cells)
            {
                string label = SourceLabel(cell.Text);
                if (block.Groups.FirstOrDefault(g => g.Label.MatchesKey(cell.Key)) is { } group)
                {
                    if (group.Single) (_pendingSingle, _pendingSource) = (group, null);
                    else (_sourceGroup, _pendingSingle, _pendingSource) = (group, null, null);
                    continue;
                }
                var kind = CellNumbers.Parse(cell.Text, out var value, out _);
                if (_pendingSource is null && _pendingSingle is null)
                {
                    if (kind is CellValueKind.Blank) continue;
                    if (kind is CellValueKind.Number) Problems.Add(new FormReadProblem(at, _sourceGroup?.Label.Name ?? block.Label.Name, cell.Text, "资金来源及其金额"));
                    else _pendingSource = label;
                    continue;
                }
                if (kind is CellValueKind.Blank) { LeaveSources(); continue; }
                // the amount was left blank: the next source follows
                if (kind is not CellValueKind.Number && IsSourceLabel(label)) { (_pendingSource, _pendingSingle) = (label, null); continue; }
                string field = _pendingSingle is { } single ? single.Label.Name
                    : _sourceGroup is { } open ? $"{open.Label.Name}·{_pendingSource}" : _pendingSource!;
                string unit = _sourcesUnit == 1m ? "以元为单位" : "以万元为单位";
                if (kind is not CellValueKind.Number) Problems.Add(new FormReadProblem(at, field, cell.Text, unit + "的金额"));
                else if (Math.Abs(value) > MaxWanYuan * 10_000m / _sourcesUnit) Problems.Add(new FormReadProblem(at, field, cell.Text, "不超过 10 万亿元的金额"));
                // Excel's float noise is rounded to the 分; a real fraction of a 分 is no amount
                else if (CellNumbers.ParseAmount(cell.Text, _sourcesUnit == 1m ? 2 : 6, out var amount, out _) is not CellValueKind.Number)
                    Problems.Add(new FormReadProblem(at, field, cell.Text, unit + (_sourcesUnit == 1m ? "、至多两位小数的金额" : "、至多六位小数的金额")));
                else SourceAmount(field, amount * _sourcesUnit, at);
                LeaveSources();
            }
        }

        private void SourceAmount(string field, decimal amount, int at)
        {
            var row = new FormDataRow { Line = at };
            if (_pendingSingle is { } single) row.Set("group", single.Field);
            else if (_sourceGroup is { } group) { row.Set("group", group.Field); row.Set("source", _pendingSource); }
            else
            {
                Problems.Add(new FormReadProblem(at, field, amount.ToString(CultureInfo.InvariantCulture),
                    string.Join("或", _sources!.Groups.Where(g => !g.Single).Select(g => g.Label.Name)) + "下的金额"));
                return;
            }
            row.Set("amount", amount);
            Data.Sources.Add(row);
        }

        /// <summary>A source whose amount was left blank is no line; a new row of another block closes the pending one.</summary>
        private void LeaveSources() => (_pendingSource, _pendingSingle) = (null, null);

        private static string SourceLabel(string cell)
        {
            var s = Names.Normalize(cell).Replace(":", "", StringComparison.Ordinal);
            return s.StartsWith("其中", StringComparison.Ordinal) ? s[2..] : s;
        }

        private static bool IsSourceLabel(string label) => label.Contains("资金", StringComparison.Ordinal) || label.StartsWith("其他", StringComparison.Ordinal);

        // ---- the score table ----

        private bool IsScoresHeading(List<Cell> cells)
        {
            if (_scores is null || !_scores.Label.MatchesKey(cells[0].Key)) return false;
            _mode = Mode.Scores;
            _scoresSeen = true;
            (_section, _group) = ("", "");
            return true;
        }

        /// <summary>
        /// A section row (投入: 20 19.92) or an item (二级 group, blank: continues; 三级 name; points; score). Section rows
        /// are printed in varied columns, so the two figures are read from the right of the row.
        /// </summary>
        private void ScoreRow(List<Cell> cells, int at)
        {
            var block = _scores!;
            if (block.Sections.FirstOrDefault(s => FormLabel.Key(s) == cells[0].Key) is { } section)
            {
                (_section, _group) = (section, "");
                if (Figures(cells.Skip(1).ToList(), section, at) is { } s)
                {
                    var row = new FormDataRow { Line = at };
                    row.Set("section", section);
                    row.Set("isSection", "1");
                    row.Set("points", s.Points);
                    row.Set("score", s.Score);
                    Data.Scores.Add(row);
                }
                return;
            }
            if (cells.Count < 2)
            {
                Problems.Add(new FormReadProblem(at, $"{block.Label.Name}“{cells[0].Text}”", "", $"{Heading("points")}和{Heading("score")}"));
                return;
            }
            // the figures are the last two cells — or the last one alone when the score was left blank (the cell before
            // it is then a name: 资金落实 | 资金到位率 | 3)
            bool scoreBlank = cells.Count >= 3 && !IsNumber(cells[^2].Text) && IsNumber(cells[^1].Text);
            var names = scoreBlank ? cells.Take(cells.Count - 1).ToList() : cells.Count >= 3 ? cells.Take(cells.Count - 2).ToList() : [cells[0]];
            var figures = cells.Skip(names.Count).ToList();
            if (names.Count >= 2) _group = names[0].Text;
            string name = names[^1].Text;
            if (Figures(figures, name, at) is { } f)
            {
                var row = new FormDataRow { Line = at };
                row.Set("section", _section);
                row.Set("group", _group);
                row.Set("name", name);
                row.Set("points", f.Points);
                row.Set("score", f.Score);
                Data.Scores.Add(row);
            }
        }

        private string Heading(string field) => _scores!.Columns.FirstOrDefault(c => c.Field == field)?.Label.Name ?? field;

        private static bool IsNumber(string text) => CellNumbers.Parse(text, out _, out _) == CellValueKind.Number;

        /// <summary>The points and the score, the last two cells (a blank score: one cell); null when the points cannot be read.</summary>
        private (decimal Points, decimal? Score)? Figures(List<Cell> cells, string item, int at)
        {
            if (cells.Count == 0)
            {
                Problems.Add(new FormReadProblem(at, $"“{item}”的分值", "", "分值和得分"));
                return null;
            }
            string points = cells.Count >= 2 ? cells[^2].Text : cells[0].Text;
            string? score = cells.Count >= 2 ? cells[^1].Text : null;
            if (CellNumbers.Parse(points, out var p, out _) is not CellValueKind.Number)
            {
                Problems.Add(new FormReadProblem(at, $"“{item}”的{Heading("points")}", points, "数字"));
                return null;
            }
            decimal? s = null;
            if (score is not null)
            {
                var kind = CellNumbers.Parse(score, out var v, out _);
                if (kind is CellValueKind.Number) s = v;
                else if (kind is not CellValueKind.Blank) Problems.Add(new FormReadProblem(at, $"“{item}”的{Heading("score")}", score, "数字"));
            }
            return (p, s);
        }

        // ---- the table of people ----

        private bool IsPeopleHeading(List<Cell> cells)
        {
            if (_people is null || !_people.Label.MatchesKey(cells[0].Key)) return false;
            _peopleAt.Clear();
            foreach (var c in cells.Skip(1))
                if ((_people.Columns.FirstOrDefault(m => m.Label.MatchesExactly(c.Text)) ?? _people.Columns.FirstOrDefault(m => m.Label.MatchesKey(c.Key))) is { } column)
                    _peopleAt.TryAdd(column, c.At);
            _mode = Mode.People;
            return true;
        }

        /// <summary>
        /// A person by the heading's columns when every cell stands in one, else in order with a phone last; a phone glued
        /// to the cell before it (待遇保障科3075659 | 3075659) is cut off.
        /// </summary>
        private void PersonRow(List<Cell> cells, int at)
        {
            var columns = _people!.Columns;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (columns.All(_peopleAt.ContainsKey) && cells.All(c => _peopleAt.ContainsValue(c.At)))
                foreach (var c in cells) values[_peopleAt.First(p => p.Value == c.At).Key.Field] = c.Text;
            else
            {
                var texts = cells.Select(c => c.Text).ToList();
                if (texts.Count >= 2 && IsPhone(texts[^1]) && columns.Any(c => c.Field == "phone")) { values["phone"] = texts[^1]; texts.RemoveAt(texts.Count - 1); }
                var others = columns.Where(c => c.Field != "phone").ToList();
                for (int i = 0; i < texts.Count && i < others.Count; i++)
                    values[others[i].Field] = i == others.Count - 1 ? string.Join(" ", texts.Skip(i)) : texts[i];
            }
            if (!values.TryGetValue("name", out var name))
            {
                Problems.Add(new FormReadProblem(at, _people.Label.Name + "姓名", string.Join(" ", cells.Select(c => c.Text)), "姓名"));
                return;
            }
            // The extraction glues the phone to the office when the cells touch (待遇保障科3075659 | 3075659).
            if (values.TryGetValue("phone", out var phone))
                foreach (var field in values.Keys.Where(k => k != "phone" && k != "name").ToList())
                    if (values[field] is var v && v.Length > phone.Length && v.EndsWith(phone, StringComparison.Ordinal)) values[field] = v[..^phone.Length].TrimEnd();
            var row = new FormDataRow { Line = at };
            row.Set("name", name);
            foreach (var (field, text) in values) row.Set(field, text);
            Data.People.Add(row);
        }

        private static bool IsPhone(string s) =>
            s.Count(char.IsAsciiDigit) >= 5 && s.All(c => char.IsAsciiDigit(c) || c is '-' or '－' or ' ' or '(' or ')');

        /// <summary>What the form prints but this one lacks: a file cut off, or a block the extraction lost.</summary>
        public void Finish()
        {
            FlushPair();
            if (_indicators.SideBySide) CompleteCutNames();
            var missing = new List<(int Order, string Field)>();
            int Order(FormBlock block) => _layout.Blocks.ToList().IndexOf(block);
            foreach (var block in _layout.Blocks.OfType<LineBlock>())
                foreach (var cell in block.Cells)
                    if (cell.Label is { } label && _lineLabels.Any(l => l.Label == label && !l.NotRequired) && !_labelsSeen.Contains(label)) missing.Add((Order(block), label.Name));
            if (_money is not null && !_moneySeen) missing.Add((Order(_money), _money.Label.Text));
            if (_sources is not null && !_sourcesSeen) missing.Add((Order(_sources), _sources.Label.Name));
            if (_texts is not null && !_texts.Optional && !_labelsSeen.Contains(_texts.Label)) missing.Add((Order(_texts), _texts.Label.Text));
            if (!_indicatorsSeen && !_indicators.Optional) missing.Add((Order(_indicators), _indicators.Name));
            if (_rows is not null && !_rowsSeen && !_rows.Optional) missing.Add((Order(_rows), _rows.Label.Name));
            if (_scores is not null && !_scoresSeen) missing.Add((Order(_scores), _scores.Label.Name));
            // in printed order, as a reader of the form looks for them
            foreach (var (_, field) in missing.OrderBy(m => m.Order)) Missing(field);
            // a form numbered by its title (N.<项目名称>绩效目标表) is named by it when its 项目名称 row is lost
            bool named = _layout.Title.Text.Contains("{projectName}", StringComparison.Ordinal);
            if (!named && string.IsNullOrWhiteSpace(Data.Text("projectName")) && !Problems.Any(p => p.Field == "项目名称")) Missing("项目名称");
            Data.IndicatorsPrinted = _indicatorsSeen;
            Data.HasContent = Data.Text("projectName") is not null || _moneySeen || _sourcesSeen || Data.Indicators.Count > 0 || Data.Scores.Count > 0
                || Data.Number("total.points") is not null;
        }

        private void Missing(string field) => Problems.Add(new FormReadProblem(_line, field, "", field));
    }
}
