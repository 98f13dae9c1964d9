using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Text;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Targets;
using Jixiao.Text;
using static Jixiao.Documents.Targets.ShanxiTargetFormReader;

namespace Jixiao.Documents.Evaluations;

/// <summary>
/// Reads the Shanxi 财政支出项目绩效自评表 (evaluation-domain.md) from text rows: every form from its title to the next, each
/// field found by its printed label rather than by column position, because extraction shifts cells (a money line
/// printed from the first cell, a section row of the 评分表 two cells further right). One pass over the rows; nothing
/// throws — what is printed but cannot be read (a score in words), or what a form lacks (a file cut off before its
/// 综合得分), becomes a <see cref="FormReadProblem"/>.
/// </summary>
public static partial class ShanxiSelfEvaluationReader
{
    private const string TitleMark = "绩效自评表";

    /// <summary>The largest amount read, in 万元 (10 万亿元, as for the target forms): sums of many forms stay in range.</summary>
    private const decimal MaxWanYuan = Jixiao.Money.AmountLimits.MaxWanYuan;

    private static readonly string[] TextHeadings = ["项目概况", "项目资金使用情况", "项目组织实施情况", "项目绩效情况", "其他需说明的问题"];
    private static readonly string[] SignOffLabels = ["负责人", "经办人", "联系电话", "填报日期"];
    private static readonly string[] Sections = ["投入", "过程", "产出", "效果"];
    private static readonly HashSet<string> IdentityLabels = ["项目名称", "主管部门", "预算单位", "项目属性", "项目期"];

    private const string Budgeted = "预算资金", Released = "预算下达资金", Spent = "实际支出资金";

    /// <summary>True when <paramref name="rows"/> hold at least one self-evaluation title.</summary>
    public static bool Contains(IReadOnlyList<TextRow> rows) => rows.Any(IsTitle);

    /// <summary>Every self-evaluation of <paramref name="rows"/>, in printed order; never throws.</summary>
    public static IReadOnlyList<SelfEvaluationRead> Read(IReadOnlyList<TextRow> rows)
    {
        var read = new List<SelfEvaluationRead>();
        foreach (var (start, end) in Forms(rows))
            if (ReadForm(rows, start, end) is { } form) read.Add(form);
        return read;
    }

    /// <summary>Each form's rows: from a title to the next, as (first row, end).</summary>
    internal static IEnumerable<(int Start, int End)> Forms(IReadOnlyList<TextRow> rows)
    {
        int start = -1;
        for (int i = 0; i <= rows.Count; i++)
        {
            if (i < rows.Count && !IsTitle(rows[i])) continue;
            if (start >= 0) yield return (start, i);
            start = i;
        }
    }

    /// <summary>The form of rows [<paramref name="start"/>, <paramref name="end"/>); null when the title names a form that is not there.</summary>
    internal static SelfEvaluationRead? ReadForm(IReadOnlyList<TextRow> rows, int start, int end)
    {
        var form = new FormBuilder(rows[start].Line, rows[start].Filled.First().Trim());
        for (int r = start + 1; r < end; r++) form.Row(rows[r]);
        // A line that only names the form (附件：…绩效自评表) starts none: a form prints its name, money or scores.
        return form.HasContent ? form.Build() : null;
    }

    internal static bool IsTitle(TextRow row)
    {
        if (row.Filled.Take(4).Count() > 3) return false;
        // A text block may mention the form; a title ends with its name.
        return row.Filled.Any(c => Names.Normalize(c) is var n && n.Length <= 50 && n.EndsWith(TitleMark, StringComparison.Ordinal));
    }

    // (2021 年度)
    [GeneratedRegex(@"^\(?((?:19|20)\d{2})年度\)?$")]
    private static partial Regex YearCell();

    private enum Block { None, Money, Indicators, Scores, Evaluators }

    /// <summary>A filled cell and the column it was printed in (the header of its block says what the column holds).</summary>
    private readonly record struct Cell(string Text, int At);

