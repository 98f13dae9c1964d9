namespace Jixiao.Catalogs;

/// <summary>One code of a classification with its official name and the other names it is printed under.</summary>
public sealed record CatalogEntry(string Code, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The government economic 款 a departmental one maps to, by unit nature; empty for other catalogs.</summary>
    public IReadOnlyDictionary<UnitNature, string> Government { get; init; } = new Dictionary<UnitNature, string>();
}
