using System.Globalization;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Evaluations.Rendering;

/// <summary>
/// The Shanxi 财政支出项目绩效自评表 on six columns, as the Jinzhong forms print it: the title and (2021年度), 填报单位;
/// 项目名称; 主管部门 / 预算单位; 项目属性 / 项目期; 项目资金情况（万元） with 预算资金 and 实际支出资金 by source and
/// 预算下达资金; 项目概况, 项目资金使用情况, 项目组织实施情况; 绩效目标实现情况 (一级 / 二级 / 三级 / 目标值 / 实际完成指标值 /
/// 完成进度); 项目绩效情况, 其他需说明的问题; 评分表 with its section rows and items; 综合得分; 评价结果等次; 评价人员; and
/// the sign-off under the table.
/// </summary>
internal static class ShanxiSelfEvaluationLayout
{
    // label | 二级 / source group | 三级 / source | 目标值 / amount | 实际完成指标值 / 指标分值 | 完成进度 / 评价得分
    private static readonly double[] Widths = [14, 14, 22, 16, 16, 14];

    public const string DefaultTitle = "财政支出项目绩效自评表";

    /// <summary>The text blocks printed above the indicator table; the others (项目绩效情况, 其他需说明的问题) follow it.</summary>
    private static readonly string[] TextsBefore = ["项目概况", "项目资金使用情况", "项目组织实施情况"];

    private static readonly string[] TextsAfter = ["项目绩效情况", "其他需说明的问题"];

    public static FormGrid Build(SelfEvaluation e)
    {
        var grid = new FormGrid(e.ProjectName, Widths, landscape: false) { OnePage = true };
        int row = 1;
        grid.Put(row++, 1, e.Title ?? DefaultTitle, FormCellKind.Title, 6);
        if (e.Year is { } year) grid.Put(row++, 1, $"（{year.ToString(CultureInfo.InvariantCulture)}年度）", FormCellKind.Subtitle, 6);
        grid.Put(row++, 1, "填报单位（公章）：", FormCellKind.CaptionLeft, 6);

        grid.TableTop = row;
        grid.Put(row, 1, "项目名称", FormCellKind.Label);
        grid.Put(row++, 2, e.ProjectName, FormCellKind.Text, 5);
        Pair(grid, row++, "主管部门", e.Department, "预算单位", e.BudgetUnit);
        Pair(grid, row++, "项目属性", NatureText(e.Nature), "项目期", e.Period);
        row = Funds(grid, row, e.Funds);
        var before = TextsBefore.Concat(e.Texts.Select(t => t.Heading).Where(h => !TextsBefore.Contains(h) && !TextsAfter.Contains(h))).Distinct();
        row = Texts(grid, row, e, before);
        row = Indicators(grid, row, e.Indicators);
        row = Texts(grid, row, e, TextsAfter);
        row = Scores(grid, row, e);
        row = Evaluators(grid, row, e.Evaluators);
        grid.TableBottom = row - 1;
        SignOff(grid, row, e.SignOff);
        return grid;
    }

    private static void Pair(FormGrid grid, int row, string leftLabel, string? left, string rightLabel, string? right)
    {
        grid.Put(row, 1, leftLabel, FormCellKind.Label);
        grid.Put(row, 2, left, FormCellKind.Text, 2);
        grid.Put(row, 4, rightLabel, FormCellKind.Label);
        grid.Put(row, 5, right, FormCellKind.Text, 2);
    }

    private static string? NatureText(ProjectNature? nature) => nature switch
    {
        ProjectNature.OneOff => "一次性项目",
        ProjectNature.Recurring => "经常性项目",
        _ => null,
    };

    /// <summary>项目资金情况（万元）: 预算资金 by source, 预算下达资金, 实际支出资金 by source; a blank block prints one empty row.</summary>
    private static int Funds(FormGrid grid, int row, EvaluationFunds funds)
    {
        int top = row;
        row = Sources(grid, row, "预算资金", funds.Budgeted);
        grid.Put(row, 2, "预算下达资金", FormCellKind.Label, 2);
        grid.PutNumber(row++, 4, funds.Released is { } r ? PrintedNumber.WanYuanFixed(r) : null, 3);
        row = Sources(grid, row, "实际支出资金", funds.Spent);
        grid.Put(top, 1, "项目资金情况（万元）", FormCellKind.Label, rowSpan: row - top);
        return row;
    }

    private static int Sources(FormGrid grid, int row, string label, IReadOnlyList<(string Source, Yuan Amount)> lines)
    {
        int count = Math.Max(1, lines.Count);
        grid.Put(row, 2, label, FormCellKind.Label, rowSpan: count);
        for (int i = 0; i < count; i++)
        {
            bool has = i < lines.Count;
            grid.Put(row + i, 3, has ? lines[i].Source : null, FormCellKind.Value);
            grid.PutNumber(row + i, 4, has ? PrintedNumber.WanYuanFixed(lines[i].Amount) : null, 3);
        }
        return row + count;
    }

    private static int Texts(FormGrid grid, int row, SelfEvaluation e, IEnumerable<string> headings)
    {
        foreach (var heading in headings)
        {
            var text = e.Texts.Where(t => t.Heading == heading).Select(t => t.Text).FirstOrDefault();
            grid.Put(row, 1, heading, FormCellKind.Label);
            grid.Put(row++, 2, text, FormCellKind.Text, 5);
        }
        return row;
    }

