using Jixiao.Budget;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Targets;

/// <summary>
/// Reads the Hebei 绩效目标表 (performance-targets-domain.md) from text rows: <c>N.&lt;项目名称&gt;绩效目标表</c>, unit, 单位：万元; 项目编码,
/// 项目名称; 预算规模及资金用途 (预算数, 其中：财政资金, 其他资金, then the use); 资金支出计划（%） with its points and their
/// shares on the next row; 绩效目标; then the indicator rows (一级, 二级, 三级, 绩效指标描述, 指标值, 指标值确定依据), a blank
/// 一级 or 二级 continuing the one above. Amounts are printed in 万元 and kept in 元.
/// </summary>
public static class HebeiTargetFormReader
{

    /// <summary>True for a title row <c>N.…绩效目标表</c> (not a Shanxi 申报表).</summary>
    private static bool IsTitle(TextRow row) => TitleOf(row) is not null;

    // The first cell of the row once a converter's bookmark is dropped (it may stand alone in a cell of its own).
    private static string? TitleOf(TextRow row)
    {
        // Rows are not always separated before a title: it may follow a section heading and a bookmark in its row.
        foreach (var cell in row.Filled.Take(4))
        {
            var text = WithoutBookmark(cell);
            if (text.EndsWith("绩效目标表", StringComparison.Ordinal) && text.Length > 5 && text.Length < 120) return text;
        }
        return null;
    }

    public static bool Contains(IReadOnlyList<TextRow> rows) => rows.Any(IsTitle);

    public static IReadOnlyList<TargetForm> Read(IReadOnlyList<TextRow> rows)
    {
        var forms = new List<TargetForm>();
        for (int i = 0; i < rows.Count; i++)
        {
            if (!IsTitle(rows[i])) continue;
            int end = i + 1;
            while (end < rows.Count && !IsTitle(rows[end])) end++;
            var form = ReadForm(rows, i, end);
            // A line of the contents (目录) that names a form is not one: a form prints its 项目编码 or 项目名称.
            if (form.Project.Code.Length > 0 || form.Declaration.AnnualFunds.StatedTotal is not null) forms.Add(form);
            i = end - 1;
        }
        return forms;
    }

