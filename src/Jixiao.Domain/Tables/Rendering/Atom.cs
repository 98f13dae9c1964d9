using Jixiao.Budget;

namespace Jixiao.Tables.Rendering;

/// <summary>
/// The finest cell a table can print: the money of one distinct (functional 项, economic 款, kind, source, carry-over,
/// project, unit) group of budget lines, or one “三公” item of one source. Every printed figure is a sum of atoms.
/// </summary>
internal readonly struct Atom(string? functional, string? economic, ExpenseKind kind, FundingSource source, bool carryOver,
    string? project, string? unit, int nature, int item, long cents)
{
    /// <summary>Functional code (项) of line money; null for a “三公” item.</summary>
    public readonly string? Functional = functional;
    public readonly string? Economic = economic;
    public readonly ExpenseKind Kind = kind;
    public readonly FundingSource Source = source;
    public readonly bool CarryOver = carryOver;
    public readonly string? Project = project;
    /// <summary>Unit code; null = the budget's own unit.</summary>
    public readonly string? Unit = unit;
    /// <summary>The <see cref="Catalogs.UnitNature"/> of the unit (own unit for “三公” items); -1 for a unit the budget does not list.</summary>
    public readonly int Nature = nature;
    /// <summary>-1 for line money, else the <see cref="ThreePublicKind"/> of a “三公” item.</summary>
    public readonly int Item = item;
    /// <summary>The exact amount in 分 (0.01 元).</summary>
    public readonly long Cents = cents;

    public bool IsItem => Item >= 0;
}
