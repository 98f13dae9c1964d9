using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Jixiao.Text;

namespace Jixiao.Catalogs;

/// <summary>A code list of one year (functional, departmental economic or government economic), looked up by code or name.</summary>
public sealed class Classification
{
    private readonly FrozenDictionary<string, CatalogEntry> _byCode;
    private readonly FrozenDictionary<string, CatalogEntry[]> _byName;

    public Classification(string name, int year, IEnumerable<CatalogEntry> entries)
    {
        Name = name;
        Year = year;
        Entries = entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToArray();
        _byCode = Entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
        _byName = Entries
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Key: Names.Normalize(n), Entry: e)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Entry).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The catalog's Chinese name, e.g. 支出功能分类科目.</summary>
    public string Name { get; }

    public int Year { get; }

    /// <summary>All entries, ordered by code.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>
    /// The parents (a 类 or 款) whose every child this list holds, <c>*</c> for the whole list (year.json
    /// <c>complete</c>). The shipped lists hold the codes Jixiao's units use, not the whole national catalog: a code
    /// missing under a parent not listed here may still be a real code.
    /// </summary>
    public IReadOnlySet<string> CompleteUnder { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True when a code missing from this list under <paramref name="code"/>'s parent is known not to exist.</summary>
    public bool KnowsAllUnderParentOf(string code) =>
        CompleteUnder.Contains("*") || code.Length > 3 && CompleteUnder.Contains(code[..^2]);

    public bool TryGet(string code, [NotNullWhen(true)] out CatalogEntry? entry) => _byCode.TryGetValue(code, out entry);

    /// <summary>The entry of <paramref name="code"/>; throws <see cref="UnknownCodeException"/> for a code the year does not list.</summary>
    public CatalogEntry Get(string code) => _byCode.TryGetValue(code, out var e) ? e : throw new UnknownCodeException(Name, code, Year);

    /// <summary>Entries whose official name or alias is <paramref name="printedName"/> (after normalisation).</summary>
    public IReadOnlyList<CatalogEntry> FindByName(string printedName) =>
        _byName.TryGetValue(Names.Normalize(printedName), out var list) ? list : [];

    /// <summary>True when <paramref name="printedName"/> is the entry's official name or one of its aliases.</summary>
    public static bool NameMatches(CatalogEntry entry, string printedName)
    {
        var n = Names.Normalize(printedName);
        if (n == Names.Normalize(entry.Name)) return true;
        foreach (var a in entry.Aliases) if (n == Names.Normalize(a)) return true;
        return false;
    }

    /// <summary>The direct children of a code (款 of a 类, 项 of a 款).</summary>
    public IEnumerable<CatalogEntry> ChildrenOf(string code)
    {
        int len = code.Length + 2;
        foreach (var e in Entries)
            if (e.Code.Length == len && e.Code.StartsWith(code, StringComparison.Ordinal)) yield return e;
    }
}
