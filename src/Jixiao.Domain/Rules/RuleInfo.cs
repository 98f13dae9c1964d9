namespace Jixiao.Rules;

/// <summary>A named rule: stable id (never reused), severity of its findings, a Chinese title, where it comes from.</summary>
public sealed record RuleInfo(string Id, Severity Severity, string Title, string Source);
