namespace Jixiao.Catalogs;

/// <summary>
/// The files of one year's catalog folder as read (<c>&lt;year&gt;/</c>): either the whole year — <c>functional.json</c>,
/// <c>economic-departmental.json</c>, <c>economic-government.json</c>, <c>expenditure-classes.json</c>, and optionally
/// <c>year.json</c> (confirmation and sources) — or a <c>changes.json</c> against a base year (docs/catalogs.md).
/// The domain reads no disk: the shipped years come from the assembly, a user folder's from the caller.
/// </summary>
/// <param name="Year">The folder's year.</param>
/// <param name="Origin">The folder as messages name it (a path, or 内置目录 Catalogs/Data/2024).</param>
/// <param name="Files">File name → its JSON text.</param>
public sealed record CatalogYearFiles(int Year, string Origin, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The path of <paramref name="file"/> in this folder, as messages name it.</summary>
    public string PathOf(string file) => $"{Origin.TrimEnd('/', '\\')}/{file}";
}
