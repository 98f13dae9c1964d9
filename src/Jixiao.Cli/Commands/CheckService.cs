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
            return PackageChecker.Merge(FormsOnly(budget, path, Outcome.InsufficientData), package);
        // A package of target forms alone (imported from a document that printed no tables) has no table to check:
        // the table rules do not apply — empty tables would pass them on nothing.
        if (budget.Lines.Count == 0 && budget.Projects.Any(p => p.Targets is not null))
            return PackageChecker.Merge(FormsOnly(budget, path, Outcome.NotApplicable), package);
        var disclosure = TableRenderer.Render(budget, setForBudgets, RenderPrecision.ExactYuan);
        var report = PackageChecker.Merge(_checker.Check(disclosure), package);
        return report with { Source = path };
    }

    /// <summary>
    /// The report of a budget whose tables are not checked: every table rule gets <paramref name="tables"/> (lacking
    /// data when the tables cannot be derived, not applicable when there are none) — never a pass — while the projects'
    /// target forms, which need no table, are checked as usual.
    /// </summary>
    private DocumentReport FormsOnly(Jixiao.Budget.UnitBudget budget, string path, Outcome tables)
    {
        var forms = new Jixiao.Disclosures.Disclosure
        {
            Source = path,
            Kind = Jixiao.Disclosures.DocumentKind.PerformanceTargets,
            Set = setForBudgets,
            UnitCode = budget.Unit.Code,
            UnitName = budget.Unit.Name,
            Year = budget.Year,
        };
        forms.TargetForms.AddRange(Jixiao.Targets.TargetForms.AsDeclared(budget));
        var report = _checker.Check(forms);
        return report with
        {
            Kind = tables == Outcome.NotApplicable ? Jixiao.Disclosures.DocumentKind.PerformanceTargets : Jixiao.Disclosures.DocumentKind.UnitBudget,
            Rules = report.Rules.Select(r => r.Outcome == Outcome.NotApplicable && !r.Rule.Id.StartsWith("TGT-", StringComparison.Ordinal)
                ? (r.Rule, tables) : r).ToArray(),
        };
    }
}
