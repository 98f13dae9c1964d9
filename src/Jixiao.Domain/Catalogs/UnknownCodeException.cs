namespace Jixiao.Catalogs;

/// <summary>A code that the year's catalog does not list.</summary>
public sealed class UnknownCodeException(string catalog, string code, int year)
    : Exception($"{year}年{catalog}中没有编码“{code}”")
{
    public string Catalog { get; } = catalog;
    public string Code { get; } = code;
    public int Year { get; } = year;
}
