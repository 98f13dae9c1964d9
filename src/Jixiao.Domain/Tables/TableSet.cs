namespace Jixiao.Tables;

/// <summary>A disclosure table set (set H: Hebei 2021, 9 tables; set S: Shanxi 2023, 13 tables) held as data.</summary>
public sealed record TableSet(string Id, string Name, string Unit, IReadOnlyList<TableTemplate> Tables, IReadOnlyList<CrossTableRelation> Relations)
{
    /// <summary>What a document printing this set is: a budget disclosure (default) or final accounts (<c>"document": "final_accounts"</c>).</summary>
    public Disclosures.DocumentKind Document { get; init; } = Disclosures.DocumentKind.UnitBudget;

    /// <summary>A short hash of the text the set was read from (shipped or a user's file): it goes into the reports' layout version.</summary>
    public string Digest { get; init; } = "";

    /// <summary>The file a user's set was read from; null for a shipped set.</summary>
    public string? File { get; init; }

    public TableTemplate? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);
}
