using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Rules.Budget;

/// <summary>
/// PKG-03: a line's economic code fits its kind: 人员经费 is 301 工资福利支出 or 303 对个人和家庭的补助; 公用经费 is
/// anything else (302 商品和服务支出, 310 资本性支出 …). A 302 under 人员经费 or a 301 under 公用经费 splits the
/// 基本支出表 wrongly between its columns.
/// </summary>
public sealed class EconomicCodeFitsKind : IBudgetRule
{
    public RuleInfo Info { get; } = new("PKG-03", Severity.Warning, "经济分类科目应与人员经费 / 公用经费相符", "tables.md 基本支出（人员经费 / 公用经费）");

    public void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results)
    {
        results.Touch(Info.Id);
        for (int i = 0; i < budget.Lines.Count; i++)
        {
            var line = budget.Lines[i];
            if (line.Economic is not { } code || line.Kind is not (ExpenseKind.Personnel or ExpenseKind.Operating)) continue;
            bool personnelCode = code.Value.StartsWith("301", StringComparison.Ordinal) || code.Value.StartsWith("303", StringComparison.Ordinal);
            bool fits = line.Kind == ExpenseKind.Personnel ? personnelCode : !personnelCode;
            if (fits)
            {
                results.Pass(Info.Id);
                continue;
            }
            string name = catalogs is not null && catalogs.DepartmentalEconomic.TryGet(code.Value, out var e) ? " " + e.Name : "";
            results.Add(new Finding(Info.Id, Info.Severity, BudgetRuleText.Subject(budget), $"{BudgetRuleText.Line(i)}.economic",
                $"第 {i + 1} 行预算（lines[{i}]）列为{BudgetRuleText.Chinese(line.Kind)}，但经济科目是“{code}{name}”")
            {
                Expected = line.Kind == ExpenseKind.Personnel ? "301 或 303 下的科目" : "301、303 以外的科目（302、310 …）",
                Actual = code.Value,
            });
        }
    }
}
