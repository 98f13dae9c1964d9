using System.Globalization;
using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Targets.Rendering;

/// <summary>
/// The Shanxi 项目支出绩效目标申报表 on eight columns, as the Xinzhou forms print it: the title and （2022年度）; 项目名称;
/// 主管部门及代码 / 实施单位; 项目属性 / 项目期; 项目资金（元） with 实施期资金总额 and 年度资金总额 side by side and their split
/// by source; 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划; 总体目标 under 实施期目标 | 年度目标;
/// 绩效指标 with 一级 / 二级 / 三级 / 指标值 of the 实施期 and 二级 / 三级 / 指标值 of the 年度 side by side, every 二级 row
/// printed even when empty; and the sign-off line (负责人, 经办人, 联系电话, 填报日期) under the table.
/// </summary>
internal static class ShanxiFormLayout
{
    // 绩效指标 | 一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值: the labels of the upper blocks sit in the first column, and the
    // two amounts of the money block in the two 指标值 columns.
    private static readonly double[] Widths = [13, 10, 16, 20, 12, 16, 20, 15];

    /// <summary>The five text blocks of the form, in printed order (others a declaration holds follow them).</summary>
    private static readonly string[] TextHeadings = ["项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划"];

    /// <summary>The sources the form prints, in printed order; 其中： leads the first.</summary>
    private static readonly (FundSource Source, string Label)[] Sources =
    [
        (FundSource.Central, "中央财政资金"),
        (FundSource.Provincial, "省级财政资金"),
        (FundSource.Local, "市县（区）财政资金"),
        (FundSource.SelfRaised, "单位自筹"),
        (FundSource.Other, "其他资金"),
    ];

    public const string DefaultTitle = "项目支出绩效目标申报表";

    public static FormGrid Build(TargetForm form)
    {
        var d = form.Declaration;
        var grid = new FormGrid(form.Project.Name, Widths, landscape: false);
        int row = 1;
        grid.Put(row++, 1, form.Title ?? DefaultTitle, FormCellKind.Title, 8);
        if (form.Year is { } year) grid.Put(row++, 1, $"（{year.ToString(CultureInfo.InvariantCulture)}年度）", FormCellKind.Subtitle, 8);

        grid.TableTop = row;
        grid.Put(row, 1, "项目名称", FormCellKind.Label);
        grid.Put(row++, 2, form.Project.Name, FormCellKind.Text, 7);
        Pair(grid, row++, "主管部门及代码", DepartmentText(d.Department), "实施单位", d.ImplementingUnit);
        Pair(grid, row++, "项目属性", NatureText(d.Nature), "项目期", d.PeriodYears is { } y ? $"{y.ToString(CultureInfo.InvariantCulture)}年" : null);
        row = Money(grid, row, d, AnnualStated(form));
        row = Texts(grid, row, d);
        grid.PageBreaksBefore.Add(row);
        row = Goals(grid, row, d);
        row = Indicators(grid, row, d);
        grid.TableBottom = row - 1;
        SignOff(grid, row, d.SignOff);
        return grid;
    }

    /// <summary>The 年度 total: as printed, or for a unit's own form the project's money in the budget lines (<see cref="TargetForms.AsDeclared"/>).</summary>
    private static Yuan? AnnualStated(TargetForm form) => form.Declaration.AnnualFunds.StatedTotal;

    // 主管部门及代码 | 303-忻州市医疗保障局 | 实施单位 | 忻州市医疗保险服务中心
    private static void Pair(FormGrid grid, int row, string leftLabel, string? left, string rightLabel, string? right)
    {
        grid.Put(row, 1, leftLabel, FormCellKind.Label);
        grid.Put(row, 2, left, FormCellKind.Text, 3);
        grid.Put(row, 5, rightLabel, FormCellKind.Label);
        grid.Put(row, 6, right, FormCellKind.Text, 3);
    }

    internal static string? DepartmentText((string? Code, string Name)? department) => department switch
    {
        null => null,
        ({ Length: > 0 } code, var name) => $"{code}-{name}",
        (_, var name) => name,
    };

    internal static string? NatureText(ProjectNature? nature) => nature switch
    {
        ProjectNature.OneOff => "一次性项目（1年结束）",
        ProjectNature.Recurring => "经常性项目（长期开展）",
        _ => null,
    };

    /// <summary>项目资金（元）: 资金总额 then one row per source, 实施期 left and 年度 right; a blank source prints blank.</summary>
    private static int Money(FormGrid grid, int row, TargetDeclaration d, Yuan? annualTotal)
    {
        var sources = Sources.ToList();
        // A declaration may hold a source the Shanxi form has no row for (财政资金 of the Hebei split): print it too.
        foreach (var (source, _) in d.ImplementationFunds.Sources.Concat(d.AnnualFunds.Sources))
            if (!sources.Any(s => s.Source == source)) sources.Add((source, source.ToChinese()));

        grid.Put(row, 1, "项目资金（元）", FormCellKind.Label, rowSpan: 1 + sources.Count);
        MoneyRow(grid, row, "实施期资金总额：", d.ImplementationFunds.StatedTotal, "年度资金总额：", annualTotal);
        row++;
        for (int i = 0; i < sources.Count; i++)
        {
            var (source, label) = sources[i];
            string text = i == 0 ? "其中：" + label : label;
            MoneyRow(grid, row++, text, Amount(d.ImplementationFunds, source), text, Amount(d.AnnualFunds, source));
        }
        return row;
    }

