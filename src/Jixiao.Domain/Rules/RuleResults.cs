namespace Jixiao.Rules;

/// <summary>
/// Collects what the rules did on one document: findings, and for every rule whether any check passed, failed,
/// lacked data, or never applied. The outcome of a rule is <c>fail</c> if any error or warning was found, else
/// <c>pass</c> if any check ran, else <c>insufficient_data</c> if a check lacked data, else <c>not_applicable</c>.
/// </summary>
public sealed class RuleResults
{
    private readonly Dictionary<string, (int Passed, int Failed, int Insufficient)> _counts = new(StringComparer.Ordinal);
    private readonly List<Finding> _findings = [];

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Marks that <paramref name="ruleId"/> was considered (so it reports at least not_applicable).</summary>
    public void Touch(string ruleId)
    {
        _ = ref Count(ruleId);
    }

    // Called for every check that holds, so one hash lookup each, counted in place.
    public void Pass(string ruleId) => Count(ruleId).Passed++;

    public void Insufficient(string ruleId) => Count(ruleId).Insufficient++;

    /// <summary>Adds a finding: errors and warnings count as failures, an info (rounding gap, remark) as a pass.</summary>
    public void Add(Finding finding)
    {
        _findings.Add(finding);
        ref var c = ref Count(finding.RuleId);
        if (finding.Severity == Severity.Info) c.Passed++;
        else c.Failed++;
    }

    public Outcome OutcomeOf(string ruleId)
    {
        if (!_counts.TryGetValue(ruleId, out var c)) return Outcome.NotApplicable;
        if (c.Failed > 0) return Outcome.Fail;
        if (c.Passed > 0) return Outcome.Pass;
        if (c.Insufficient > 0) return Outcome.InsufficientData;
        return Outcome.NotApplicable;
    }

    private ref (int Passed, int Failed, int Insufficient) Count(string id) =>
        ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, id, out _);
}
