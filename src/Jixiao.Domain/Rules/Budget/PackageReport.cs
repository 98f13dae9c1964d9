namespace Jixiao.Rules.Budget;

/// <summary>The result of the package rules on one budget: findings, and every PKG rule's outcome.</summary>
public sealed record PackageReport(IReadOnlyList<Finding> Findings, IReadOnlyList<(RuleInfo Rule, Outcome Outcome)> Rules)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
