using Jixiao.Documents;
using Jixiao.Rules;
using Jixiao.Rules.Budget;
using Jixiao.Tables;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Checks one file of any kind: a published text is read and checked; a data package or workbook is rendered exactly
/// (元) in the chosen set and its tables checked together with the package rules (PKG-…).
/// </summary>
internal sealed class CheckService(TableSet setForBudgets)
{
    private readonly Checker _checker = new();
    private readonly PackageChecker _package = new();

    public DocumentReport Check(string path)
    {
        if (!DocumentLoader.IsBudget(path)) return _checker.Check(DocumentLoader.Load(path));
        var budget = DocumentLoader.LoadBudget(path);
        var package = _package.Check(budget);
        // A line whose code the catalog does not know has no row to go to: the tables cannot be derived, so every table
        // rule lacks its data (never a pass) and the PKG-01 findings say which lines to correct.
        if (package.Rules.Any(r => r.Rule.Id == CodesInCatalog.RuleId && r.Outcome == Outcome.Fail))
            return PackageChecker.Merge(TablesNotDerived(budget, path), package);
        var disclosure = TableRenderer.Render(budget, setForBudgets, RenderPrecision.ExactYuan);
        var report = PackageChecker.Merge(_checker.Check(disclosure), package);
        return report with { Source = path };
    }

    private DocumentReport TablesNotDerived(Jixiao.Budget.UnitBudget budget, string path) =>
        new(path, Jixiao.Disclosures.DocumentKind.UnitBudget, budget.Unit.Code + budget.Unit.Name, budget.Year.Value, [],
            RuleCatalog.All(setForBudgets).Select(info => (info, Outcome.InsufficientData)).ToArray());
}
