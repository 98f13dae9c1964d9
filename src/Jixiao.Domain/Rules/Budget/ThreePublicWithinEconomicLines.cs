using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Rules.Budget;

/// <summary>
/// PKG-05: each “三公” item is covered by the economic lines it is spent from, of the same funding source:
/// 因公出国（境）费 by 30212, 公务用车购置费 by 31013, 公务用车运行维护费 by 30231, 公务接待费 by 30217
/// (tables.md: “三公” 公务接待费 and 公务用车运行维护费 equal the economic items 30217 / 30231 of the same money).
/// A warning when an item exceeds its lines.
/// </summary>
public sealed class ThreePublicWithinEconomicLines : IBudgetRule
{
    public RuleInfo Info { get; } = new("PKG-05", Severity.Warning, "“三公”经费不应超过对应经济科目（30212、30231、30217、31013）的预算", "tables.md 勾稽关系：表间");

    private static readonly (string Name, string Economic, ThreePublicKind[] Kinds)[] Items =
    [
        ("因公出国（境）费", "30212", [ThreePublicKind.AbroadResearch, ThreePublicKind.AbroadOther]),
        ("公务用车购置费", "31013", [ThreePublicKind.VehiclePurchase]),
        ("公务用车运行维护费", "30231", [ThreePublicKind.VehicleOperation]),
        ("公务接待费", "30217", [ThreePublicKind.Hospitality]),
    ];

    public void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results)
    {
        results.Touch(Info.Id);
        if (budget.ThreePublic.Count == 0) return;
        foreach (var source in budget.ThreePublic.Select(t => t.Source).Distinct().Order())
        foreach (var (name, economic, kinds) in Items)
        {
            decimal item = 0m;
            foreach (var t in budget.ThreePublic)
                if (t.Source == source && Array.IndexOf(kinds, t.Kind) >= 0) item += t.Amount.Value;
            if (item == 0m) continue;
            decimal lines = 0m;
            foreach (var l in budget.Lines)
                if (l.Source == source && l.Economic?.Value == economic) lines += l.Amount.Value;
            if (item <= lines)
            {
                results.Pass(Info.Id);
                continue;
            }
            results.Add(new Finding(Info.Id, Info.Severity, BudgetRuleText.Subject(budget), $"$.threePublic（{name}，{BudgetRuleText.Chinese(source)}）",
                $"{BudgetRuleText.Chinese(source)}“三公”经费中的{name} {BudgetRuleText.Yuan(item)}，超过经济科目 {economic} 的预算 {BudgetRuleText.Yuan(lines)}，相差 {BudgetRuleText.Yuan(item - lines)}")
            {
                Expected = $"不超过 {BudgetRuleText.Yuan(lines)}（经济科目 {economic}）",
                Actual = BudgetRuleText.Yuan(item),
            });
        }
    }
}
