using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Rules.Budget;

/// <summary>
/// A rule applied to a unit budget (a data package) rather than to its tables. Like <see cref="IDisclosureRule"/> it
/// reports every check it made to <see cref="RuleResults"/>, passes and missing data too.
/// </summary>
public interface IBudgetRule
{
    RuleInfo Info { get; }

    /// <param name="budget">The budget to check.</param>
    /// <param name="catalogs">The catalogs of the budget's year; null when none is shipped for it.</param>
    /// <param name="results">Where findings and passes go.</param>
    void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results);
}
