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
}
