using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Rules.Budget;

/// <summary>
/// PKG-06: a line's functional code is at the finest level the catalog has (a 项, or a 款 without 项): money booked on a
/// 类 or 款 that has 项 makes the printed 款 differ from the sum of its 项 (TBL-SUM-01).
/// </summary>
public sealed class FunctionalCodeAtFinestLevel : IBudgetRule
{
    public RuleInfo Info { get; } = new("PKG-06", Severity.Warning, "预算行的功能科目应细化到项", "tables.md 勾稽关系：表内");

    public void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results)
    {
        results.Touch(Info.Id);
        if (catalogs is null) return;
        for (int i = 0; i < budget.Lines.Count; i++)
        {
            var code = budget.Lines[i].Functional.Value;
            if (!catalogs.Functional.Contains(code)) continue; // PKG-01
            var child = catalogs.Functional.ChildrenOf(code).FirstOrDefault();
            if (child is null)
            {
                results.Pass(Info.Id);
                continue;
            }
            results.Add(new Finding(Info.Id, Info.Severity, BudgetRuleText.Subject(budget), $"{BudgetRuleText.Line(i)}.functional",
                $"第 {i + 1} 行预算（lines[{i}]）的功能科目“{code} {catalogs.Functional.Get(code).Name}”下还有明细科目（如 {child.Code} {child.Name}），应列到项")
            {
                Expected = $"{code} 的下级科目",
                Actual = code,
            });
        }
    }
}
