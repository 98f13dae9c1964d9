using System.Globalization;
using Jixiao.Budget;

namespace Jixiao.Rules.Budget;

/// <summary>Subjects, locations and names shared by the package rules' messages.</summary>
internal static class BudgetRuleText
{
    public static string Subject(UnitBudget b) => $"{(b.Unit.Code == b.Unit.Name ? "" : b.Unit.Code)}{b.Unit.Name} {b.Year.Value}年预算数据";

    /// <summary>The JSON path of a line, as the data package's reader names it: <c>$.lines[12]</c>.</summary>
    public static string Line(int index) => $"$.lines[{index.ToString(CultureInfo.InvariantCulture)}]";

    public static string Yuan(decimal v) => v.ToString("#,##0.00", CultureInfo.InvariantCulture) + "元";

    public static string Chinese(ExpenseKind k) => k.ToChinese();

    public static string Chinese(FundingSource s) => s.ToChinese();

    /// <summary>A project's money source as the target forms name it (市县（区）财政资金 …).</summary>
    public static string Chinese(Jixiao.Targets.FundSource s) => s switch
    {
        Jixiao.Targets.FundSource.Central => "中央财政资金",
        Jixiao.Targets.FundSource.Provincial => "省级财政资金",
        Jixiao.Targets.FundSource.Local => "市县（区）财政资金",
        Jixiao.Targets.FundSource.Fiscal => "财政资金",
        Jixiao.Targets.FundSource.SelfRaised => "单位自筹",
        _ => "其他资金",
    };
}
