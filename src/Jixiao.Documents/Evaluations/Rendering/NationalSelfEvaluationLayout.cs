using System.Globalization;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Evaluations.Rendering;

/// <summary>
/// The national 项目支出绩效自评表 of 财预〔2020〕10号 on eight columns: the title and （2023年度）; 项目名称; 主管部门 /
/// 实施单位; 项目资金（万元） with 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 for 年度资金总额 and its 其中 rows
/// (本年财政拨款, 上年结转资金, 其他资金); 年度总体目标 (预期目标 | 实际完成情况); the indicator table (一级 / 二级 / 三级 /
/// 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施); 总分; 评价等次; the sign-off under the table.
/// </summary>
internal static class NationalSelfEvaluationLayout
{
    // 一级 / label | 二级 / row label | 三级 / 年初预算数 | 年度指标值 / 全年预算数 | 实际完成值 / 全年执行数 | 分值 | 得分 / 执行率 | 偏差 / 得分
    private static readonly double[] Widths = [10, 13, 16, 11, 11, 8, 9, 22];

    private const int Columns = 8;

    /// <summary>The 其中 rows of the money block, each with the printed sources it adds up.</summary>
    private static readonly (string Label, Func<string, bool> Holds)[] FundRows =
    [
        ("其中：本年财政拨款", s => Kind(s) == FundKind.Appropriation),
        ("上年结转资金", s => Kind(s) == FundKind.CarryOver),
        ("其他资金", s => Kind(s) == FundKind.Other),
    ];

    /// <summary>The headings the 实际完成情况 text is taken from, first found first.</summary>
    private static readonly string[] OutcomeHeadings = ["实际完成情况", "项目绩效情况"];

    public static FormGrid Build(SelfEvaluation e)
    {
        var grid = new FormGrid(e.ProjectName, Widths, landscape: false) { OnePage = true };
        int row = 1;
        grid.Put(row++, 1, e.Title ?? SelfEvaluations.NationalTitle, FormCellKind.Title, Columns);
        if (e.Year is { } year) grid.Put(row++, 1, $"（{year.ToString(CultureInfo.InvariantCulture)}年度）", FormCellKind.Subtitle, Columns);

        grid.TableTop = row;
        grid.Put(row, 1, "项目名称", FormCellKind.Label);
        grid.Put(row++, 2, e.ProjectName, FormCellKind.Text, Columns - 1);
        grid.Put(row, 1, "主管部门", FormCellKind.Label);
        grid.Put(row, 2, e.Department, FormCellKind.Text, 3);
        grid.Put(row, 5, "实施单位", FormCellKind.Label);
        grid.Put(row++, 6, e.BudgetUnit, FormCellKind.Text, 3);
        row = Funds(grid, row, e);
        row = Goal(grid, row, e);
        row = Indicators(grid, row, e.Indicators);
        grid.Put(row, 1, "总分", FormCellKind.Label, 5);
        grid.PutNumber(row, 6, e.Total is { } t ? PrintedNumber.Points(t.Points, false) : null, kind: FormCellKind.Value);
        grid.PutNumber(row, 7, e.Total?.Score is { } total ? PrintedNumber.Points(total, true) : null, kind: FormCellKind.Value);
        grid.Put(row++, 8, null, FormCellKind.Value);
        grid.Put(row, 1, "评价等次", FormCellKind.Label, 5);
        grid.Put(row++, 6, e.Grade, FormCellKind.Value, 3);
        grid.TableBottom = row - 1;
        SignOff(grid, row, e.SignOff);
        return grid;
    }

