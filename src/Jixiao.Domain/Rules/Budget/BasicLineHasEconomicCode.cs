using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Rules.Budget;

/// <summary>
/// PKG-02: a 基本支出 line (人员经费 / 公用经费) carries a departmental economic code: the 基本支出表 prints basic
/// expenditure by economic 款 (tables.md, table 6 of set H).
/// </summary>
public sealed class BasicLineHasEconomicCode : IBudgetRule
{
    public const string RuleId = "PKG-02";

    public RuleInfo Info { get; } = new(RuleId, Severity.Error, "基本支出预算行应有经济分类科目", "tables.md 一般公共预算基本支出表");

    public void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results)
    {
        results.Touch(Info.Id);
        for (int i = 0; i < budget.Lines.Count; i++)
        {
            var line = budget.Lines[i];
            if (line.Kind is not (ExpenseKind.Personnel or ExpenseKind.Operating)) continue;
            if (line.Economic is not null)
            {
                results.Pass(Info.Id);
                continue;
            }
            results.Add(new Finding(Info.Id, Info.Severity, BudgetRuleText.Subject(budget), $"{BudgetRuleText.Line(i)}.economic",
                $"第 {i + 1} 行预算（lines[{i}]，{line.Functional}，{BudgetRuleText.Chinese(line.Kind)} {BudgetRuleText.Yuan(line.Amount.Value)}）是基本支出，但没有经济分类科目")
            {
                Expected = "部门预算支出经济分类科目（款）",
                Actual = "无",
            });
        }
    }
}
