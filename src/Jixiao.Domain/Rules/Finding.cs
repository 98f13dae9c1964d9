namespace Jixiao.Rules;

/// <summary>
/// What a rule found: its id and severity, the subject (a table or project name), the location (row / column or
/// field), a Chinese message, and the expected and actual figures as printed.
/// </summary>
public sealed record Finding(string RuleId, Severity Severity, string Subject, string Location, string Message)
{
    /// <summary>What the rule expected (a computed figure or interval, a year, a name).</summary>
    public string? Expected { get; init; }

    /// <summary>What the document has.</summary>
    public string? Actual { get; init; }

    /// <summary>Line in the source file, when read from one.</summary>
    public int? Line { get; init; }

    /// <summary>The table cell the finding is about, when it is about one.</summary>
    public FindingCell? Cell { get; init; }

    /// <summary>Every cell the finding compares (a total and its parts, two tables' cells): what its cause may be.</summary>
    public IReadOnlyList<FindingCell> Involves { get; init; } = [];

    /// <summary>
    /// The index in its report's findings of the root finding this one follows from (one wrong figure breaks every
    /// sum it is in: the root says so once, the others are grouped under it); null for a root or a lone finding.
    /// </summary>
    public int? CausedBy { get; init; }

    /// <summary>Page of the source (1-based), for a source with pages (PDF).</summary>
    public int? Page { get; init; }

    /// <summary>Where on the page, in PDF points (origin bottom left), when known.</summary>
    public PageBox? Box { get; init; }
}
