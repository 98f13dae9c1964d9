using System.Collections.Frozen;

namespace Jixiao.Documents.Package;

/// <summary>
/// The names a data package may use for one enumeration: the Chinese name as the tables print it (the one written),
/// a few other printed names, and the English enum name. Matching is exact.
/// </summary>
public sealed class NameMap<T> where T : struct, Enum
{
    private readonly FrozenDictionary<string, T> _byName;
    private readonly FrozenDictionary<T, string> _written;

    public NameMap((string Name, T Value)[] canonical, (string Name, T Value)[]? aliases = null)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        var accepted = new List<string>();
        foreach (var (n, v) in canonical) { byName[n] = v; accepted.Add(n); }
        Names = canonical.Select(c => c.Name).ToArray();
        foreach (var (n, v) in aliases ?? []) { byName[n] = v; accepted.Add(n); }
        foreach (var v in Enum.GetValues<T>()) { byName[v.ToString()] = v; accepted.Add(v.ToString()); }
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _written = canonical.ToFrozenDictionary(c => c.Value, c => c.Name);
        Accepted = accepted;
    }

    /// <summary>The Chinese names the writer writes, in order (what an error message offers).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every accepted name: Chinese names, other printed names, enum names (what the JSON schema enumerates).</summary>
    public IReadOnlyList<string> Accepted { get; }

    public bool TryParse(string name, out T value) => _byName.TryGetValue(name, out value);

    /// <summary>The Chinese name a value is written with.</summary>
    public string Name(T value) => _written.TryGetValue(value, out var n) ? n : value.ToString();
}
