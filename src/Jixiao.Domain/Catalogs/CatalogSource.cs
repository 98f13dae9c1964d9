namespace Jixiao.Catalogs;

/// <summary>Where a year's catalog comes from: a document (a 财预 notice, a published disclosure) and what it established.</summary>
public sealed record CatalogSource(string Document, string Established);
