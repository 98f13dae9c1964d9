namespace Jixiao.Documents.Import;

/// <summary>
/// Places projects (amounts only) under the functional 项 whose 项目支出 they make up, so that per-项 sums come out
/// exactly: first every project whose amount equals exactly one 项's remaining amount (in the projects' printed order,
/// so that of two equal projects the first is taken); then, repeatedly, the 项 that the fewest remaining projects add up
/// to exactly (<see cref="SubsetSum"/>; a tie goes to the larger 项), until no 项 can be made up exactly; then what is
/// left, largest project first, into the 项 with the most room that it fits.
/// </summary>
internal static class ProjectAllocator
{
    /// <summary>How a 项 was made up.</summary>
    public enum Step
    {
        /// <summary>One project equal to its amount.</summary>
        Single,
        /// <summary>An exact subset of projects.</summary>
        Subset,
        /// <summary>Not exactly: projects that fit, and a remainder without project.</summary>
        Remainder,
    }

    /// <summary>Where each project went (index into the projects; null = nowhere), how each 项 was made up, what remains.</summary>
    public sealed record Result(string?[] Functional, IReadOnlyDictionary<string, Step> Steps, IReadOnlyDictionary<string, long> Remainders,
        IReadOnlyList<(string Functional, int Chosen, int[] Equal)> Ties, bool Tabulated);

    public static Result Allocate(IReadOnlyList<(string Functional, long Cents)> buckets, IReadOnlyList<long> projects)
    {
        var room = buckets.Select(b => b.Cents).ToArray();
        var placed = new string?[projects.Count];
        var steps = new Dictionary<string, Step>(StringComparer.Ordinal);
        var ties = new List<(string, int, int[])>();

        // 1. a project equal to exactly one 项's remaining amount
        for (int p = 0; p < projects.Count; p++)
        {
            if (projects[p] <= 0 || placed[p] is not null) continue;
            var match = Enumerable.Range(0, room.Length).Where(b => room[b] > 0 && room[b] == projects[p]).ToArray();
            if (match.Length != 1) continue;
            int b0 = match[0];
            var equal = Enumerable.Range(p + 1, projects.Count - p - 1).Where(q => placed[q] is null && projects[q] == projects[p]).ToArray();
            if (equal.Length > 0) ties.Add((buckets[b0].Functional, p, equal));
            Place(p, b0, Step.Single);
        }

        // 2. the 项 made up of the fewest projects first
        bool tabulated = true;
        while (true)
        {
            var open = Enumerable.Range(0, room.Length).Where(b => room[b] > 0 && !steps.ContainsKey(buckets[b].Functional)).ToList();
            var free = Enumerable.Range(0, projects.Count).Where(p => placed[p] is null && projects[p] > 0).ToList();
            if (open.Count == 0 || free.Count == 0) break;
            var sums = SubsetSum.Build(free.Select(p => projects[p]).ToArray(), open.Select(b => room[b]).ToArray());
            if (sums is null) { tabulated = false; break; }
            int best = -1, bestCount = int.MaxValue;
            foreach (int b in open)
            {
                int c = sums.MinCount(room[b]);
                if (c < 0) continue;
                if (c < bestCount || (c == bestCount && room[b] > room[best])) { best = b; bestCount = c; }
            }
            if (best < 0) break;
            foreach (int k in sums.Pick(room[best])!) Place(free[k], best, Step.Subset);
        }

        // 3. what is left: largest project first, into the 项 with the most room that it fits; the rest is a remainder
        foreach (int p in Enumerable.Range(0, projects.Count).Where(p => placed[p] is null && projects[p] > 0).OrderByDescending(p => projects[p]))
        {
            int b = Enumerable.Range(0, room.Length).Where(b => room[b] >= projects[p] && !steps.ContainsKey(buckets[b].Functional))
                .OrderByDescending(b => room[b]).DefaultIfEmpty(-1).First();
            if (b < 0) continue;
            Place(p, b, Step.Remainder);
        }
        var remainders = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int b = 0; b < room.Length; b++)
            if (room[b] > 0)
            {
                remainders[buckets[b].Functional] = room[b];
                steps[buckets[b].Functional] = Step.Remainder;
            }
        return new Result(placed, steps, remainders, ties, tabulated);

        void Place(int p, int b, Step step)
        {
            placed[p] = buckets[b].Functional;
            room[b] -= projects[p];
            if (room[b] == 0) steps[buckets[b].Functional] = step;
        }
    }
}
