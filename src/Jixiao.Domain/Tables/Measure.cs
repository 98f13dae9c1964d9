namespace Jixiao.Tables;

/// <summary>
/// What money a row or a column adds up: a filter over budget lines by expense kind, funding source, whether it is
/// carried over from last year, economic code and the nature of the unit it belongs to (机关运行经费 = 公用经费 of
/// administrative units); or one of the items held outside the lines (三公).
/// An empty list means “any”. A cell is the sum of the lines that pass both its row's and its column's filter.
/// </summary>
public sealed record Measure
{
    public static readonly Measure Any = new();

    /// <summary>Expense kinds (<see cref="Budget.ExpenseKind"/> names); empty = all.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Funding sources (<see cref="Budget.FundingSource"/> names); empty = all.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>true: only carry-over money (上年结转); false: only this year's; null: both.</summary>
    public bool? CarryOver { get; init; }

    /// <summary>A named item outside the budget lines, e.g. <c>threePublic.hospitality</c>; null for line money.</summary>
    public string? Item { get; init; }

    /// <summary>
    /// Natures of the unit the money belongs to (<see cref="Catalogs.UnitNature"/> names: the budget's own unit or a
    /// sub-unit, by <see cref="Budget.BudgetLine.UnitCode"/>); empty = all. Money of a unit the budget does not list
    /// (no known nature) passes no nature filter. 机关运行经费 = 公用经费 of <c>Administrative</c> units.
    /// </summary>
    public IReadOnlyList<string> Natures { get; init; } = [];

    /// <summary>Departmental economic code prefixes; empty = all.</summary>
    public IReadOnlyList<string> Economic { get; init; } = [];

    /// <summary>True for a cell that is never filled (a column printed for another kind of unit).</summary>
    public bool None { get; init; }
}