    private sealed class FormBuilder(int line, string title)
    {
        private Block _block;
        private int? _year;
        private string? _name, _department, _budgetUnit, _nature, _period, _grade;
        private readonly List<(string, string)> _texts = [];
        private readonly List<FormReadProblem> _problems = [];

        // 项目资金情况
        private decimal _moneyUnit = 10_000m;
        private string? _moneyGroup;
        private string? _pendingSource; // a source label whose amount is the next cell
        private Yuan? _released;
        private readonly List<(string, Yuan)> _budgeted = [], _spent = [];
        private bool _moneyPrinted;

        // 绩效目标实现情况
        private readonly List<IndicatorResult> _indicators = [];
        private Level2Indicator? _level2;
        private int? _nameAt, _targetAt, _actualAt, _progressAt;
        private bool _indicatorsPrinted;

        // 评分表
        private bool _scoresPrinted;
        private string _section = "", _group = "";
        private readonly List<ScoredItem> _scores = [];
        private readonly List<SectionScore> _sections = [];
        private StatedScore? _total;

        // 评价人员
        private int? _personAt, _titleAt, _officeAt, _phoneAt;
        private readonly List<Evaluator> _evaluators = [];
        private string? _head, _handler, _phone, _date;

        public bool HasContent =>
            _name is not null || _moneyPrinted || _indicators.Count > 0 || _scores.Count > 0 || _sections.Count > 0 || _total is not null;

        public void Row(TextRow row)
        {
            var cells = row.Cells.Select((c, i) => new Cell(c.Trim(), i)).Where(c => c.Text.Length > 0).ToList();
            if (cells.Count == 0) return;
            int at = row.Line;
            string first = Label(cells[0].Text);
            if (_year is null && YearCell().Match(Names.Normalize(cells[0].Text)) is { Success: true } y)
            {
                _year = int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture);
                return;
            }
            if (first.StartsWith("填报单位", StringComparison.Ordinal)) return;
            if (first.StartsWith("单位负责人", StringComparison.Ordinal)) { Enter(Block.None); return; }
            if (TextHeadings.Contains(first))
            {
                Enter(Block.None);
                var text = string.Join(" ", cells.Skip(1).Select(c => c.Text));
                if (text.Length > 0) _texts.Add((first, text));
                return;
            }
            if (first.StartsWith("项目资金情况", StringComparison.Ordinal))
            {
                Enter(Block.Money);
                _moneyPrinted = true;
                // 项目资金情况(万元) is the form's unit; a form in 元 says so.
                _moneyUnit = first.Contains("(元)", StringComparison.Ordinal) ? 1m : 10_000m;
                Money(cells.Skip(1), at);
                return;
            }
            if (first == "绩效目标实现情况") { Enter(Block.Indicators); IndicatorHeader(cells); return; }
            if (first == "评分表") { Enter(Block.Scores); _scoresPrinted = true; return; }
            if (first == "评价人员") { Enter(Block.Evaluators); EvaluatorHeader(cells); return; }
            if (first.StartsWith("综合得分", StringComparison.Ordinal)) { Total(cells, at); return; }
            if (first.StartsWith("评价结果等", StringComparison.Ordinal)) { Grade(cells); return; }
            if (SignOffLabels.Any(l => first.StartsWith(l, StringComparison.Ordinal))) { Enter(Block.None); SignOff(cells); return; }
            if (cells.Any(c => IsIdentity(c.Text))) { Identity(cells); return; }
            switch (_block)
            {
                case Block.Money: Money(cells, at); break;
                case Block.Indicators: Indicator(cells, at); break;
                case Block.Scores: Score(cells, at); break;
                case Block.Evaluators: Evaluator(cells, at); break;
            }
        }

        private void Enter(Block block)
        {
            if (_block == Block.Money && _pendingSource is not null) _pendingSource = null; // its amount was left blank
            _block = block;
        }

        // ---- identity ----

