namespace Jixiao.Tables;

/// <summary>
/// An equality between tables (勾稽关系): A = B, cell to cell or row by row. <see cref="When"/>, if set, is a pair of
/// cells that must be equal for the relation to apply (e.g. “all money is 一般公共预算”).
/// </summary>
public sealed record CrossTableRelation(string RuleId, string Title, CellRef A, CellRef B)
{
    public (CellRef A, CellRef B)? When { get; init; }

    /// <summary>How serious a difference is (default error; a looser relation such as 三公 ↔ economic items is a warning).</summary>
    public Rules.Severity Severity { get; init; } = Rules.Severity.Error;

    /// <summary>
    /// The unit natures the relation holds for (e.g. 机关运行经费 = 公用经费 of <c>Administrative</c> units only); null = any.
    /// It is skipped for a disclosure known to show money of a unit of another nature (<see cref="Disclosures.Disclosure.UnitNatures"/>;
    /// a published document does not say, so it is checked).
    /// </summary>
    public IReadOnlyList<Catalogs.UnitNature>? Natures { get; init; }

    /// <summary>Where the rule comes from (tables.md section).</summary>
    public string Source { get; init; } = "tables.md 勾稽关系";
}