    /// <summary>绩效目标实现情况: the heading row, then per 一级 its rows, each 二级 merged over its consecutive rows.</summary>
    private static int Indicators(FormGrid grid, int row, IReadOnlyList<IndicatorResult> indicators)
    {
        grid.Put(row, 1, "绩效目标实现情况", FormCellKind.Heading);
        string[] headings = ["绩效指标（二级）", "绩效指标（三级）", "目标值", "实际完成指标值", "完成进度"];
        for (int c = 0; c < headings.Length; c++) grid.Put(row, c + 2, headings[c], FormCellKind.Heading);
        row++;
        if (indicators.Count == 0)
        {
            for (int c = 1; c <= 6; c++) grid.Put(row, c, null, FormCellKind.Value);
            return row + 1;
        }
        // Rows of one 一级 (and within it one 二级) are merged as the form merges them, in printed order.
        foreach (var level1 in Runs(indicators, i => i.Level1))
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
                    grid.Put(row++, 6, i.StatedProgress, FormCellKind.Value);
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

    /// <summary>
    /// 评分表: the heading row; per section its stated row (投入： 20 19.92) and its items, each 二级 group merged over its
    /// rows; then 综合得分 and 评价结果等次.
    /// </summary>
    private static int Scores(FormGrid grid, int row, SelfEvaluation e)
    {
        int top = row;
        grid.Put(row, 2, "二级指标", FormCellKind.Heading);
        grid.Put(row, 3, "三级指标", FormCellKind.Heading, 2);
        grid.Put(row, 5, "指标分值", FormCellKind.Heading);
        grid.Put(row++, 6, "评价得分", FormCellKind.Heading);
        // The stated sections in printed order; a section with items but no stated row still gets its name printed.
        var sections = e.Sections.Select(s => s.Section)
            .Concat(e.Scores.Select(s => s.Section)).Distinct().ToList();
        foreach (var section in sections)
        {
            var stated = e.Sections.FirstOrDefault(s => s.Section == section);
            if (section.Length > 0)
            {
                grid.Put(row, 2, section + "：", FormCellKind.Label, 3);
                grid.PutNumber(row, 5, stated is null ? null : PrintedNumber.Points(stated.Points, false), kind: FormCellKind.Value);
                grid.PutNumber(row++, 6, stated?.Score is { } s ? PrintedNumber.Points(s, true) : null, kind: FormCellKind.Value);
            }
            foreach (var group in Runs(e.Scores.Where(i => i.Section == section).ToList(), i => i.Group))
            {
                grid.Put(row, 2, group.Key, FormCellKind.Value, rowSpan: group.Items.Count);
                foreach (var item in group.Items)
                {
                    grid.Put(row, 3, item.Name, FormCellKind.Text, 2);
                    grid.PutNumber(row, 5, PrintedNumber.Points(item.Points, false), kind: FormCellKind.Value);
                    grid.PutNumber(row++, 6, item.Score is { } s ? PrintedNumber.Points(s, true) : null, kind: FormCellKind.Value);
                }
            }
        }
        grid.Put(top, 1, "评分表", FormCellKind.Label, rowSpan: row - top);
        grid.Put(row, 1, "综合得分：", FormCellKind.Label, 4);
        grid.PutNumber(row, 5, e.Total is { } t ? PrintedNumber.Points(t.Points, false) : null, kind: FormCellKind.Value);
        grid.PutNumber(row++, 6, e.Total?.Score is { } total ? PrintedNumber.Points(total, true) : null, kind: FormCellKind.Value);
        grid.Put(row, 1, "评价结果等次：", FormCellKind.Label, 4);
        grid.Put(row++, 5, e.Grade, FormCellKind.Value, 2);
        return row;
    }

    /// <summary>评价人员: 姓名, 职称/职务, 科室, 联系电话, one row each (one empty row when none is named).</summary>
    private static int Evaluators(FormGrid grid, int row, IReadOnlyList<Evaluator> evaluators)
    {
        int top = row;
        grid.Put(row, 2, "姓名", FormCellKind.Heading);
        grid.Put(row, 3, "职称/职务", FormCellKind.Heading);
        grid.Put(row, 4, "科室", FormCellKind.Heading);
        grid.Put(row++, 5, "联系电话", FormCellKind.Heading, 2);
        int count = Math.Max(1, evaluators.Count);
        for (int i = 0; i < count; i++)
        {
            var person = i < evaluators.Count ? evaluators[i] : null;
            grid.Put(row, 2, person?.Name, FormCellKind.Value);
            grid.Put(row, 3, person?.Title, FormCellKind.Value);
            grid.Put(row, 4, person?.Office, FormCellKind.Value);
            grid.Put(row++, 5, person?.Phone, FormCellKind.Value, 2);
        }
        grid.Put(top, 1, "评价人员", FormCellKind.Label, rowSpan: row - top);
        return row;
    }

    // Two lines of label and value pairs under the table: 负责人 / 经办人 / 联系电话, then 填报日期 and 单位负责人（签章） 年 月 日.
    private static void SignOff(FormGrid grid, int row, SignOff? signOff)
    {
        (string Label, string? Value)[] first = [("负责人：", signOff?.Head), ("经办人：", signOff?.Handler), ("联系电话：", signOff?.Phone)];
        (string Label, string? Value)[] second = [("填报日期：", signOff?.Date), ("单位负责人（签章）：", null), ("", "年　月　日")];
        foreach (var line in new[] { first, second })
        {
            for (int i = 0; i < line.Length; i++)
            {
                grid.Put(row, 2 * i + 1, line[i].Label, FormCellKind.CaptionRight);
                grid.Put(row, 2 * i + 2, line[i].Value, FormCellKind.CaptionLeft);
            }
            row++;
        }
    }
}
