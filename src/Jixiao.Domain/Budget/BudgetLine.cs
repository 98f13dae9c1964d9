using Jixiao.Codes;
using Jixiao.Money;

namespace Jixiao.Budget;

/// <summary>
/// One budget line, in 元: functional code (项) × departmental economic code (款) × expense kind × funding source.
/// Every table figure is a sum of lines. Project lines name their project; carried-over money is flagged.
/// </summary>
public sealed record BudgetLine(FunctionalCode Functional, EconomicCode? Economic, ExpenseKind Kind, FundingSource Source, Yuan Amount)
{
    /// <summary>Money carried over from last year (上年结转) rather than this year's appropriation.</summary>
    public bool CarryOver { get; init; }

    /// <summary>The project a 项目支出 line belongs to.</summary>
    public string? ProjectCode { get; init; }

    /// <summary>
    /// The line's stable identity (package <c>id</c>): assigned when the line is created or imported and kept across
    /// revisions, so that two equal lines are told apart and an edit or a finding names its line. Null for a line read
    /// from a document, which has no identity of its own.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>The unit the line belongs to, when a budget covers several units (部门预算); null = the budget's own unit.</summary>
    public string? UnitCode { get; init; }
}
