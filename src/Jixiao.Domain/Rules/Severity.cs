namespace Jixiao.Rules;

/// <summary>How serious a finding is. JSON and the CLI print it as <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
public enum Severity
{
    /// <summary>A difference beyond rounding, a missing required part, a wrong fact.</summary>
    Error,
    /// <summary>Something a reviewer would ask about (a name that differs from the catalog, a doubtful year).</summary>
    Warning,
    /// <summary>A remark that needs no action, e.g. a gap explained by rounding.</summary>
    Info,
}
