using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Rules.Budget;

/// <summary>
/// PKG-04: a line that names a project names one the budget lists (its name and performance targets hang on the list;
/// tables.md: every project with money has a performance target form).
/// </summary>
public sealed class ProjectListed : IBudgetRule
{
    public RuleInfo Info { get; } = new("PKG-04", Severity.Error, "预算行所列项目应在项目清单中", "tables.md 项目支出");

    public void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results)
    {
        results.Touch(Info.Id);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in budget.Projects) listed.Add(p.Code);
        for (int i = 0; i < budget.Lines.Count; i++)
        {
            var code = budget.Lines[i].ProjectCode;
            if (code is null) continue;
            if (listed.Contains(code))
            {
                results.Pass(Info.Id);
                continue;
            }
            results.Add(new Finding(Info.Id, Info.Severity, BudgetRuleText.Subject(budget), $"{BudgetRuleText.Line(i)}.project",
                $"第 {i + 1} 行预算（lines[{i}]）的项目“{code}”不在项目清单（projects）中")
            {
                Expected = listed.Count == 0 ? "项目清单中的项目编码（清单为空）" : "项目清单中的项目编码",
                Actual = code,
            });
        }
    }
}
