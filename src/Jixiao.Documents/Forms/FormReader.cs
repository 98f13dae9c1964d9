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
        reader.Data.Set("title", rows[start].Filled.FirstOrDefault()?.Trim());
        for (int r = start + 1; r < end; r++) reader.Row(rows[r]);
        reader.Finish();
        return (reader.Data, reader.Problems);
    }

    // (2023年度), （2023 年度）
    [GeneratedRegex(@"^\(?((?:19|20)\d{2})年度\)?$")]
    private static partial Regex YearCell();

    /// <summary>A filled cell and its position in its row (a table's heading row says what each position holds).</summary>
    private readonly record struct Cell(string Text, int At, string Key);

    private enum Mode { None, Money, Texts, Indicators }

    private sealed class State
    {
        private readonly FormLayout _layout;
        private readonly int _line;
        private readonly List<(FormLabel Label, List<LineCell> Values, bool Outside)> _lineLabels = [];
        private readonly HashSet<FormLabel> _labelsSeen = [];
        private readonly MoneyBlock? _money;
        private readonly TextsBlock? _texts;
        private readonly IndicatorsBlock _indicators;
        private Mode _mode;
        private bool _moneySeen, _indicatorsSeen;
        private readonly Dictionary<MoneyColumn, int> _moneyAt = [];
        private readonly Dictionary<TextColumn, int> _textAt = [];
        private readonly Dictionary<IndicatorColumn, int> _indicatorAt = [];
        private Level1Indicator? _level1;
        private Level2Indicator? _level2;

        public FormData Data { get; } = new();

        public List<FormReadProblem> Problems { get; } = [];

        public State(FormLayout layout, int line)
        {
            _layout = layout;
            _line = line;
            foreach (var block in layout.Blocks.OfType<LineBlock>())
                for (int i = 0; i < block.Cells.Count; i++)
                    if (block.Cells[i].Label is { } label)
                        _lineLabels.Add((label, [.. block.Cells.Skip(i + 1).TakeWhile(c => c.Label is null).Where(c => c.Field is not null)], block.Outside));
            _money = layout.Blocks.OfType<MoneyBlock>().FirstOrDefault();
            _texts = layout.Blocks.OfType<TextsBlock>().FirstOrDefault();
            _indicators = layout.Blocks.OfType<IndicatorsBlock>().First();
        }

        public void Row(TextRow row)
        {
            var cells = new List<Cell>();
            for (int i = 0; i < row.Cells.Count; i++)
                if (row.Cells[i].Trim() is { Length: > 0 } text)
                    foreach (var piece in Unglued(text)) cells.Add(new Cell(piece, i, FormLabel.Key(piece)));
            if (cells.Count == 0) return;
            int at = row.Line;
            if (Data.Number("year") is null && YearCell().Match(cells[0].Key) is { Success: true } y)
            {
                Data.Set("year", decimal.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture));
                return;
            }
            if (IsIndicatorHeading(cells)) return;
            if (IsMoneyHeading(cells)) return;
            if (IsTextsHeading(cells)) return;
            if (cells.Any(c => LineLabel(c) is not null)) { _mode = Mode.None; Line(cells, at); return; }
            switch (_mode)
            {
                case Mode.Money: MoneyRow(cells, at); break;
                case Mode.Texts: TextsRow(cells, at); break;
                case Mode.Indicators: IndicatorRow(cells, at); break;
            }
        }

        // ---- lines of labels and values ----

        /// <summary>The line label a cell is, or starts with before a colon (项目名称：…).</summary>
        private (FormLabel Label, List<LineCell> Values, string? Glued)? LineLabel(Cell cell)
        {
            foreach (var entry in _lineLabels)
                if (entry.Label.MatchesKey(cell.Key)) return (entry.Label, entry.Values, null);
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
            for (int i = 0; i < cells.Count; i++)
            {
                if (LineLabel(cells[i]) is not { } found) continue;
                _labelsSeen.Add(found.Label);
                var values = new List<string>();
                if (found.Glued is { Length: > 0 } glued) values.Add(glued);
                while (i + 1 < cells.Count && LineLabel(cells[i + 1]) is null) values.Add(cells[++i].Text);
                if (values.Count > found.Values.Count)
                {
                    Problems.Add(new FormReadProblem(at, found.Label.Text, string.Join(" ", values), $"{found.Label.Text}后至多 {found.Values.Count} 项"));
                    continue;
                }
                for (int v = 0; v < values.Count; v++) Set(found.Values[v].Field!, found.Values[v].Format, values[v], at, found.Label.Text, 1m);
            }
        }

        /// <summary>A value in its field's format: a number that cannot be read is a problem, never a guess.</summary>
        private void Set(string field, CellFormat format, string text, int at, string what, decimal unit)
        {
            if (format is CellFormat.Text or CellFormat.Value) { Data.Set(field, text); return; }
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

        private bool IsTextsHeading(List<Cell> cells)
        {
            if (_texts is null) return false;
            bool labelled = _texts.Label.MatchesKey(cells[0].Key);
            var headings = cells.Where(c => _texts.Columns.Any(t => t.Heading.MatchesKey(c.Key))).ToList();
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
            var placed = Place(texts, block.Columns, c => _textAt.TryGetValue(c, out int p) ? p : null, _ => false);
            if (placed is null)
                Problems.Add(new FormReadProblem(at, block.Label.Text, string.Join(" ", texts.Select(c => c.Text)), string.Join("、", block.Columns.Select(c => c.Heading.Text))));
            else
                foreach (var (column, text) in placed) Data.Set(column.Field, text);
            _mode = Mode.None;
        }

        // ---- the indicator rows ----

        /// <summary>The heading row of the indicator table: its 二级 and 三级 labels and one more of its labels at least.</summary>
        private bool IsIndicatorHeading(List<Cell> cells)
        {
            var columns = _indicators.Columns;
            var matched = cells.Select(c => (Cell: c, Column: columns.FirstOrDefault(m => m.Label.MatchesKey(c.Key)))).Where(x => x.Column is not null).ToList();
            if (matched.Count < 3 || !matched.Any(m => m.Column!.Field == "level2") || !matched.Any(m => m.Column!.Field == "name")) return false;
            _indicatorAt.Clear();
            foreach (var (cell, column) in matched) _indicatorAt.TryAdd(column!, cell.At);
            _mode = Mode.Indicators;
            _indicatorsSeen = true;
            return true;
        }

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
                    Problems.Add(new FormReadProblem(at, "绩效指标", string.Join(" ", cells.Select(c => c.Text)), string.Join("、", columns.Select(c => c.Label.Text))));
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
            // a row naming nothing but its 一级 or 二级 holds no indicator
            if (values.Keys.All(k => k is "level1" or "level2")) return;
            if (_level2 is not { } current)
            {
                Problems.Add(new FormReadProblem(at, "二级指标", string.Join(" ", cells.Select(c => c.Text)), "二级指标名称"));
                return;
            }
            var row = new FormDataRow { Line = at };
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

        /// <summary>What the form prints but this one lacks: a file cut off, or a block the extraction lost.</summary>
        public void Finish()
        {
            foreach (var (label, _, outside) in _lineLabels)
                if (!outside && !_labelsSeen.Contains(label)) Missing(label.Text);
            if (_money is not null && !_moneySeen) Missing(_money.Label.Text);
            if (_texts is not null && !_labelsSeen.Contains(_texts.Label)) Missing(_texts.Label.Text);
            if (!_indicatorsSeen) Missing("绩效指标");
            if (string.IsNullOrWhiteSpace(Data.Text("projectName")) && !Problems.Any(p => p.Field == "项目名称")) Missing("项目名称");
        }

        private void Missing(string field) => Problems.Add(new FormReadProblem(_line, field, "", field));
    }
}
