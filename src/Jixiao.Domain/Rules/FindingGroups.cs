namespace Jixiao.Rules;

/// <summary>
/// One wrong figure, one root finding: a figure that is wrong breaks every sum and equality it is in (its row's
/// total, its 款's sum, the same cell in another table). The cell that the most failed checks share (at least two) is
/// taken as the cause; the check about that cell itself becomes the root and the others are marked as caused by it
/// (<see cref="Finding.CausedBy"/>), then the next such cell among the rest, and so on.
/// </summary>
public static class FindingGroups
{
    public static IReadOnlyList<Finding> Group(List<Finding> findings)
    {
        var open = new HashSet<int>();
        for (int i = 0; i < findings.Count; i++)
            if (findings[i].Severity != Severity.Info && findings[i].Involves.Count > 0) open.Add(i);
        while (open.Count > 1)
        {
            var counts = new Dictionary<FindingCell, int>();
            foreach (int i in open)
            foreach (var c in findings[i].Involves.Distinct())
                counts[c] = counts.GetValueOrDefault(c) + 1;
            var (cell, n) = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.ToString(), StringComparer.Ordinal).First() is var top ? (top.Key, top.Value) : default;
            if (n < 2) break;
            var members = open.Where(i => findings[i].Involves.Contains(cell)).OrderBy(i => i).ToList();
            // the root: the check stated on the cell itself, else the first
            int root = members.FirstOrDefault(i => findings[i].Cell == cell, members[0]);
            foreach (int i in members)
            {
                open.Remove(i);
                if (i != root) findings[i] = findings[i] with { CausedBy = root };
            }
        }
        return findings;
    }
}