    private static TargetForm ReadForm(IReadOnlyList<TextRow> rows, int start, int end)
    {
        string title = TitleOf(rows[start])!;
        string? code = null, name = null, use = null, goal = null;
        Yuan? total = null;
        Figure? printed = null;
        string unit = "万元";
        // the unit the form is for, under the title (in the title's row when the extraction joined them):
        // 362001兴隆县医疗保障局本级, code and name run together
        (string? Code, string Name)? department = null;
        foreach (var cell in rows[start].Filled)
            if (!WithoutBookmark(cell).EndsWith("绩效目标表", StringComparison.Ordinal) && UnitLine(cell) is { } inTitleRow) { department = inTitleRow; break; }
        bool firstRow = department is null;
        var sources = new List<(FundSource, Yuan)>();
        var problems = new List<FormReadProblem>();
        var plan = new List<SpendingPlanPoint>();
        var indicators = new List<Indicator>();
        Level2Indicator? level2 = null;
        bool inIndicators = false, moneySeen = false;
        string[]? planLabels = null;

        for (int r = start + 1; r < end; r++)
        {
            var cells = rows[r].Cells.Select(c => WithoutBookmark(c.Trim())).ToList();
            var filled = cells.Where(c => c.Length > 0).ToList();
            if (filled.Count == 0) continue;
            string first = ShanxiTargetFormReader.Label(filled[0]);
            if (firstRow)
            {
                firstRow = false;
                if (UnitLine(filled[0]) is { } u) { department = u; if (filled.Count == 1) continue; }
            }
            foreach (var cell in filled)
            {
                // 单位：万元 (the usual) or 单位：元, alone or beside the unit's name
                var label = ShanxiTargetFormReader.Label(cell);
                if (label is "单位万元" or "单位元") unit = label == "单位万元" ? "万元" : "元";
            }
            if (inIndicators)
            {
                if (IndicatorRow(cells, ref level2) is { } indicator) { indicators.Add(indicator with { Line = rows[r].Line }); continue; }
                // A row cut before its last cell: the 指标值确定依据 alone on the next row.
                if (filled.Count == 1 && indicators.Count > 0 && indicators[^1].Basis is null && filled[0].Length <= 40 && !IsSectionHeading(filled[0]))
                {
                    indicators[^1] = indicators[^1] with { Basis = filled[0] };
                    continue;
                }
                if (cells.Count >= 5 && cells.Take(2).All(c => c.Length == 0 || IndicatorFramework.Level1Named(c) is not null || IndicatorFramework.Level2Named(c) is not null)) continue;
                break; // the form is over: what follows is the next section of the document
            }
            if (planLabels is not null)
            {
                // the shares under the plan's points: 25.00% 50.00% 75.00% 100.00%
                for (int k = 0; k < planLabels.Length && k < filled.Count; k++)
                {
                    var kind = CellNumbers.Parse(filled[k], out var share, out _);
                    if (kind is CellValueKind.Number or CellValueKind.Percent) plan.Add(new SpendingPlanPoint(planLabels[k], MonthOf(planLabels[k]), share));
                    else problems.Add(new FormReadProblem(rows[r].Line, $"资金支出计划（{planLabels[k]}）", filled[k], "百分比"));
                }
                planLabels = null;
                continue;
            }
            switch (first)
            {
                case "项目编码":
                    code ??= filled.ElementAtOrDefault(1);
                    if (filled.Count >= 4 && ShanxiTargetFormReader.Label(filled[2]) == "项目名称") name ??= filled[3];
                    continue;
                case "项目名称": name ??= filled.ElementAtOrDefault(1); continue;
                case "预算规模及资金用途":
                    moneySeen = true;
                    for (int k = 1; k + 1 < filled.Count; k++)
                    {
                        var label = ShanxiTargetFormReader.Label(filled[k]);
                        if (label is not ("预算数" or "财政资金" or "其他资金")) continue;
                        if (CellNumbers.ParseAmount(filled[k + 1], FenDecimals(unit), out var printedAmount, out int printedDecimals) is not CellValueKind.Number || Math.Abs(printedAmount) > MaxIn(unit))
                        {
                            problems.Add(new FormReadProblem(rows[r].Line, label, filled[k + 1], $"以{unit}为单位的金额"));
                            continue;
                        }
                        var yuan = new Yuan(unit == "元" ? printedAmount : printedAmount * 10_000m);
                        if (label == "预算数")
                        {
                            total = yuan;
                            printed = Figure.Printed(printedAmount, Math.Max(2, printedDecimals));
                        }
                        else sources.Add((label == "财政资金" ? FundSource.Fiscal : FundSource.Other, yuan));
                        k++;
                    }
                    continue;
                // a shorter form: 预算数 on a row of its own (in the unit its 单位： line names), 年度目标 for 绩效目标
                case "预算数" when total is null && filled.Count >= 2:
                    moneySeen = true;
                    if (CellNumbers.ParseAmount(filled[1], FenDecimals(unit), out var amount, out int amountDecimals) is not CellValueKind.Number || Math.Abs(amount) > MaxIn(unit))
                    {
                        problems.Add(new FormReadProblem(rows[r].Line, "预算数", filled[1], $"以{unit}为单位的金额"));
                        continue;
                    }
                    total = new Yuan(unit == "元" ? amount : amount * 10_000m);
                    printed = Figure.Printed(amount, Math.Max(2, amountDecimals));
                    continue;
                case "年度目标" when goal is null:
                    goal = string.Join("\n", filled.Skip(1));
                    continue;
                case "资金支出计划(%)" or "资金支出计划":
                    planLabels = filled.Skip(1).ToArray();
                    continue;
                case "绩效目标":
                    goal = string.Join("\n", filled.Skip(1));
                    continue;
                case "一级指标":
                    inIndicators = true;
                    continue;
            }
            // the sentence on the money's use, on the row after 预算规模及资金用途
            if (moneySeen && use is null && goal is null && filled.Count == 1) use = filled[0];
        }

        var declaration = new TargetDeclaration
        {
            Department = department,
            AnnualFunds = new DeclaredFunds(total, sources),
            ImplementationFunds = DeclaredFunds.Empty,
            Texts = use is null ? [] : [("资金用途", use)],
            AnnualGoal = goal,
            AnnualIndicators = indicators,
            SpendingPlan = plan.Count == 0 ? null : new SpendingPlan(plan),
        };
        return new TargetForm(new Project(code ?? "", name ?? NameFromTitle(title)) { Targets = declaration }, TargetFormLayout.Hebei, rows[start].Line)
        {
            Shape = TargetFormShape.HebeiTable,
            Title = title,
            Problems = problems,
            PrintedTotal = printed is { } f ? (f, unit) : null,
            IndicatorsPrinted = inIndicators,
        };
    }