        private static bool IsIdentity(string cell)
        {
            int colon = cell.IndexOfAny([':', '：']);
            return IdentityLabels.Contains(Label(cell)) || colon > 0 && IdentityLabels.Contains(Label(cell[..colon]));
        }

        private void Identity(List<Cell> cells)
        {
            var texts = new List<string>();
            foreach (var c in cells)
            {
                // 项目名称：… in one cell (another converter): the label and its value as two cells
                int colon = c.Text.IndexOfAny([':', '：']);
                if (colon > 0 && colon < c.Text.Length - 1 && IdentityLabels.Contains(Label(c.Text[..colon])))
                {
                    texts.Add(c.Text[..colon]);
                    texts.Add(c.Text[(colon + 1)..].Trim());
                }
                else texts.Add(c.Text);
            }
            for (int i = 0; i < texts.Count; i++)
            {
                string label = Label(texts[i]);
                if (!IdentityLabels.Contains(label)) continue;
                // a label followed by the next label: its value was left blank
                string? value = i + 1 < texts.Count && !IdentityLabels.Contains(Label(texts[i + 1])) ? texts[++i] : null;
                if (value is null) continue;
                switch (label)
                {
                    case "项目名称": _name ??= value; break;
                    case "主管部门": _department ??= value; break;
                    case "预算单位": _budgetUnit ??= value; break;
                    case "项目属性": _nature ??= value; break;
                    case "项目期": _period ??= value; break;
                }
            }
        }

        // ---- 项目资金情况 ----

        /// <summary>
        /// Labels and amounts in printed order: a group (预算资金, 实际支出资金) then its sources each followed by its amount;
        /// 预算下达资金 followed by its amount. Where a line starts does not matter, so a line shifted left reads the same.
        /// </summary>
        private void Money(IEnumerable<Cell> cells, int at)
        {
            foreach (var cell in cells)
            {
                string label = Label(cell.Text);
                if (label is Budgeted or Spent) { _moneyGroup = label; _pendingSource = null; continue; }
                if (label == Released) { _pendingSource = Released; continue; }
                var kind = CellNumbers.Parse(cell.Text, out var value, out _);
                if (_pendingSource is null)
                {
                    if (kind is CellValueKind.Blank) continue;
                    if (kind is CellValueKind.Number) _problems.Add(new FormReadProblem(at, _moneyGroup ?? "项目资金情况", cell.Text, "资金来源及其金额"));
                    else _pendingSource = label;
                    continue;
                }
                if (kind is CellValueKind.Blank) { _pendingSource = null; continue; }
                if (kind is not CellValueKind.Number && IsSourceLabel(label)) { _pendingSource = label; continue; } // the amount was left blank
                string field = _pendingSource == Released || _moneyGroup is null ? _pendingSource : $"{_moneyGroup}·{_pendingSource}";
                if (kind is not CellValueKind.Number) _problems.Add(new FormReadProblem(at, field, cell.Text, _moneyUnit == 1m ? "以元为单位的金额" : "以万元为单位的金额"));
                else if (Math.Abs(value) > MaxWanYuan * 10_000m / _moneyUnit) _problems.Add(new FormReadProblem(at, field, cell.Text, "不超过 10 万亿元的金额"));
                // Excel's float noise is rounded to the 分; a real fraction of a 分 is no amount
                else if (CellNumbers.ParseAmount(cell.Text, _moneyUnit == 1m ? 2 : 6, out var amount, out _) is not CellValueKind.Number)
                    _problems.Add(new FormReadProblem(at, field, cell.Text, _moneyUnit == 1m ? "以元为单位、至多两位小数的金额" : "以万元为单位、至多六位小数的金额"));
                else Amount(field, new Yuan(amount * _moneyUnit), at);
                _pendingSource = null;
            }
        }

        private static bool IsSourceLabel(string label) => label.Contains("资金", StringComparison.Ordinal) || label.StartsWith("其他", StringComparison.Ordinal);

