using Jixiao.Budget;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Targets;

/// <summary>
/// Reads the Shanxi 项目支出绩效目标申报表 (performance-targets-domain.md) from text rows: every form from its title to the next,
/// each field found by its printed label rather than by column position, because extraction shifts cells (a label in
/// the first cell or the second, blank cells dropped or kept). One pass over the rows; nothing throws — a money cell
/// that is not a number becomes a <see cref="FormReadProblem"/>.
/// </summary>
public static class ShanxiTargetFormReader
{
    private const string TitleMark = "绩效目标申报表";

    /// <summary>The largest amount read from a form (10 万亿元, as for a data package): sums of many forms stay in range.</summary>
    internal const decimal MaxAmount = AmountLimits.MaxYuan;

    private static readonly string[] TextHeadings = ["项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划"];
    private static readonly string[] SignOffLabels = ["负责人", "经办人", "联系电话", "填报日期"];

    private static readonly (string Label, FundSource? Source)[] FundLabels =
    [
        ("实施期资金总额", null), ("年度资金总额", null),
        ("中央财政资金", FundSource.Central), ("省级财政资金", FundSource.Provincial), ("市县(区)财政资金", FundSource.Local),
        ("市县财政资金", FundSource.Local), ("单位自筹", FundSource.SelfRaised), ("其他资金", FundSource.Other),
    ];

    /// <summary>True when <paramref name="rows"/> hold at least one Shanxi form title.</summary>
    public static bool Contains(IReadOnlyList<TextRow> rows) => rows.Any(IsTitle);

    public static IReadOnlyList<TargetForm> Read(IReadOnlyList<TextRow> rows)
    {
        var forms = new List<TargetForm>();
        int start = -1;
        for (int i = 0; i <= rows.Count; i++)
        {
            if (i < rows.Count && !IsTitle(rows[i])) continue;
            // A line that only mentions a form (附件：…申报表) starts no form: a form prints its 项目名称, money or indicators.
            if (start >= 0 && ReadForm(rows, start, i) is { } form && HasContent(form)) forms.Add(form);
            start = i;
        }
        return forms;
    }

    /// <summary>项目属性 as printed (<c>一次性项目（1年结束）</c>, <c>经常性项目</c>); null for anything else.</summary>
    internal static ProjectNature? NatureOf(string? printed) => printed switch
    {
        null => null,
        _ when printed.Contains("一次性", StringComparison.Ordinal) => ProjectNature.OneOff,
        _ when printed.Contains("经常性", StringComparison.Ordinal) => ProjectNature.Recurring,
        _ => null,
    };

    private static readonly HashSet<string> IdentityLabels = ["项目名称", "主管部门及代码", "主管部门", "实施单位", "项目属性", "项目期"];

    private static bool HasContent(TargetForm form) =>
        form.Project.Name.Length > 0 || form.Declaration.AnnualFunds.StatedTotal is not null || form.Declaration.ImplementationFunds.StatedTotal is not null
        || form.Declaration.AnnualIndicators.Count > 0 || form.Declaration.ImplementationIndicators.Count > 0;

    private static bool IsTitle(TextRow row) =>
        row.Cells.Count <= 3 && row.Filled.Any(c => c.Contains(TitleMark, StringComparison.Ordinal));

    private static TargetForm ReadForm(IReadOnlyList<TextRow> rows, int start, int end)
    {
        var form = new FormBuilder { Title = rows[start].Filled.First(), Line = rows[start].Line };
        bool indicators = false;
        for (int i = start + 1; i < end; i++)
        {
            var row = rows[i];
            var cells = row.Filled.Select(c => c.Trim()).ToList();
            if (cells.Count == 0) continue;
            string first = Label(cells[0]);
            if (form.Year is null && YearOf(cells[0]) is { } year) { form.Year = year; continue; }
            if (first == "绩效指标") { indicators = true; continue; }
            if (SignOffLabels.Any(l => first.StartsWith(l, StringComparison.Ordinal))) { indicators = false; form.SignOff(cells); continue; }
            if (indicators)
            {
                // A cell broken over two lines by the extraction: its tail starts the next row.
                for (; i + 1 < end && WrapsInto(cells, rows[i + 1]); i++)
                {
                    var tail = rows[i + 1].Filled.Select(c => c.Trim()).ToList();
                    cells[^1] += tail[0];
                    cells.AddRange(tail.Skip(1));
                }
                form.IndicatorRow(cells, row.Line);
                continue;
            }
            form.FieldRow(cells, row.Line);
        }
        return form.Build();
    }