    private static void MoneyRow(FormGrid grid, int row, string leftLabel, Yuan? left, string rightLabel, Yuan? right)
    {
        grid.Put(row, 2, leftLabel, FormCellKind.Text, 3);
        grid.PutNumber(row, 5, left is { } l ? PrintedNumber.Yuan(l) : null);
        grid.Put(row, 6, rightLabel, FormCellKind.Text, 2);
        grid.PutNumber(row, 8, right is { } r ? PrintedNumber.Yuan(r) : null);
    }

    /// <summary>The amount of a source, or null when the form leaves it blank (absent from the split).</summary>
    private static Yuan? Amount(DeclaredFunds funds, FundSource source) =>
        funds.Sources.Any(s => s.Source == source) ? funds.Of(source) : null;

    private static int Texts(FormGrid grid, int row, TargetDeclaration d)
    {
        var headings = TextHeadings.Concat(d.Texts.Select(t => t.Heading).Where(h => !TextHeadings.Contains(h))).Distinct();
        foreach (var heading in headings)
        {
            var text = d.Texts.Where(t => t.Heading == heading).Select(t => t.Text).FirstOrDefault();
            grid.Put(row, 1, heading, FormCellKind.Label);
            grid.Put(row++, 2, text, FormCellKind.Text, 7);
        }
        return row;
    }

    // 总体目标 | 实施期目标 | 年度目标, then the two goals.
    private static int Goals(FormGrid grid, int row, TargetDeclaration d)
    {
        grid.Put(row, 1, "总体目标", FormCellKind.Label, rowSpan: 2);
        grid.Put(row, 2, "实施期目标", FormCellKind.Heading, 4);
        grid.Put(row++, 6, "年度目标", FormCellKind.Heading, 3);
        grid.Put(row, 2, d.ImplementationGoal, FormCellKind.Text, 4);
        grid.Put(row++, 6, d.AnnualGoal, FormCellKind.Text, 3);
        return row;
    }

    /// <summary>
    /// 绩效指标: per 一级 its fixed 二级 rows (其他满意度指标 only when used), each as many rows as its larger half holds
    /// (at least one, so an empty 二级 is printed as the form prints it); the two halves side by side.
    /// </summary>
    private static int Indicators(FormGrid grid, int row, TargetDeclaration d)
    {
        int top = row;
        string[] headings = ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"];
        for (int c = 0; c < headings.Length; c++) grid.Put(row, c + 2, headings[c], FormCellKind.Heading);
        row++;
        foreach (var level1 in Enum.GetValues<Level1Indicator>())
        {
            int level1Top = row;
            foreach (var level2 in Level2Rows(level1, d))
            {
                var left = d.ImplementationIndicators.Where(i => i.Level2 == level2).ToList();
                var right = d.AnnualIndicators.Where(i => i.Level2 == level2).ToList();
                int count = Math.Max(1, Math.Max(left.Count, right.Count));
                string name = IndicatorFramework.Name(level2);
                grid.Put(row, 3, name, FormCellKind.Value, rowSpan: count);
                grid.Put(row, 6, name, FormCellKind.Value, rowSpan: count);
                for (int k = 0; k < count; k++)
                {
                    IndicatorCells(grid, row + k, 4, left.ElementAtOrDefault(k));
                    IndicatorCells(grid, row + k, 7, right.ElementAtOrDefault(k));
                }
                row += count;
            }
            grid.Put(level1Top, 2, IndicatorFramework.Name(level1), FormCellKind.Value, rowSpan: row - level1Top);
        }
        grid.Put(top, 1, "绩效指标", FormCellKind.Label, rowSpan: row - top);
        return row;
    }

    internal static IEnumerable<Level2Indicator> Level2Rows(Level1Indicator level1, TargetDeclaration d) =>
        IndicatorFramework.Level2InOrder.Where(l2 => IndicatorFramework.Parent(l2) == level1
            && (l2 != Level2Indicator.OtherSatisfaction
                || d.ImplementationIndicators.Concat(d.AnnualIndicators).Any(i => i.Level2 == l2)));

    private static void IndicatorCells(FormGrid grid, int row, int column, Indicator? indicator)
    {
        grid.Put(row, column, indicator?.Name, FormCellKind.Text);
        grid.Put(row, column + 1, indicator?.Target.Text, FormCellKind.Value);
    }

    // 负责人： … | 经办人： … | 联系电话： … | 填报日期： …, under the table without borders.
    private static void SignOff(FormGrid grid, int row, SignOff? signOff)
    {
        (string Label, string? Value)[] fields =
            [("负责人：", signOff?.Head), ("经办人：", signOff?.Handler), ("联系电话：", signOff?.Phone), ("填报日期：", signOff?.Date)];
        for (int i = 0; i < fields.Length; i++)
        {
            grid.Put(row, 2 * i + 1, fields[i].Label, FormCellKind.CaptionRight);
            grid.Put(row, 2 * i + 2, fields[i].Value, FormCellKind.CaptionLeft);
        }
    }
}
