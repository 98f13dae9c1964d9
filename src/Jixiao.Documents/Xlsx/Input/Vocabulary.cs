using Jixiao.Text;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// A closed list of values with the Chinese label a finance officer picks from a drop-down, plus the other spellings
/// accepted on import. Matching ignores whitespace, full-/half-width forms and leading numbering (<see cref="Names"/>).
/// </summary>
internal sealed class Vocabulary<T> where T : struct
{
    private readonly (T Value, string Label)[] _entries;
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public Vocabulary(params (T Value, string Label, string[] Aliases)[] entries)
    {
        _entries = entries.Select(e => (e.Value, e.Label)).ToArray();
        foreach (var (value, label, aliases) in entries)
            foreach (var name in aliases.Prepend(label))
                _byName.TryAdd(Names.Normalize(name), value);
    }

    /// <summary>The labels, in drop-down order.</summary>
    public IReadOnlyList<string> Labels => _entries.Select(e => e.Label).ToArray();

    /// <summary>The label of <paramref name="value"/>.</summary>
    public string Label(T value) => _entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Label;

    /// <summary>The labels quoted and joined for a message: “行政”“事业”.</summary>
    public string Quoted => string.Concat(_entries.Select(e => $"“{e.Label}”"));

    public bool TryParse(string text, out T value) => _byName.TryGetValue(Names.Normalize(text), out value);
}
