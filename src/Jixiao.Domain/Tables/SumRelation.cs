namespace Jixiao.Tables;

/// <summary>
/// “parent = Σ children” between rows (by key) or columns (by key) of one table part. A child written
/// <c>@classes</c> stands for all 30 class rows, <c>@top</c> for the coded rows of the top level printed, <c>@rows</c> for every other row of the part (projects, units);
/// <c>-key</c> subtracts.
/// </summary>
public sealed record SumRelation(string RuleId, string Parent, IReadOnlyList<string> Children);
