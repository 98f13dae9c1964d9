using Jixiao.Codes;
using Jixiao.Text;

namespace Jixiao.Catalogs;

/// <summary>
/// The catalogs of one fiscal year: the functional classification, the departmental and government economic
/// classifications with the mapping between them by unit nature, and the 30 expenditure 类 of the 收支总表; whether the
/// year is confirmed, and from what (docs/catalogs.md). The years come from a <see cref="CatalogLibrary"/>: the ones
/// shipped inside the product as JSON (<c>Catalogs/Data/&lt;year&gt;/</c>) and, once <see cref="Configure"/> is called, a
/// user folder's.
/// </summary>
public sealed class CatalogSet
{
    private static readonly Lock Gate = new();
    private static CatalogLibrary? _library;

    internal CatalogSet(int year, Classification functional, Classification departmental, Classification government, IReadOnlyList<ExpenditureClass> classes)
    {
        Year = year;
        Functional = functional;
        DepartmentalEconomic = departmental;
        GovernmentEconomic = government;
        ExpenditureClasses = classes;
    }

    /// <summary>The catalog year (the fiscal year asked for, or the nearest one that has catalogs).</summary>
    public int Year { get; }

    /// <summary>支出功能分类科目.</summary>
    public Classification Functional { get; }

    /// <summary>部门预算支出经济分类科目.</summary>
    public Classification DepartmentalEconomic { get; }

    /// <summary>政府预算支出经济分类科目.</summary>
    public Classification GovernmentEconomic { get; }

    /// <summary>The 30 类 of the 收支总表, in printed order.</summary>
    public IReadOnlyList<ExpenditureClass> ExpenditureClasses { get; }

    /// <summary>
    /// True when the year's lists are established from its own 政府收支分类科目; false when they were carried from a
    /// base year (with the changes that could be established), or stand in for another year. A code missing from an
    /// unconfirmed catalog is a warning, not an error.
    /// </summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>The year a <c>changes.json</c> built on; null for a whole year.</summary>
    public int? BaseYear { get; init; }

    /// <summary>The documents the year's lists or changes come from, and what each established.</summary>
    public IReadOnlyList<CatalogSource> Sources { get; init; } = [];

    /// <summary>The folder the year was read from (内置目录 Catalogs/Data/2024, or a user folder).</summary>
    public string Origin { get; init; } = "";

    /// <summary>“（2026年目录未经确认，按2025年目录沿用）” for an unconfirmed year; empty for a confirmed one.</summary>
    public string ConfirmationNote =>
        Confirmed ? "" : BaseYear is { } b ? $"（{Year}年目录未经确认，按{b}年目录沿用）" : $"（{Year}年目录未经确认）";

    /// <summary>The catalogs of every year: the shipped ones and the configured user folder's.</summary>
    public static CatalogLibrary Library
    {
        get
        {
            var l = Volatile.Read(ref _library);
            if (l is not null) return l;
            lock (Gate) return _library ??= new CatalogLibrary([]);
        }
    }

    /// <summary>
    /// Adds (or replaces) years from a user folder's files; throws <see cref="CatalogDataException"/> naming the file when
    /// one cannot be used, and then keeps the catalogs it had. Calling it again with the same files changes nothing.
    /// </summary>
    public static void Configure(IReadOnlyList<CatalogYearFiles> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        lock (Gate)
        {
            if (_library is { } current && current.SameExtra(extra)) return;
            if (_library is null && extra.Count == 0) return;
            Volatile.Write(ref _library, new CatalogLibrary(extra));
        }
    }

    /// <summary>The fiscal years that have catalogs.</summary>
    public static IReadOnlyList<int> AvailableYears => Library.Years;

    /// <summary>The years with catalogs as messages list them: runs of years as 2019–2027, others apart (2019–2027、2030).</summary>
    public static string AvailableYearsText
    {
        get
        {
            var runs = new List<string>();
            var years = AvailableYears;
            for (int i = 0; i < years.Count;)
            {
                int j = i;
                while (j + 1 < years.Count && years[j + 1] == years[j] + 1) j++;
                runs.Add(j - i >= 2 ? $"{years[i]}–{years[j]}" : string.Join("、", years.Skip(i).Take(j - i + 1)));
                i = j + 1;
            }
            return string.Join("、", runs);
        }
    }

    /// <summary>The latest confirmed year: what a document of unknown year is checked against.</summary>
    public static int LatestConfirmedYear => Library.LatestConfirmedYear;

    /// <summary>The catalogs of <paramref name="year"/>; throws when there are none for that year.</summary>
    public static CatalogSet For(FiscalYear year) =>
        Library.Find(year.Value) ?? throw new KeyNotFoundException($"没有 {year.Value} 年的科目目录（现有：{AvailableYearsText}）");

    /// <summary>
    /// The catalogs of <paramref name="year"/>, or for a year without catalogs those of the nearest earlier (else the
    /// earliest) year, standing in unconfirmed.
    /// </summary>
    public static CatalogSet ForNearest(FiscalYear year) => Library.Nearest(year.Value);

    /// <summary>This year's catalogs standing in for another year: unconfirmed.</summary>
    internal CatalogSet AsStandIn() =>
        new(Year, Functional, DepartmentalEconomic, GovernmentEconomic, ExpenditureClasses)
        {
            Confirmed = false, BaseYear = BaseYear, Sources = Sources, Origin = Origin,
        };

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
}
