using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Rules.Budget;

/// <summary>
/// Runs the package rules (PKG-…, <see cref="RuleCatalog.PackageRules"/>) on a unit budget. The tables of the same
/// budget are checked by rendering it exactly and running <see cref="Checker"/>; <see cref="Merge"/> puts both
/// reports together. Stateless and thread-safe.
/// </summary>
public sealed class PackageChecker
{
    private readonly IReadOnlyList<IBudgetRule> _rules;

    public PackageChecker() : this(RuleCatalog.PackageRules()) { }

    public PackageChecker(IReadOnlyList<IBudgetRule> rules) => _rules = rules;

    /// <summary>Findings and outcomes of every package rule on <paramref name="budget"/>.</summary>
    public PackageReport Check(UnitBudget budget)
    {
        var results = new RuleResults();
        Check(budget, results);
        return new PackageReport(results.Findings, _rules.Select(r => (r.Info, results.OutcomeOf(r.Info.Id))).ToArray());
    }

    /// <summary>Runs the rules into an existing <see cref="RuleResults"/> (to merge with other checks).</summary>
    public void Check(UnitBudget budget, RuleResults results)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var catalogs = CatalogSet.AvailableYears.Contains(budget.Year.Value) ? CatalogSet.For(budget.Year) : null;
        foreach (var rule in _rules) rule.Check(budget, catalogs, results);
    }

    /// <summary>The table report with the package findings and outcomes added (rules in id order).</summary>
    public static DocumentReport Merge(DocumentReport tables, PackageReport package) =>
        tables with
        {
            // the tables' findings follow the package's: their grouping indices move with them
            Findings = package.Findings.Concat(tables.Findings.Select(f => f.CausedBy is int root ? f with { CausedBy = root + package.Findings.Count } : f)).ToArray(),
            Rules = tables.Rules.Concat(package.Rules).OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToArray(),
        };
}
