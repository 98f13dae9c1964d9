namespace Jixiao.Documents.Import;

/// <summary>
/// Exact subset sums with the fewest parts: for positive amounts (in 分) and targets, which amounts add up to a target
/// exactly, using as few of them as possible (ties: the earlier amounts). A 0/1 dynamic programme over the sums in
/// units of the greatest common divisor of all amounts and targets (0.01 万元 for published tables), so its size is
/// bounded: <see cref="Build"/> returns null when the table would exceed <see cref="MaxCells"/> bits or
/// <see cref="MaxSums"/> sums. No exponential search.
/// </summary>
internal sealed class SubsetSum
{
    /// <summary>The largest choice table built, in bits (amounts × sums): 32 MB.</summary>
    public const long MaxCells = 1L << 28;

    /// <summary>
    /// The most sums tabulated: a byte each for the fewest parts, 32 MiB — 33.5 亿元 in 0.01 万元. Bounded apart from
    /// <see cref="MaxCells"/>, which a single amount never reaches (fuzz case 200473: one 27-digit amount asked for
    /// 2²⁸ sums, a GiB of counts).
    /// </summary>
    public const long MaxSums = 1L << 25;

    // the fewest parts of a sum, or Unreached; at most 254 amounts are tabulated
    private const byte Unreached = byte.MaxValue;

    private readonly long[] _scaled;
    private readonly long _unit;
    private readonly byte[] _count;
    private readonly ulong[]?[] _choice;

    private SubsetSum(long[] scaled, long unit, byte[] count, ulong[]?[] choice)
    {
        _scaled = scaled;
        _unit = unit;
        _count = count;
        _choice = choice;
    }

    /// <summary>
    /// Prepares the sums of <paramref name="amounts"/> up to the largest of <paramref name="targets"/>; null when that is
    /// too large to tabulate. Zero and negative amounts are never chosen.
    /// </summary>
    public static SubsetSum? Build(IReadOnlyList<long> amounts, IReadOnlyList<long> targets)
    {
        long unit = 0;
        foreach (var a in amounts) if (a > 0) unit = Gcd(unit, a);
        foreach (var t in targets) if (t > 0) unit = Gcd(unit, t);
        if (unit == 0) unit = 1;
        long max = 0;
        foreach (var t in targets) max = Math.Max(max, t / unit);
        if (max + 1 > MaxSums || (max + 1) * Math.Max(amounts.Count, 1) > MaxCells || amounts.Count >= Unreached) return null;

        int size = (int)max + 1;
        var scaled = new long[amounts.Count];
        var count = new byte[size];
        Array.Fill(count, Unreached);
        count[0] = 0;
        var choice = new ulong[]?[amounts.Count];
        for (int i = 0; i < amounts.Count; i++)
        {
            long a = amounts[i] > 0 ? amounts[i] / unit : 0;
            scaled[i] = a;
            if (a <= 0 || a > max) continue;
            var bits = new ulong[(size + 63) / 64];
            int step = (int)a;
            for (int s = size - 1; s >= step; s--)
            {
                int before = count[s - step];
                if (before == Unreached || before + 1 >= count[s]) continue;
                count[s] = (byte)(before + 1);
                bits[s >> 6] |= 1UL << (s & 63);
            }
            choice[i] = bits;
        }
        return new SubsetSum(scaled, unit, count, choice);
    }

    /// <summary>The fewest amounts that add up to <paramref name="target"/> exactly; -1 when none do (or it was not prepared).</summary>
    public int MinCount(long target)
    {
        if (target < 0 || target % _unit != 0) return -1;
        long s = target / _unit;
        if (s >= _count.Length) return -1;
        return _count[s] == Unreached ? -1 : _count[s];
    }

    /// <summary>The indices (ascending) of the fewest amounts adding up to <paramref name="target"/>; null when none do.</summary>
    public int[]? Pick(long target)
    {
        if (MinCount(target) < 0) return null;
        long s = target / _unit;
        var picked = new List<int>();
        for (int i = _scaled.Length - 1; i >= 0 && s > 0; i--)
        {
            var bits = _choice[i];
            if (bits is null || (bits[s >> 6] & (1UL << (int)(s & 63))) == 0) continue;
            picked.Add(i);
            s -= _scaled[i];
        }
        if (s != 0) return null; // cannot happen: the table is consistent
        picked.Reverse();
        return picked.ToArray();
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return Math.Abs(a);
    }
}