        private void Amount(string field, Yuan amount, int at)
        {
            if (_pendingSource == Released) _released ??= amount;
            else if (_moneyGroup == Budgeted) _budgeted.Add((_pendingSource!, amount));
            else if (_moneyGroup == Spent) _spent.Add((_pendingSource!, amount));
            else _problems.Add(new FormReadProblem(at, field, amount.ToString(), "预算资金或实际支出资金下的金额"));
        }

        // ---- 绩效目标实现情况 ----

        private void IndicatorHeader(List<Cell> cells)
        {
            foreach (var c in cells)
            {
                string label = Label(c.Text);
                if (label.Contains("三级", StringComparison.Ordinal)) _nameAt = c.At;
                else if (label == "目标值") _targetAt = c.At;
                else if (label.StartsWith("实际完成", StringComparison.Ordinal)) _actualAt = c.At;
                else if (label == "完成进度") _progressAt = c.At;
            }
            _indicatorsPrinted = true;
        }

        /// <summary>
        /// 一级 (blank: continues), 二级 (blank: continues), 三级, 目标值, 实际完成指标值, 完成进度. The values are placed by
        /// the header's columns when every cell stands in one of them, else in printed order. A row naming nothing but
        /// its 二级 (其他满意度指标 left empty) holds no indicator.
        /// </summary>
        private void Indicator(List<Cell> cells, int at)
        {
            int k = 0;
            if (IndicatorFramework.Level1Named(cells[k].Text) is { } level1)
            {
                k++;
                // a new 一级 with its 二级 blank cannot continue a 二级 of another 一级
                if (_level2 is { } l && IndicatorFramework.Parent(l) != level1) _level2 = null;
            }
            // a 二级 name standing in the 三级 column of a row that goes on is the indicator's own name (服务对象满意度)
            if (k < cells.Count && IndicatorFramework.Level2Named(cells[k].Text) is { } level2
                && !(cells[k].At == _nameAt && k + 1 < cells.Count))
            {
                _level2 = level2;
                k++;
            }
            var rest = cells.Skip(k).ToList();
            string? name, target, actual, progress;
            int?[] columns = [_nameAt, _targetAt, _actualAt, _progressAt];
            if (rest.Count > 0 && columns.All(c => c is not null) && rest.All(c => columns.Contains(c.At)))
            {
                name = rest.FirstOrDefault(c => c.At == _nameAt).Text;
                target = rest.FirstOrDefault(c => c.At == _targetAt).Text;
                actual = rest.FirstOrDefault(c => c.At == _actualAt).Text;
                progress = rest.FirstOrDefault(c => c.At == _progressAt).Text;
            }
            else
            {
                name = rest.ElementAtOrDefault(0).Text;
                target = rest.ElementAtOrDefault(1).Text;
                actual = rest.ElementAtOrDefault(2).Text;
                progress = rest.Count > 3 ? string.Join(" ", rest.Skip(3).Select(c => c.Text)) : null;
            }
            if (target is null && actual is null && progress is null && (name is null || IndicatorFramework.Level2Named(name) is not null)) return;
            if (_level2 is not { } current)
            {
                _problems.Add(new FormReadProblem(at, "绩效指标(二级)", string.Join(" ", cells.Select(c => c.Text)), "绩效指标(二级)名称"));
                return;
            }
            _indicators.Add(new IndicatorResult(current, name ?? "", TargetValue.Parse(target), TargetValue.Parse(actual))
            {
                StatedProgress = progress,
                Line = at,
            });
        }

        // ---- 评分表 ----

