using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Rules.Budget;

/// <summary>
/// PKG-01: every line's functional code is in the year's 支出功能分类科目 and its economic code in the year's
/// 部门预算支出经济分类科目 (tables.md, catalogs; the catalog changes between years). Against an unconfirmed year's
/// catalog (<see cref="CatalogSet.Confirmed"/>) a missing code is a warning that says so: the year's real list may have it.
/// </summary>
public sealed class CodesInCatalog : IBudgetRule
{
    public const string RuleId = "PKG-01";

    public RuleInfo Info { get; } = new(RuleId, Severity.Error, "预算行的功能科目、经济科目应在当年科目目录中", "tables.md 科目目录");

    public void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results)
    {
        results.Touch(Info.Id);
        if (catalogs is null)
        {
            if (budget.Lines.Count > 0) results.Insufficient(Info.Id);
            return;
        }
        for (int i = 0; i < budget.Lines.Count; i++)
        {
            var line = budget.Lines[i];
            bool ok = true;
            if (!catalogs.Functional.Contains(line.Functional.Value))
            {
                ok = false;
                results.Add(Finding(budget, i, line.Functional.Value, catalogs.Functional.Name, catalogs, "functional"));
            }
            if (line.Economic is { } e && !catalogs.DepartmentalEconomic.Contains(e.Value))
            {
                ok = false;
                results.Add(Finding(budget, i, e.Value, catalogs.DepartmentalEconomic.Name, catalogs, "economic"));
            }
            if (ok) results.Pass(Info.Id);
        }
    }

    private Finding Finding(UnitBudget budget, int index, string code, string catalog, CatalogSet catalogs, string field) =>
        new(Info.Id, catalogs.Confirmed ? Info.Severity : Severity.Warning, BudgetRuleText.Subject(budget), $"{BudgetRuleText.Line(index)}.{field}",
            catalogs.Confirmed
                ? $"第 {index + 1} 行预算（lines[{index}]）的编码“{code}”不在 {catalogs.Year} 年{catalog}中"
                : $"第 {index + 1} 行预算（lines[{index}]）的编码“{code}”不在该年度已知的{catalog}中{catalogs.ConfirmationNote}")
        {
            Expected = $"{catalogs.Year}年{catalog}中的编码",
            Actual = code,
        };
}
