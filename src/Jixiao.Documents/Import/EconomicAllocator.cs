using Jixiao.Budget;

namespace Jixiao.Documents.Import;

/// <summary>
/// Spreads the 基本支出表's economic items (款 × 人员 / 公用, not by functional 项) over the functional 项 of the
/// 一般公共预算支出表 so that both tables come out exactly: per kind (or per 基本支出 where the table does not split it),
/// first an item whose amount equals exactly one 项's remaining amount goes there; then the remaining 项, largest first,
/// take a set of whole items that adds up exactly (<see cref="SubsetSum"/>), else items largest first, splitting one
/// only when needed.
/// </summary>
internal static class EconomicAllocator
{
    /// <summary>An economic item of the 基本支出表: code, 人员经费 or 公用经费, amount in 分, printed order.</summary>
    public sealed record Item(string Code, ExpenseKind Kind, long Cents);

    /// <summary>A functional 项's 基本支出 to fill: its kind, or null when the table does not split 人员 / 公用.</summary>
    public sealed record Bucket(string Functional, ExpenseKind? Kind, long Cents);

    /// <summary>A resulting 基本支出 line.</summary>
    public sealed record Line(string Functional, string Economic, ExpenseKind Kind, long Cents);

    /// <summary>How it went: the lines, what was left on either side, and whether an item was split.</summary>
    public sealed record Result(IReadOnlyList<Line> Lines, IReadOnlyList<(Bucket Bucket, long Cents)> Unfilled, IReadOnlyList<(Item Item, long Cents)> Unused, bool SplitAny);

    public static Result Allocate(IReadOnlyList<Bucket> buckets, IReadOnlyList<Item> items)
    {
        var lines = new List<Line>();
        var unfilled = new List<(Bucket, long)>();
        var unused = new List<(Item, long)>();
        bool split = false;
        bool byKind = buckets.All(b => b.Kind is not null);
        var groups = byKind ? new ExpenseKind?[] { ExpenseKind.Personnel, ExpenseKind.Operating } : [null];
        foreach (var kind in groups)
        {
            var bs = buckets.Where(b => b.Cents > 0 && (kind is null || b.Kind == kind)).ToList();
            var its = items.Where(i => i.Cents > 0 && (kind is null || i.Kind == kind)).ToList();
            split |= Fill(bs, its, lines, unfilled, unused);
        }
        return new Result(lines, unfilled, unused, split);
    }

    private static bool Fill(List<Bucket> buckets, List<Item> items, List<Line> lines, List<(Bucket, long)> unfilled, List<(Item, long)> unused)
    {
        var room = buckets.Select(b => b.Cents).ToArray();
        var left = items.Select(i => i.Cents).ToArray();
        bool split = false;

        void Take(int b, int i, long cents)
        {
            lines.Add(new Line(buckets[b].Functional, items[i].Code, items[i].Kind, cents));
            room[b] -= cents;
            left[i] -= cents;
        }

        // 1. an item equal to exactly one 项's remaining amount
        for (int i = 0; i < items.Count; i++)
        {
            int match = -1, count = 0;
            for (int b = 0; b < buckets.Count; b++)
                if (room[b] > 0 && room[b] == left[i]) { match = b; count++; }
            if (count == 1) Take(match, i, left[i]);
        }

        // 2. the remaining 项, largest first: whole items adding up exactly, else largest first, splitting the last
        var order = Enumerable.Range(0, buckets.Count).Where(b => room[b] > 0)
            .OrderByDescending(b => room[b]).ThenBy(b => buckets[b].Functional, StringComparer.Ordinal).ToList();
        foreach (int b in order)
        {
            var open = Enumerable.Range(0, items.Count).Where(i => left[i] > 0).ToList();
            var exact = SubsetSum.Build(open.Select(i => left[i]).ToArray(), [room[b]])?.Pick(room[b]);
            if (exact is not null)
            {
                foreach (int k in exact) Take(b, open[k], left[open[k]]);
                continue;
            }
            foreach (int i in open.OrderByDescending(i => left[i]))
                if (left[i] <= room[b]) Take(b, i, left[i]);
            if (room[b] > 0)
            {
                int largest = open.Where(i => left[i] > 0).OrderByDescending(i => left[i]).DefaultIfEmpty(-1).First();
                if (largest >= 0)
                {
                    Take(b, largest, Math.Min(room[b], left[largest]));
                    split = true;
                }
            }
            if (room[b] > 0) unfilled.Add((buckets[b], room[b]));
        }
        for (int i = 0; i < items.Count; i++)
            if (left[i] > 0) unused.Add((items[i], left[i]));
        return split;
    }
}
