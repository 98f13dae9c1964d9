namespace Jixiao.Rules;

/// <summary>Where a line of a paged source is: its page (1-based) and, when known, its box on the page.</summary>
public sealed record SourcePosition(int Page, PageBox? Box);
