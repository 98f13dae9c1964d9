using Jixiao.Disclosures;

namespace Jixiao.Rules;

/// <summary>
/// A rule (or a family of rules sharing one engine) applied to a disclosure. It reports every check it made to
/// <see cref="RuleResults"/> — passes and missing data too, not only findings — so that a rule that did not run
/// is never mistaken for a pass.
/// </summary>
public interface IDisclosureRule
{
    /// <summary>The rules this checker reports under.</summary>
    IReadOnlyList<RuleInfo> Rules { get; }

    void Check(Disclosure disclosure, RuleResults results);

    /// <summary>
    /// Whether the rule reads documents of <paramref name="kind"/>: the table and text rules read budget and final-accounts disclosures;
    /// a document of target forms alone is not a disclosure missing its tables.
    /// </summary>
    bool Reads(DocumentKind kind) => kind is DocumentKind.UnitBudget or DocumentKind.FinalAccounts;
}