        /// <summary>
        /// A section row (投入: 20 19.92) or an item (二级 group, blank: continues; 三级 name; 指标分值; 评价得分). The
        /// section rows are printed in varied columns, so the two figures are read from the right of the row.
        /// </summary>
        private void Score(List<Cell> cells, int at)
        {
            string first = Label(cells[0].Text);
            if (Sections.Contains(first))
            {
                _section = first;
                _group = "";
                if (Figures(cells.Skip(1).ToList(), first, at) is { } s) _sections.Add(new SectionScore(first, s.Points, s.Score) { Line = at });
                return;
            }
            if (cells.Count < 2)
            {
                _problems.Add(new FormReadProblem(at, $"评分表“{cells[0].Text}”", "", "指标分值和评价得分"));
                return;
            }
            // the figures are the last two cells — or the last one alone when the score was left blank (the cell before
            // it is then a name: 资金落实 | 资金到位率 | 3)
            bool scoreBlank = cells.Count >= 3 && !IsNumber(cells[^2].Text) && IsNumber(cells[^1].Text);
            var names = scoreBlank ? cells.Take(cells.Count - 1).ToList() : cells.Count >= 3 ? cells.Take(cells.Count - 2).ToList() : [cells[0]];
            var figures = cells.Skip(names.Count).ToList();
            if (names.Count >= 2) _group = names[0].Text;
            string name = names[^1].Text;
            if (Figures(figures, name, at) is { } f) _scores.Add(new ScoredItem(_section, _group, name, f.Points, f.Score) { Line = at });
        }

        private void Total(List<Cell> cells, int at)
        {
            if (Figures(cells.Skip(1).ToList(), "综合得分", at) is { } t) _total = new StatedScore(t.Points, t.Score) { Line = at };
        }

        private void Grade(List<Cell> cells)
        {
            // 评价结果等次:优 in one cell, or the grade in the next
            var glued = cells[0].Text;
            int colon = glued.IndexOfAny([':', '：']);
            _grade ??= colon >= 0 && colon < glued.Length - 1 ? glued[(colon + 1)..].Trim() : cells.ElementAtOrDefault(1).Text;
        }

        /// <summary>指标分值 and 评价得分, the last two cells (a blank score: one cell); null when the points cannot be read.</summary>
        private static bool IsNumber(string text) => CellNumbers.Parse(text, out _, out _) == CellValueKind.Number;

        private (decimal Points, decimal? Score)? Figures(List<Cell> cells, string item, int at)
        {
            if (cells.Count == 0)
            {
                _problems.Add(new FormReadProblem(at, $"“{item}”的分值", "", "分值和得分"));
                return null;
            }
            string points = cells.Count >= 2 ? cells[^2].Text : cells[0].Text;
            string? score = cells.Count >= 2 ? cells[^1].Text : null;
            if (CellNumbers.Parse(points, out var p, out _) is not CellValueKind.Number)
            {
                _problems.Add(new FormReadProblem(at, $"“{item}”的指标分值", points, "数字"));
                return null;
            }
            decimal? s = null;
            if (score is not null)
            {
                var kind = CellNumbers.Parse(score, out var v, out _);
                if (kind is CellValueKind.Number) s = v;
                else if (kind is not CellValueKind.Blank) _problems.Add(new FormReadProblem(at, $"“{item}”的评价得分", score, "数字"));
            }
            return (p, s);
        }

        // ---- 评价人员 and sign-off ----

        private void EvaluatorHeader(List<Cell> cells)
        {
            foreach (var c in cells.Skip(1))
            {
                string label = Label(c.Text);
                if (label == "姓名") _personAt = c.At;
                else if (label.StartsWith("职称", StringComparison.Ordinal) || label == "职务") _titleAt = c.At;
                else if (label == "科室") _officeAt = c.At;
                else if (label == "联系电话") _phoneAt = c.At;
            }
        }

