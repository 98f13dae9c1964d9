using System.Collections.Concurrent;
using System.Text.Json;
using Jixiao.Codes;
using Jixiao.Text;

namespace Jixiao.Catalogs;

/// <summary>
/// The catalogs of one fiscal year, shipped inside the product as JSON (<c>Catalogs/Data/&lt;year&gt;/</c>):
/// the functional classification, the departmental and government economic classifications with the mapping
/// between them by unit nature, and the 30 expenditure 类 of the 收支总表.
/// </summary>
public sealed class CatalogSet
{
    private static readonly ConcurrentDictionary<int, CatalogSet> Cache = new();
    private static readonly Lazy<IReadOnlyList<int>> Years = new(FindYears);

    private CatalogSet(int year, Classification functional, Classification departmental, Classification government, IReadOnlyList<ExpenditureClass> classes)
    {
        Year = year;
        Functional = functional;
        DepartmentalEconomic = departmental;
        GovernmentEconomic = government;
        ExpenditureClasses = classes;
    }

    /// <summary>The catalog year (the fiscal year asked for, or the nearest one shipped).</summary>
    public int Year { get; }

    /// <summary>支出功能分类科目.</summary>
    public Classification Functional { get; }

    /// <summary>部门预算支出经济分类科目.</summary>
    public Classification DepartmentalEconomic { get; }

    /// <summary>政府预算支出经济分类科目.</summary>
    public Classification GovernmentEconomic { get; }

    /// <summary>The 30 类 of the 收支总表, in printed order.</summary>
    public IReadOnlyList<ExpenditureClass> ExpenditureClasses { get; }

    /// <summary>The fiscal years that have catalogs.</summary>
    public static IReadOnlyList<int> AvailableYears => Years.Value;

    /// <summary>The catalogs of <paramref name="year"/>; throws when the product ships none for that year.</summary>
    public static CatalogSet For(FiscalYear year)
    {
        if (!AvailableYears.Contains(year.Value))
            throw new KeyNotFoundException($"没有 {year.Value} 年的科目目录（现有：{string.Join("、", AvailableYears)}）");
        return Cache.GetOrAdd(year.Value, Load);
    }

    /// <summary>The catalogs of <paramref name="year"/>, or of the nearest earlier (else later) year shipped.</summary>
    public static CatalogSet ForNearest(FiscalYear year)
    {
        var years = AvailableYears;
        int pick = years.Where(y => y <= year.Value).DefaultIfEmpty(years[0]).Max();
        return Cache.GetOrAdd(pick, Load);
    }

    /// <summary>The 类 of the 收支总表 whose name or alias is <paramref name="printedLabel"/> (numbering ignored).</summary>
    public ExpenditureClass? FindExpenditureClass(string printedLabel)
    {
        var n = Names.Normalize(printedLabel);
        foreach (var c in ExpenditureClasses)
        {
            if (Names.Normalize(c.Name) == n) return c;
            foreach (var a in c.Aliases) if (Names.Normalize(a) == n) return c;
        }
        return null;
    }

    /// <summary>The government 款 that a departmental 款 maps to for a unit of <paramref name="nature"/>; null if unmapped.</summary>
    public CatalogEntry? MapToGovernment(string departmentalCode, UnitNature nature) =>
        DepartmentalEconomic.TryGet(departmentalCode, out var e) && e.Government.TryGetValue(nature, out var g) && GovernmentEconomic.TryGet(g, out var ge)
            ? ge : null;

    private static IReadOnlyList<int> FindYears()
    {
        const string prefix = "Jixiao.Catalogs.Data.";
        return EmbeddedData.Names(prefix)
            .Where(n => n.EndsWith(".functional.json", StringComparison.Ordinal))
            .Select(n => int.Parse(n.AsSpan(prefix.Length, 4), provider: System.Globalization.CultureInfo.InvariantCulture))
            .Order().ToArray();
    }

    private static CatalogSet Load(int year)
    {
        var functional = new Classification("支出功能分类科目", year, ReadEntries(year, "functional"));
        var departmental = new Classification("部门预算支出经济分类科目", year, ReadEntries(year, "economic-departmental"));
        var government = new Classification("政府预算支出经济分类科目", year, ReadEntries(year, "economic-government"));
        using var doc = Open(year, "expenditure-classes");
        var classes = doc.RootElement.GetProperty("items").EnumerateArray()
            .Select(i => new ExpenditureClass(
                i.GetProperty("order").GetInt32(), i.GetProperty("numeral").GetString()!, i.GetProperty("code").GetString()!,
                i.GetProperty("name").GetString()!, Strings(i, "aliases")))
            .OrderBy(c => c.Order).ToArray();
        return new CatalogSet(year, functional, departmental, government, classes);
    }

    private static List<CatalogEntry> ReadEntries(int year, string file)
    {
        using var doc = Open(year, file);
        var list = new List<CatalogEntry>();
        foreach (var i in doc.RootElement.GetProperty("items").EnumerateArray())
        {
            var gov = new Dictionary<UnitNature, string>();
            if (i.TryGetProperty("government", out var g))
                foreach (var p in g.EnumerateObject())
                    if (UnitNatures.TryParse(p.Name, out var nature) && p.Value.GetString() is { } target) gov[nature] = target;
            list.Add(new CatalogEntry(i.GetProperty("code").GetString()!, i.GetProperty("name").GetString()!, Strings(i, "aliases")) { Government = gov });
        }
        return list;
    }

    private static string[] Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];

    private static JsonDocument Open(int year, string file)
    {
        return EmbeddedData.OpenJson($"Jixiao.Catalogs.Data.{year}.{file}.json");
    }
}
