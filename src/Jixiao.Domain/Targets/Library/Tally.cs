using System.Runtime.InteropServices;

namespace Jixiao.Targets.Library;

/// <summary>
/// Counts in how many forms each key is seen: a key seen twice on one form (both halves of a Shanxi form) counts
/// once. Forms are added in order, so remembering the last form a key was seen on is enough.
/// </summary>
internal sealed class Tally<T>(IEqualityComparer<T>? comparer = null) where T : notnull
{
    private readonly Dictionary<T, (int Forms, int LastForm)> counts = new(comparer);

    public int Count => counts.Count;

    public void Add(T key, int form)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out bool exists);
        if (!exists) slot = (0, -1);
        if (slot.LastForm == form) return;
        slot = (slot.Forms + 1, form);
    }

    /// <summary>Most forms first; among equals, by <paramref name="order"/> so that the result does not depend on input order.</summary>
    public IReadOnlyList<Tallied<T>> Ordered(IComparer<T> order)
    {
        var list = new List<Tallied<T>>(counts.Count);
        foreach (var (key, (forms, _)) in counts) list.Add(new Tallied<T>(key, forms));
        list.Sort((a, b) => a.Forms != b.Forms ? b.Forms.CompareTo(a.Forms) : order.Compare(a.Value, b.Value));
        return list;
    }
}
