using System.Globalization;
using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Targets.Rendering;

/// <summary>
/// The Hebei 绩效目标表 on seven columns, as the Xinglong budget prints it: <c>N.&lt;项目名称&gt;绩效目标表</c>; the unit and
/// 单位：万元; 项目编码 / 项目名称; 预算规模及资金用途 with 预算数, 其中：财政资金, 其他资金 in 万元 and the use of the money
/// under them; 资金支出计划（%） with its points and their cumulative shares; 绩效目标; and the indicator table (一级 /
/// 二级 / 三级 / 绩效指标描述 / 指标值 / 指标值确定依据) with the 二级 that hold indicators, 一级 and 二级 merged down their rows.
/// </summary>
internal static class HebeiFormLayout
{
    // 一级 | 二级 | 三级 | 绩效指标描述 (two columns, so that the money row fits its six cells) | 指标值 | 指标值确定依据
    private static readonly double[] Widths = [11, 13, 16, 12, 12, 15, 20];

    /// <summary>The points of a 资金支出计划 when a declaration has none: the form still prints them.</summary>
    private static readonly string[] PlanPoints = ["3月底", "6月底", "10月底", "12月底"];

    /// <param name="number">The form's number in its document (the N of its title) when it has no printed title.</param>
    public static FormGrid Build(TargetForm form, int number)
    {
        var d = form.Declaration;
        var project = form.Project;
        var grid = new FormGrid(project.Name, Widths, landscape: false);
        int row = 1;
        grid.Put(row++, 1, form.Title ?? $"{number.ToString(CultureInfo.InvariantCulture)}.{project.Name}绩效目标表", FormCellKind.Title, 7);
        grid.Put(row, 1, UnitText(d.Department), FormCellKind.CaptionLeft, 4);
        grid.Put(row++, 5, "单位：万元", FormCellKind.CaptionRight, 3);

        grid.TableTop = row;
        grid.Put(row, 1, "项目编码", FormCellKind.Label);
        grid.Put(row, 2, project.Code, FormCellKind.Value, 2);
        grid.Put(row, 4, "项目名称", FormCellKind.Label);
        grid.Put(row++, 5, project.Name, FormCellKind.Text, 3);

        var total = d.AnnualFunds.StatedTotal;
        grid.Put(row, 1, "预算规模及\n资金用途", FormCellKind.Label, rowSpan: 2);
        grid.Put(row, 2, "预算数", FormCellKind.Label);
        grid.PutNumber(row, 3, total is { } t ? PrintedNumber.WanYuan(t) : null);
        grid.Put(row, 4, "其中：财政资金", FormCellKind.Label);
        grid.PutNumber(row, 5, Amount(d.AnnualFunds, FundSource.Fiscal));
        grid.Put(row, 6, "其他资金", FormCellKind.Label);
        grid.PutNumber(row++, 7, Amount(d.AnnualFunds, FundSource.Other));
        grid.Put(row++, 2, Use(d, project), FormCellKind.Text, 6);

        row = Plan(grid, row, d.SpendingPlan);
        grid.Put(row, 1, "绩效目标", FormCellKind.Label);
        grid.Put(row++, 2, d.AnnualGoal, FormCellKind.Text, 6);
        row = Indicators(grid, row, d.AnnualIndicators);
        grid.TableBottom = row - 1;
        return grid;
    }

    /// <summary>The label of a source on a form (财政资金 for the Hebei split).</summary>
    internal static string SourceLabel(FundSource source) => source.ToChinese();

    // 362001兴隆县医疗保障局本级: the Hebei forms print the code glued to the name.
    private static string? UnitText((string? Code, string Name)? department) =>
        department is var (code, name) ? $"{code}{name}" : null;