    /// <summary>
    /// 项目资金（万元）: the heading row, 年度资金总额 with the execution item's points, 执行率 (B / A) and score, then the
    /// 其中 rows. A figure not known is an empty cell, never 0: 年初预算数 is blank unless stated; a column's 其中 cells
    /// are filled only when its sources can all be placed and tell carried-over money apart (a 上年结转 line, 0.00
    /// included) — an adjusted budget by level of government, or a budget printed only as its 合计, cannot say how much
    /// of it was carried over —, and 年初预算数's only when the year's budget is the initial one (not adjusted).
    /// </summary>
    private static int Funds(FormGrid grid, int row, SelfEvaluation e)
    {
        var funds = e.Funds;
        int top = row;
        string[] headings = ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
        for (int c = 0; c < headings.Length; c++) grid.Put(row, c + 2, headings[c], FormCellKind.Heading);
        row++;

        Yuan? budgeted = funds.Budgeted.Count > 0 ? funds.BudgetedTotal : null;
        Yuan? spent = funds.Spent.Count > 0 ? funds.SpentTotal : null;
        grid.Put(row, 2, "年度资金总额", FormCellKind.Label);
        grid.PutNumber(row, 3, Wan(funds.InitialBudget));
        grid.PutNumber(row, 4, Wan(budgeted));
        grid.PutNumber(row, 5, Wan(spent));
        bool scored = e.Scores.Count > 0;
        grid.PutNumber(row, 6, scored ? PrintedNumber.Points(e.Scores.Sum(s => s.Points), false) : null, kind: FormCellKind.Value);
        grid.PutNumber(row, 7, budgeted is { Value: > 0m } a && spent is { } b
            ? PrintedNumber.Share(Math.Round(b.Value * 100m / a.Value, 2, MidpointRounding.AwayFromZero))
            : null, kind: FormCellKind.Share);
        grid.PutNumber(row++, 8, scored && e.Scores.All(s => s.Score is not null)
            ? PrintedNumber.Points(e.Scores.Sum(s => s.Score!.Value), true)
            : null, kind: FormCellKind.Value);

        bool budgetSplit = Split(funds.Budgeted);
        bool spentSplit = Split(funds.Spent);
        // the split of 年初预算数 is the split of the year's budget when that budget is the initial one
        bool initialSplit = budgetSplit && funds.InitialBudget is { } initial && initial == funds.BudgetedTotal;
        foreach (var (label, holds) in FundRows)
        {
            grid.Put(row, 2, label, FormCellKind.Label);
            grid.PutNumber(row, 3, Wan(initialSplit ? Sum(funds.Budgeted, holds) : null));
            grid.PutNumber(row, 4, Wan(budgetSplit ? Sum(funds.Budgeted, holds) : null));
            grid.PutNumber(row, 5, Wan(spentSplit ? Sum(funds.Spent, holds) : null));
            // the 其中 rows are not scored: the form prints a dash where the total row has its points, rate and score
            for (int c = 6; c <= 8; c++) grid.Put(row, c, "—", FormCellKind.Value);
            row++;
        }
        grid.Put(top, 1, "项目资金（万元）", FormCellKind.Label, rowSpan: row - top);
        return row;
    }

    /// <summary>True when the sources can be placed in the 其中 rows: each in one, carried-over money among them.</summary>
    private static bool Split(IReadOnlyList<(string Source, Yuan Amount)> sources) =>
        sources.Count > 0 && sources.All(s => Kind(s.Source) != FundKind.Unknown) && sources.Any(s => Kind(s.Source) == FundKind.CarryOver);

    /// <summary>年度总体目标: 预期目标 (the declaration's annual goal) beside 实际完成情况.</summary>
    private static int Goal(FormGrid grid, int row, SelfEvaluation e)
    {
        grid.Put(row, 1, "年度总体目标", FormCellKind.Label, rowSpan: 2);
        grid.Put(row, 2, "预期目标", FormCellKind.Heading, 3);
        grid.Put(row++, 5, "实际完成情况", FormCellKind.Heading, 4);
        grid.Put(row, 2, Text(e, SelfEvaluations.AnnualGoalHeading), FormCellKind.Text, 3);
        grid.Put(row++, 5, OutcomeHeadings.Select(h => Text(e, h)).FirstOrDefault(t => t is not null), FormCellKind.Text, 4);
        return row;
    }

    private static string? Text(SelfEvaluation e, string heading) =>
        e.Texts.Where(t => t.Heading == heading && t.Text.Length > 0).Select(t => t.Text).FirstOrDefault();

