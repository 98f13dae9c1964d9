using Jixiao.Disclosures;

namespace Jixiao.Rules;

/// <summary>The result of checking one document: what it is, the findings, and every rule's outcome.</summary>
public sealed record DocumentReport(
    string Source,
    DocumentKind Kind,
    string? Unit,
    int? Year,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<(RuleInfo Rule, Outcome Outcome)> Rules)
{
    /// <summary>The self-evaluations the document holds, as read (for the review in <c>check --json</c>).</summary>
    public IReadOnlyList<Jixiao.Evaluations.SelfEvaluation> SelfEvaluations { get; init; } = [];

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The table set the document was read and checked in (its id), and a short hash of that set's text.</summary>
    public (string Id, string Digest)? Set { get; init; }

    /// <summary>The SHA-256 of the file checked (lower-case hex), when a file was checked.</summary>
    public string? Sha256 { get; init; }
}
