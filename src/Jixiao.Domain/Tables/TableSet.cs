namespace Jixiao.Tables;

/// <summary>A disclosure table set (set H: Hebei 2021, 9 tables; set S: Shanxi 2023, 13 tables) held as data.</summary>
public sealed record TableSet(string Id, string Name, string Unit, IReadOnlyList<TableTemplate> Tables, IReadOnlyList<CrossTableRelation> Relations)
{
    /// <summary>What a document printing this set is: a budget disclosure (default) or final accounts (<c>"document": "final_accounts"</c>).</summary>
    public Disclosures.DocumentKind Document { get; init; } = Disclosures.DocumentKind.UnitBudget;

    public TableTemplate? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);
}