    /// <summary>
    /// The 财政资金 / 其他资金 of the 年度 money in 万元; the Hebei split puts every level of government under 财政资金,
    /// so a declaration split the Shanxi way (中央, 省级, 市县) has those summed there.
    /// </summary>
    private static PrintedNumber? Amount(DeclaredFunds funds, FundSource source)
    {
        FundSource[] included = source == FundSource.Fiscal
            ? [FundSource.Fiscal, FundSource.Central, FundSource.Provincial, FundSource.Local]
            : [FundSource.Other, FundSource.SelfRaised];
        if (!funds.Sources.Any(s => included.Contains(s.Source))) return null;
        var sum = Yuan.Zero;
        foreach (var s in included) sum += funds.Of(s);
        return PrintedNumber.WanYuan(sum);
    }

    private static string? Use(TargetDeclaration d, Project project) =>
        d.Texts.Where(t => t.Heading == "资金用途").Select(t => t.Text).FirstOrDefault() ?? project.Purpose;

    /// <summary>资金支出计划（%）: the points on one row, their shares under them, spread over the six columns.</summary>
    private static int Plan(FormGrid grid, int row, SpendingPlan? plan)
    {
        var points = plan?.Points.Select(p => (p.Label, Share: (decimal?)p.CumulativePercent)).ToList()
            ?? PlanPoints.Select(p => (Label: p, Share: (decimal?)null)).ToList();
        // More points than columns (monthly plans) take further pairs of rows.
        var chunks = points.Chunk(6).ToList();
        if (chunks.Count == 0) chunks.Add([]);
        grid.Put(row, 1, "资金支出计划\n（%）", FormCellKind.Label, rowSpan: 2 * chunks.Count);
        foreach (var chunk in chunks)
        {
            int column = 2;
            foreach (var (span, (label, share)) in Spans(chunk.Length).Zip(chunk))
            {
                grid.Put(row, column, label, FormCellKind.Value, span);
                if (share is { } s) grid.PutNumber(row + 1, column, PrintedNumber.Share(s), span, FormCellKind.Share);
                else grid.Put(row + 1, column, null, FormCellKind.Share, span);
                column += span;
            }
            if (column <= 7)
            {
                grid.Put(row, column, null, FormCellKind.Value, 8 - column);
                grid.Put(row + 1, column, null, FormCellKind.Value, 8 - column);
            }
            row += 2;
        }
        return row;
    }

    /// <summary>How many of the six columns each of <paramref name="count"/> points takes: 4 points → 1, 1, 2, 2.</summary>
    private static IEnumerable<int> Spans(int count)
    {
        if (count == 0) yield break;
        int each = 6 / count, extra = 6 % count;
        for (int i = 0; i < count; i++) yield return each + (i >= count - extra ? 1 : 0);
    }

    private static int Indicators(FormGrid grid, int row, IReadOnlyList<Indicator> indicators)
    {
        grid.Put(row, 1, "一级指标", FormCellKind.Heading);
        grid.Put(row, 2, "二级指标", FormCellKind.Heading);
        grid.Put(row, 3, "三级指标", FormCellKind.Heading);
        grid.Put(row, 4, "绩效指标描述", FormCellKind.Heading, 2);
        grid.Put(row, 6, "指标值", FormCellKind.Heading);
        grid.Put(row++, 7, "指标值确定依据", FormCellKind.Heading);
        // In framework order, keeping the printed order within a 二级.
        foreach (var level1 in Enum.GetValues<Level1Indicator>())
        {
            int level1Top = row;
            foreach (var level2 in IndicatorFramework.Level2InOrder.Where(l => IndicatorFramework.Parent(l) == level1))
            {
                var under = indicators.Where(i => i.Level2 == level2).ToList();
                if (under.Count == 0) continue;
                grid.Put(row, 2, IndicatorFramework.Name(level2), FormCellKind.Value, rowSpan: under.Count);
                foreach (var indicator in under)
                {
                    grid.Put(row, 3, indicator.Name, FormCellKind.Text);
                    grid.Put(row, 4, indicator.Description, FormCellKind.Text, 2);
                    grid.Put(row, 6, indicator.Target.Text, FormCellKind.Value);
                    grid.Put(row++, 7, indicator.Basis, FormCellKind.Text);
                }
            }
            if (row > level1Top) grid.Put(level1Top, 1, IndicatorFramework.Name(level1), FormCellKind.Value, rowSpan: row - level1Top);
        }
        return row;
    }
}