    /// <summary>
    /// True when <paramref name="next"/> is the rest of an indicator row whose last cell wrapped: the row opens a 二级 and
    /// either the 年度 half's 二级 name only comes on the next line, or the 年度 half stops at its 三级 name and the next
    /// line holds at most its end and the value. A row continuing a 二级 (its 二级 cell blank) never holds a 二级 name.
    /// </summary>
    private static bool WrapsInto(List<string> cells, TextRow next)
    {
        var tail = next.Filled.Select(c => c.Trim()).ToList();
        if (tail.Count == 0 || IndicatorFramework.Level1Named(tail[0]) is not null || IndicatorFramework.Level2Named(tail[0]) is not null
            || SignOffLabels.Any(l => Label(tail[0]).StartsWith(l, StringComparison.Ordinal))) return false;
        var l = cells.SkipWhile(c => IndicatorFramework.Level1Named(c) is not null).ToList();
        if (l.Count == 0 || IndicatorFramework.Level2Named(l[0]) is null) return false;
        int level2s = l.Count(c => IndicatorFramework.Level2Named(c) is not null);
        if (level2s == 1) return tail.Skip(1).Any(c => IndicatorFramework.Level2Named(c) is not null);
        int annualAt = l.FindIndex(1, c => IndicatorFramework.Level2Named(c) is not null);
        return level2s == 2 && l.Count - annualAt - 1 == 1 && tail.Count <= 2 && tail.All(c => IndicatorFramework.Level2Named(c) is null);
    }

    /// <summary>
    /// A printed label as the names are compared elsewhere (<see cref="Jixiao.Text.Names.Normalize"/>: no spaces,
    /// half-width parentheses), without its colon and a leading 其中: <c>其中：市县（区）财政资金</c> → <c>市县(区)财政资金</c>.
    /// </summary>
    internal static string Label(string cell)
    {
        var s = Jixiao.Text.Names.Normalize(cell).Replace(":", "", StringComparison.Ordinal);
        return s.StartsWith("其中", StringComparison.Ordinal) ? s[2..] : s;
    }

