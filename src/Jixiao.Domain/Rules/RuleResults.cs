namespace Jixiao.Rules;

/// <summary>
/// Collects what the rules did on one document: findings, and for every rule whether any check passed, failed,
/// lacked data, or never applied. The outcome of a rule is <c>execution_error</c> if it threw, else <c>fail</c> if any
/// error or warning was found, else <c>parse_error</c> if a check could not read its table, else <c>pass</c> if any
/// check ran, else <c>insufficient_data</c> if a check lacked data, else <c>not_applicable</c>.
/// </summary>
public sealed class RuleResults
{
    private readonly Dictionary<string, (int Passed, int Failed, int Insufficient, int Unparsed, int Crashed)> _counts = new(StringComparer.Ordinal);
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

    /// <summary>A check could not run because the source could not be parsed into what it reads.</summary>
    public void ParseError(string ruleId) => Count(ruleId).Unparsed++;

    /// <summary>The rule threw: its outcome is <see cref="Outcome.ExecutionError"/> whatever it found before.</summary>
    public void ExecutionError(string ruleId) => Count(ruleId).Crashed++;

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
        if (c.Crashed > 0) return Outcome.ExecutionError;
        if (c.Failed > 0) return Outcome.Fail;
        // a check that could not read its table is no pass, even where others passed
        if (c.Unparsed > 0) return Outcome.ParseError;
        if (c.Passed > 0) return Outcome.Pass;
        if (c.Insufficient > 0) return Outcome.InsufficientData;
        return Outcome.NotApplicable;
    }

    private ref (int Passed, int Failed, int Insufficient, int Unparsed, int Crashed) Count(string id) =>
        ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, id, out _);
}