    /// <summary>A unit line: a code of digits and a name (<c>362001兴隆县医疗保障局本级</c>), or <c>单位名称：某县医疗保障局</c>.</summary>
    private static (string? Code, string Name)? UnitLine(string cell)
    {
        var text = cell.Trim();
        int colon = text.IndexOfAny([':', '：']);
        if (colon > 0 && text[..colon].Trim() is "单位名称" or "预算单位" or "单位") return text[(colon + 1)..].Trim() is { Length: > 0 } n ? (null, n) : null;
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits is < 3 or > 15 || digits == text.Length || text.EndsWith("绩效目标表", StringComparison.Ordinal)) return null;
        return (text[..digits], text[digits..].Trim());
    }

    /// <summary>The largest amount accepted, in the form's unit.</summary>
    // the 分 is the second decimal of a 元, the sixth of a 万元
    private static int FenDecimals(string unit) => unit == "元" ? 2 : 6;

    private static decimal MaxIn(string unit) => unit == "元" ? ShanxiTargetFormReader.MaxAmount : ShanxiTargetFormReader.MaxAmount / 10_000m;

    // 一级, 二级, 三级, 绩效指标描述, 指标值, 指标值确定依据 — a blank 二级 continues the one above.
    private static Indicator? IndicatorRow(List<string> cells, ref Level2Indicator? level2)
    {
        if (cells.Count < 5) return null;
        int at = 0;
        if (cells[0].Length == 0 || IndicatorFramework.Level1Named(cells[0]) is not null) at = 1;
        else if (IndicatorFramework.Level2Named(cells[0]) is null) return null;
        else at = 0; // the 一级 cell dropped by extraction
        if (cells[at].Length > 0)
        {
            if (IndicatorFramework.Level2Named(cells[at]) is not { } named) return null;
            level2 = named;
        }
        if (level2 is not { } current) return null;
        var rest = cells.Skip(at + 1).ToList();
        if (rest.Count < 3 || rest[0].Length == 0) return null; // an empty 二级 row
        return new Indicator(current, rest[0], TargetValue.Parse(rest[2]))
        {
            Description = rest[1].Length > 0 ? rest[1] : null,
            Basis = rest.Count > 3 && rest[3].Length > 0 ? rest[3] : null,
        };
    }

    // [bookmark: _Toc67565880]2.宣传印刷费绩效目标表 → 2.宣传印刷费绩效目标表 (a converter's anchor)
    private static string WithoutBookmark(string title) =>
        title.StartsWith("[bookmark:", StringComparison.Ordinal) && title.IndexOf(']') is > 0 and var close ? title[(close + 1)..].Trim() : title;

    // 六、政府采购预算情况
    private static bool IsSectionHeading(string text) =>
        text.Length > 2 && "一二三四五六七八九十".Contains(text[0]) && text.IndexOf('、') is > 0 and < 4;

    // 3月底 → 3
    private static int MonthOf(string label)
    {
        var digits = new string(label.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12 ? m : 0;
    }

    // 1.宣传印刷费绩效目标表 → 宣传印刷费
    private static string NameFromTitle(string title)
    {
        int dot = title.IndexOf('.');
        var s = dot >= 0 && dot < 4 ? title[(dot + 1)..] : title;
        return s.EndsWith("绩效目标表", StringComparison.Ordinal) ? s[..^"绩效目标表".Length] : s;
    }
}