    // （2022年度）
    private static int? YearOf(string cell)
    {
        int at = cell.IndexOf("年度", StringComparison.Ordinal);
        if (at < 4 || cell.Length > 12) return null;
        var digits = cell[(at - 4)..at];
        return digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private sealed class FormBuilder
    {
        public string? Title;
        public int Line;
        public int? Year;
        private string? _name, _department, _implementingUnit, _nature, _period, _implementationGoal, _annualGoal;
        private readonly List<(string Heading, string Text)> _texts = [];
        private readonly List<Indicator> _implementation = [], _annual = [];
        private Level2Indicator? _currentImplementation, _currentAnnual;
        private Yuan? _implementationTotal, _annualTotal;
        private Jixiao.Money.Figure? _annualPrinted;
        private readonly List<(FundSource, Yuan)> _implementationSources = [], _annualSources = [];
        private readonly List<FormReadProblem> _problems = [];
        private string? _head, _handler, _phone, _date;

        // 总体目标 printed over two rows (a merged cell, as a PDF prints it): its first row the headings 实施期目标 | 年度目标,
        // the goals on the row under them
        private bool _goalsNext;

        public void FieldRow(List<string> cells, int line)
        {
            if (_goalsNext)
            {
                _goalsNext = false;
                var goals = cells.Where(x => x.Length > 0 && Label(x) != "总体目标").ToList();
                if (goals.Count > 0 && goals.All(g => Fund(Label(g)) is null && !TextHeadings.Contains(Label(g))))
                {
                    _implementationGoal ??= goals[0];
                    _annualGoal ??= goals.Count > 1 ? goals[1] : null;
                    return;
                }
            }
            // 项目名称：离休干部业务经办费 in one cell (another converter): the label and its value as two cells
            for (int c = 0; c < cells.Count; c++)
            {
                int colon = cells[c].IndexOfAny([':', '：']);
                if (colon > 0 && colon < cells[c].Length - 1 && IdentityLabels.Contains(Label(cells[c][..colon])))
                {
                    cells.Insert(c + 1, cells[c][(colon + 1)..].Trim());
                    cells[c] = cells[c][..colon];
                }
            }
            for (int c = 0; c < cells.Count; c++)
            {
                string label = Label(cells[c]);
                string? next = c + 1 < cells.Count ? cells[c + 1] : null;
                switch (label)
                {
                    case "项目名称": _name ??= next; c++; continue;
                    case "主管部门及代码" or "主管部门": _department ??= next; c++; continue;
                    case "实施单位": _implementingUnit ??= next; c++; continue;
                    case "项目属性": _nature ??= next; c++; continue;
                    case "项目期": _period ??= next; c++; continue;
                    case "总体目标" when next is not null && Label(next) is "实施期目标" or "年度目标":
                        _goalsNext = true;
                        return;
                    case "总体目标":
                        _implementationGoal ??= next;
                        _annualGoal ??= c + 2 < cells.Count ? cells[c + 2] : null;
                        return;
                }
                if (TextHeadings.Contains(label) && next is not null)
                {
                    _texts.Add((label, next));
                    return;
                }
                if (Fund(label) is { } fund)
                {
                    // The first time a fund label appears in a row it is the 实施期 column, the second time the 年度 one.
                    bool annual = fund.Source is not null && cells.Take(c).Any(x => Fund(Label(x)) is { } earlier && earlier.Source == fund.Source);
                    c += Money(fund, annual, next, cells[c], line) ? 1 : 0;
                }
            }
        }

        private static (string Label, FundSource? Source)? Fund(string label)
        {
            foreach (var f in FundLabels) if (label == f.Label) return f;
            return null;
        }

        private bool Money((string Label, FundSource? Source) fund, bool annual, string? next, string printedLabel, int line)
        {
            if (next is null || Fund(Label(next)) is not null) return false; // a blank amount: the next cell is the other column's label
            var kind = CellNumbers.Parse(next, out var value, out int decimals);
            if (kind is not CellValueKind.Number)
            {
                _problems.Add(new FormReadProblem(line, printedLabel, next, "以元为单位的金额"));
                return true;
            }
            if (Math.Abs(value) > MaxAmount)
            {
                _problems.Add(new FormReadProblem(line, printedLabel, next, "不超过 10 万亿元的金额"));
                return true;
            }
            // Excel's float noise (200000.00000000001) is the amount to the 分; 1.234 元 is no amount
            if (CellNumbers.ParseAmount(next, 2, out value, out decimals) is not CellValueKind.Number)
            {
                _problems.Add(new FormReadProblem(line, printedLabel, next, "以元为单位、至多两位小数的金额"));
                return true;
            }
            var amount = new Yuan(value);
            if (fund.Source is null)
            {
                if (fund.Label.StartsWith("实施期", StringComparison.Ordinal)) _implementationTotal ??= amount;
                else if (_annualTotal is null)
                {
                    _annualTotal = amount;
                    _annualPrinted = Jixiao.Money.Figure.Printed(value, decimals);
                }
            }
            else (annual ? _annualSources : _implementationSources).Add((fund.Source.Value, amount));
            return true;
        }

        public void IndicatorRow(List<string> cells, int line)
        {
            var l = cells.SkipWhile(c => IndicatorFramework.Level1Named(c) is not null).ToList();
            if (l.Count == 0) return;
            List<string> left, right;
            var firstLevel2 = IndicatorFramework.Level2Named(l[0]);
            if (firstLevel2 is not null)
            {
                int split = SplitAt(l);
                _currentImplementation = firstLevel2;
                _currentAnnual = split < l.Count ? IndicatorFramework.Level2Named(l[split]) ?? firstLevel2 : firstLevel2;
                left = l.GetRange(1, Math.Max(0, split - 1));
                right = split < l.Count ? l.GetRange(split + 1, l.Count - split - 1) : [];
            }
            else
            {
                // A further 三级 under the 二级 of the row above: its two halves side by side.
                int half = (l.Count + 1) / 2;
                left = l.GetRange(0, half);
                right = l.GetRange(half, l.Count - half);
            }
            if (_currentImplementation is { } li && ToIndicator(li, left) is { } a) _implementation.Add(a with { Line = line });
            if (_currentAnnual is { } ri && ToIndicator(ri, right) is { } b) _annual.Add(b with { Line = line });
        }

        // Where the 年度 half starts: at cell 3 when the 实施期 half is complete (二级, 三级, 指标值), else at the
        // next 二级 name.
        private static int SplitAt(List<string> l)
        {
            if (l.Count > 3 && IndicatorFramework.Level2Named(l[3]) is not null) return 3;
            for (int i = 1; i < l.Count; i++) if (IndicatorFramework.Level2Named(l[i]) is not null) return i;
            return l.Count;
        }

        private static Indicator? ToIndicator(Level2Indicator level2, List<string> half)
        {
            if (half.Count == 0) return null;
            if (half.Count == 1)
            {
                var only = TargetValue.Parse(half[0]);
                return only.Kind is TargetValueKind.Qualitative or TargetValueKind.Unreadable or TargetValueKind.Empty
                    ? new Indicator(level2, half[0], TargetValue.Parse(""))
                    : new Indicator(level2, "", only);
            }
            return new Indicator(level2, half[0], TargetValue.Parse(string.Join("", half.Skip(1))));
        }

        public void SignOff(List<string> cells)
        {
            for (int c = 0; c < cells.Count; c++)
            {
                string label = Label(cells[c]);
                string? next = c + 1 < cells.Count && !SignOffLabels.Any(l => Label(cells[c + 1]).StartsWith(l, StringComparison.Ordinal)) ? cells[c + 1] : null;
                switch (label)
                {
                    case "负责人": _head ??= next; break;
                    case "经办人": _handler ??= next; break;
                    case "联系电话": _phone ??= next; break;
                    case "填报日期": _date ??= next; break;
                    default: continue;
                }
                if (next is not null) c++;
            }
        }

        public TargetForm Build()
        {
            // The 年度 half often cuts a long 三级 name (离休干部业务经 for 离休干部业务经办成本): take the full name.
            var annual = _annual.Select(a =>
                _implementation.FirstOrDefault(i => i.Level2 == a.Level2 && i.Name.Length > a.Name.Length && a.Name.Length >= 4
                    && i.Name.StartsWith(a.Name, StringComparison.Ordinal)) is { } full ? a with { Name = full.Name } : a).ToList();
            var declaration = new TargetDeclaration
            {
                Department = Department(_department),
                ImplementingUnit = _implementingUnit,
                Nature = ShanxiTargetFormReader.NatureOf(_nature),
                PeriodYears = Years(_period),
                ImplementationFunds = new DeclaredFunds(_implementationTotal, _implementationSources),
                AnnualFunds = new DeclaredFunds(_annualTotal, _annualSources),
                Texts = _texts,
                ImplementationGoal = _implementationGoal,
                AnnualGoal = _annualGoal,
                ImplementationIndicators = _implementation,
                AnnualIndicators = annual,
                SignOff = _head is null && _handler is null && _phone is null && _date is null ? null : new SignOff(_head, _handler, _phone, _date),
            };
            // a form whose name is not printed (or not found) is still checked, named by its line, and the gap is said
            if (string.IsNullOrWhiteSpace(_name)) _problems.Add(new FormReadProblem(Line, "项目名称", "", "项目名称"));
            return new TargetForm(new Project("", _name?.Trim() ?? "") { Targets = declaration }, TargetFormLayout.Shanxi, Line, Forms.TargetFormShapes.Of(TargetFormLayout.Shanxi))
            {
                Year = Year,
                Title = Title,
                Problems = _problems,
                PrintedTotal = _annualPrinted is { } f ? (f, "元") : null,
            };
        }

        // 303-忻州市医疗保障局 → (303, 忻州市医疗保障局)
        private static (string? Code, string Name)? Department(string? printed)
        {
            if (string.IsNullOrWhiteSpace(printed)) return null;
            int dash = printed.IndexOfAny(['-', '－', '—']);
            if (dash > 0 && printed[..dash].Trim().All(char.IsAsciiDigit)) return (printed[..dash].Trim(), printed[(dash + 1)..].Trim());
            return (null, printed.Trim());
        }

        // 1年, 3年
        private static int? Years(string? printed)
        {
            if (printed is null) return null;
            var digits = new string(printed.TakeWhile(char.IsAsciiDigit).ToArray());
            return digits.Length is > 0 and < 3 && printed[digits.Length..].TrimStart().StartsWith('年') ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
    }
}
