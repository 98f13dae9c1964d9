using Jixiao.Budget;

namespace Jixiao.Documents.Import;

/// <summary>Where the tables the importer needs stand in a table set: template id and part key of each.</summary>
internal sealed record ImportTables(
    string Income,
    string Expenditure,
    string General,
    string Basic,
    (string Table, string Part) Fund,
    (string Table, string Part) Capital,
    string FiscalSummary,
    string ThreePublic,
    string? Projects,
    string? CarriedProjects,
    FundingSource OwnSource)
{
    /// <summary>Set H (Hebei 2021, 9 tables).</summary>
    public static readonly ImportTables H = new("H2", "H3", "H5", "H6", ("H7", "main"), ("H8", "main"), "H4", "H9", null, null,
        FundingSource.Other);

    /// <summary>Set S (Shanxi 2023, 13 tables).</summary>
    public static readonly ImportTables S = new("S2", "S3", "S5", "S6", ("S8", "main"), ("S9", "expenditure"), "S4", "S10", "S12", "S13",
        FundingSource.UnitOwn);

    /// <summary>The tables of set <paramref name="setId"/>; null for a set the importer does not know.</summary>
    public static ImportTables? For(string setId) => setId switch
    {
        "H" => H,
        "S" => S,
        _ => null,
    };
}