        /// <summary>姓名, 职称/职务, 科室, 联系电话: by the header's columns when every cell stands in one, else in order.</summary>
        private void Evaluator(List<Cell> cells, int at)
        {
            string? name, title, office, phone = null;
            int?[] columns = [_personAt, _titleAt, _officeAt, _phoneAt];
            if (columns.All(c => c is not null) && cells.All(c => columns.Contains(c.At)))
            {
                name = cells.FirstOrDefault(c => c.At == _personAt).Text;
                title = cells.FirstOrDefault(c => c.At == _titleAt).Text;
                office = cells.FirstOrDefault(c => c.At == _officeAt).Text;
                phone = cells.FirstOrDefault(c => c.At == _phoneAt).Text;
            }
            else
            {
                var texts = cells.Select(c => c.Text).ToList();
                if (texts.Count >= 2 && IsPhone(texts[^1])) { phone = texts[^1]; texts.RemoveAt(texts.Count - 1); }
                name = texts[0];
                title = texts.ElementAtOrDefault(1);
                office = texts.Count > 2 ? string.Join(" ", texts.Skip(2)) : null;
            }
            if (name is null)
            {
                _problems.Add(new FormReadProblem(at, "评价人员姓名", string.Join(" ", cells.Select(c => c.Text)), "姓名"));
                return;
            }
            // The extraction glues the phone to the office when the cells touch (待遇保障科3075659 | 3075659).
            if (office is not null && phone is not null && office.Length > phone.Length && office.EndsWith(phone, StringComparison.Ordinal))
                office = office[..^phone.Length].TrimEnd();
            _evaluators.Add(new Evaluator(name, title, office, phone));
        }

        private static bool IsPhone(string s) =>
            s.Count(char.IsAsciiDigit) >= 5 && s.All(c => char.IsAsciiDigit(c) || c is '-' or '－' or ' ' or '(' or ')');

        /// <summary>负责人:牛建军 | 经办人:武静 | 联系电话: | 3075523 | 填报日期: | 2022-06-27 — a value glued to its label or in the next cell.</summary>
        private void SignOff(List<Cell> cells)
        {
            for (int i = 0; i < cells.Count; i++)
            {
                string text = cells[i].Text;
                string? label = SignOffLabels.FirstOrDefault(l => Label(text).StartsWith(l, StringComparison.Ordinal));
                if (label is null) continue;
                int after = text.IndexOf(label, StringComparison.Ordinal);
                string value = after >= 0 ? text[(after + label.Length)..].TrimStart(':', '：', ' ', '\u3000') : "";
                if (value.Length == 0 && i + 1 < cells.Count && !SignOffLabels.Any(l => Label(cells[i + 1].Text).StartsWith(l, StringComparison.Ordinal)))
                    value = cells[++i].Text;
                if (value.Length == 0) continue;
                switch (label)
                {
                    case "负责人": _head ??= value; break;
                    case "经办人": _handler ??= value; break;
                    case "联系电话": _phone ??= value; break;
                    case "填报日期": _date ??= value; break;
                }
            }
        }

        public SelfEvaluationRead Build()
        {
            // What the form prints but this one lacks: a file cut off, or a block the extraction lost.
            if (string.IsNullOrWhiteSpace(_name)) Missing("项目名称");
            if (!_moneyPrinted) Missing("项目资金情况");
            if (!_indicatorsPrinted) Missing("绩效目标实现情况");
            if (!_scoresPrinted) Missing("评分表");
            if (_total is null) Missing("综合得分");
            if (_grade is null) Missing("评价结果等次");
            var evaluation = new SelfEvaluation
            {
                ProjectName = _name?.Trim() ?? "",
                Title = title,
                Year = _year,
                Department = _department,
                BudgetUnit = _budgetUnit,
                Nature = Targets.ShanxiTargetFormReader.NatureOf(_nature),
                Period = _period,
                Funds = new EvaluationFunds { Budgeted = _budgeted, Released = _released, Spent = _spent },
                Texts = _texts,
                Indicators = _indicators,
                Scores = _scores,
                Sections = _sections,
                Total = _total,
                Grade = _grade,
                Evaluators = _evaluators,
                SignOff = _head is null && _handler is null && _phone is null && _date is null ? null : new SignOff(_head, _handler, _phone, _date),
            };
            return new SelfEvaluationRead(evaluation, line) { Title = title, Problems = _problems };
        }

        private void Missing(string field) => _problems.Add(new FormReadProblem(line, field, "", field));
    }
}
