namespace Jixiao.Tables;

/// <summary>
/// The table sets a reader may recognise and a command may render: the shipped ones, then a user folder's and a
/// <c>--set FILE</c>'s (a later set replaces an earlier one of the same id). Immutable: passed to whatever reads or
/// renders, so that one command's extra set never leaks into another's.
/// </summary>
public sealed class TableSetLibrary
{
    private readonly Dictionary<string, TableSet> _byId = new(StringComparer.OrdinalIgnoreCase);

    public TableSetLibrary(IEnumerable<TableSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var order = new List<TableSet>();
        foreach (var set in sets)
        {
            if (_byId.TryGetValue(set.Id, out var earlier)) order.Remove(earlier);
            _byId[set.Id] = set;
            order.Add(set);
        }
        Sets = order;
        Ids = order.Select(s => s.Id).ToArray();
        var text = string.Join("\n", order.Select(s => $"{s.Id}:{s.Digest}"));
        Version = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>The sets, shipped first, in the order they were given.</summary>
    public IReadOnlyList<TableSet> Sets { get; }

    /// <summary>Their ids (H, S, F, N, then the user's).</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>A short hash of every set's text: which layouts a report was read and checked with.</summary>
    public string Version { get; }

    /// <summary>The set with id <paramref name="id"/> (case-insensitive), or null.</summary>
    public TableSet? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The set with id <paramref name="id"/> (case-insensitive); throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    public TableSet Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"没有表套“{id}”（现有：{string.Join("、", Ids)}；省里自己的表套用 --set 文件.json 给出）");

    /// <summary>This library with <paramref name="extra"/> added (replacing sets of the same id).</summary>
    public TableSetLibrary With(IEnumerable<TableSet> extra) => new(Sets.Concat(extra));
}