    /// <summary>The indicator table: its heading row, then per 一级 its rows, each 二级 merged over its rows.</summary>
    private static int Indicators(FormGrid grid, int row, IReadOnlyList<IndicatorResult> indicators)
    {
        string[] headings = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
        for (int c = 0; c < headings.Length; c++) grid.Put(row, c + 1, headings[c], FormCellKind.Heading);
        row++;
        if (indicators.Count == 0)
        {
            for (int c = 1; c <= Columns; c++) grid.Put(row, c, null, FormCellKind.Value);
            return row + 1;
        }
        // the table groups by 一级 and 二级 in the framework's order (a declaration may list 数量指标 again after 时效指标);
        // the sort is stable, so the declared order stands within a group
        var grouped = indicators.OrderBy(i => i.Level1).ThenBy(i => i.Level2).ToList();
        foreach (var level1 in Runs(grouped, i => i.Level1))
        {
            grid.Put(row, 1, IndicatorFramework.Name(level1.Key), FormCellKind.Value, rowSpan: level1.Items.Count);
            foreach (var level2 in Runs(level1.Items, i => i.Level2))
            {
                grid.Put(row, 2, IndicatorFramework.Name(level2.Key), FormCellKind.Value, rowSpan: level2.Items.Count);
                foreach (var i in level2.Items)
                {
                    grid.Put(row, 3, i.Name, FormCellKind.Text);
                    grid.Put(row, 4, i.Target.Text, FormCellKind.Value);
                    grid.Put(row, 5, i.Actual.Text, FormCellKind.Value);
                    grid.PutNumber(row, 6, i.Points is { } p ? PrintedNumber.Points(p, false) : null, kind: FormCellKind.Value);
                    grid.PutNumber(row, 7, i.Score is { } s ? PrintedNumber.Points(s, true) : null, kind: FormCellKind.Value);
                    grid.Put(row++, 8, i.Deviation, FormCellKind.Text);
                }
            }
        }
        return row;
    }

    /// <summary>Consecutive items with the same key, in order.</summary>
    private static List<(TKey Key, List<T> Items)> Runs<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key)
    {
        var runs = new List<(TKey Key, List<T> Items)>();
        foreach (var item in items)
        {
            var k = key(item);
            if (runs.Count > 0 && EqualityComparer<TKey>.Default.Equals(runs[^1].Key, k)) runs[^1].Items.Add(item);
            else runs.Add((k, [item]));
        }
        return runs;
    }

    // 负责人 / 经办人 / 联系电话, then 填报日期, under the table as label and value pairs (label column, value span).
    private static void SignOff(FormGrid grid, int row, SignOff? signOff)
    {
        (int Column, string Label, string? Value, int Span)[][] lines =
        [
            [(1, "负责人：", signOff?.Head, 2), (4, "经办人：", signOff?.Handler, 1), (6, "联系电话：", signOff?.Phone, 2)],
            [(1, "填报日期：", signOff?.Date, 2)],
        ];
        foreach (var line in lines)
        {
            foreach (var (column, label, value, span) in line)
            {
                grid.Put(row, column, label, FormCellKind.CaptionRight);
                grid.Put(row, column + 1, value, FormCellKind.CaptionLeft, span);
            }
            row++;
        }
    }

    private static PrintedNumber? Wan(Yuan? amount) => amount is { } a ? PrintedNumber.WanYuanFixed(a) : null;

    private static Yuan Sum(IReadOnlyList<(string Source, Yuan Amount)> lines, Func<string, bool> holds)
    {
        var sum = Yuan.Zero;
        foreach (var (source, amount) in lines) if (holds(source)) sum += amount;
        return sum;
    }

    private enum FundKind { Appropriation, CarryOver, Other, Unknown }

    /// <summary>
    /// Which 其中 row a printed source belongs to: carried-over money (上年结转资金), the unit's own or other money
    /// (单位自筹, 其他资金, 其他), or this year's appropriation (any 财政 / 预算 / 拨款 source: 中央财政资金, 市级预算资金 …);
    /// anything else (合计) cannot be placed.
    /// </summary>
    private static FundKind Kind(string source)
    {
        var s = IndicatorFramework.Compact(source);
        if (s.Contains("结转", StringComparison.Ordinal)) return FundKind.CarryOver;
        if (s.Contains("自筹", StringComparison.Ordinal) || s.StartsWith("其他", StringComparison.Ordinal)) return FundKind.Other;
        if (s.Contains("财政", StringComparison.Ordinal) || s.Contains("预算", StringComparison.Ordinal) || s.Contains("拨款", StringComparison.Ordinal))
            return FundKind.Appropriation;
        return FundKind.Unknown;
    }
}
