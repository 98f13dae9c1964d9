using Jixiao.Money;

namespace Jixiao.Tables;

/// <summary>
/// Rounds amounts in 元 to 万元 with two decimals so that printed sums add up exactly (docs/rounding.md).
/// <para>
/// The amounts are the <em>atoms</em> of a table set: the finest cells, of which every printed figure is a sum. Each
/// atom is rounded down or up to a multiple of 0.01 万元 (never further), chosen so that every listed aggregate — a
/// set of atoms that some table prints as one figure — is also the exact value rounded down or up (and equals it when
/// the exact value is already a multiple of 0.01). Printed figures are then sums of rounded atoms, so every relation
/// between them (类 = Σ 款, 合计 = 基本 + 项目, 收入总计 = 支出总计 …) holds exactly, by construction.
/// </para>
/// <para>
/// Method: cumulative rounding along a given order (each contiguous run of atoms is then within bounds), then a
/// bounded local search that moves single atoms by 0.01 to repair the aggregates still out of bounds, choosing the
/// move that repairs the most and breaks the least. Equalities between aggregates with equal exact values but
/// different atoms (a “三公” item and its economic line) are constraints of the same search. When the search cannot
/// satisfy everything a <see cref="RoundingException"/> names what is left.
/// </para>
/// </summary>
public static class WanYuanRounding
{
    /// <summary>0.01 万元 in 分.</summary>
    internal const long Unit = 10_000;

    /// <summary>
    /// Rounds <paramref name="atoms"/> (元, at most two decimals) to 万元 with two decimals so that each aggregate (a list
    /// of atom indices) sums to its exact value rounded down or up, and each pair of <paramref name="equalities"/> with
    /// equal exact sums prints equal. Atoms are first rounded cumulatively in index order.
    /// </summary>
    public static WanYuan[] Round(
        IReadOnlyList<Yuan> atoms,
        IEnumerable<IReadOnlyList<int>> aggregates,
        IEnumerable<(IReadOnlyList<int> A, IReadOnlyList<int> B)>? equalities = null)
    {
        var cents = new long[atoms.Count];
        for (int i = 0; i < cents.Length; i++) cents[i] = Rendering.BudgetAtoms.ToCents(atoms[i].Value, $"第 {i} 个金额");
        var cells = aggregates.Select(a => a.ToArray()).ToList();
        var eqs = (equalities ?? []).Select(e => (e.A.ToArray(), e.B.ToArray())).ToList();
        var order = Enumerable.Range(0, cents.Length).ToArray();
        var units = RoundUnits(cents, order, cells, eqs, i => i < cells.Count ? $"汇总 #{i}" : $"等式 #{i - cells.Count}");
        var result = new WanYuan[units.Length];
        for (int i = 0; i < units.Length; i++) result[i] = new WanYuan(units[i] * 0.01m);
        return result;
    }

    /// <summary>Floor of <paramref name="cents"/> / <see cref="Unit"/>, for negative amounts too.</summary>
    internal static long FloorUnits(long cents)
    {
        long q = cents / Unit;
        if (cents % Unit < 0) q--;
        return q;
    }

    /// <summary>
    /// The core: exact atoms in 分 → rounded atoms in units of 0.01 万元. <paramref name="cells"/> are aggregates that
    /// must stay within bounds; <paramref name="equalities"/> pairs of aggregates whose exact sums are equal and must
    /// print equal; <paramref name="describe"/> names constraint i (cells first, then equalities) for the error.
    /// </summary>
    internal static long[] RoundUnits(long[] cents, int[] order, IReadOnlyList<int[]> cells, IReadOnlyList<(int[] A, int[] B)> equalities,
        Func<int, string> describe)
    {
        int n = cents.Length;
        var floor = new long[n];
        var rest = new long[n]; // 0 ≤ rest < Unit; an atom with rest > 0 may go up by one unit
        for (int i = 0; i < n; i++)
        {
            floor[i] = FloorUnits(cents[i]);
            rest[i] = cents[i] - floor[i] * Unit;
        }

        var problem = new Problem(n, rest);
        for (int c = 0; c < cells.Count; c++) problem.AddCell(cells[c], c);
        for (int e = 0; e < equalities.Count; e++) problem.AddEquality(equalities[e].A, equalities[e].B, floor, cells.Count + e);
        var up = problem.Solve(order, describe);

        var units = new long[n];
        for (int i = 0; i < n; i++) units[i] = floor[i] + (up[i] ? 1 : 0);
        return units;
    }

    /// <summary>
    /// The constraints as linear forms over the atoms that may go up: Σ(plus) − Σ(minus) ∈ [lo, hi], counted in units
    /// of 0.01 万元 above the atoms' floors; and a local search over them.
    /// </summary>
    private sealed class Problem(int atoms, long[] rest)
    {
        private readonly List<int[]> _plus = [];
        private readonly List<int[]> _minus = [];
        private readonly List<long> _lo = [];
        private readonly List<long> _hi = [];
        private readonly List<int> _origins = [];
        private readonly int[] _mark = new int[atoms];
        private int _stamp;

        public void AddCell(int[] members, int origin)
        {
            int fractional = 0;
            long sum = 0;
            foreach (int a in members)
                if (rest[a] != 0) { fractional++; sum += rest[a]; }
            if (fractional < 2) return; // one atom alone is within bounds whichever way it goes
            var plus = new int[fractional];
            int k = 0;
            foreach (int a in members) if (rest[a] != 0) plus[k++] = a;
            long lo = sum / Unit;
            Add(plus, [], lo, sum % Unit == 0 ? lo : lo + 1, origin);
        }

        public void AddEquality(int[] a, int[] b, long[] floor, int origin)
        {
            int stamp = ++_stamp;
            foreach (int x in b) _mark[x] = stamp;
            var plus = new List<int>();
            long d = 0;
            var inA = new HashSet<int>();
            foreach (int x in a)
            {
                inA.Add(x);
                if (_mark[x] == stamp) continue;
                d -= floor[x];
                if (rest[x] != 0) plus.Add(x);
            }
            var minus = new List<int>();
            foreach (int x in b)
            {
                if (inA.Contains(x)) continue;
                d += floor[x];
                if (rest[x] != 0) minus.Add(x);
            }
            if (plus.Count == 0 && minus.Count == 0) return;
            Add(plus.ToArray(), minus.ToArray(), d, d, origin);
        }

        private void Add(int[] plus, int[] minus, long lo, long hi, int origin)
        {
            _plus.Add(plus);
            _minus.Add(minus);
            _lo.Add(lo);
            _hi.Add(hi);
            _origins.Add(origin);
        }

        /// <summary>Cumulative rounding along an order: the running sum of the fractions, rounded half up, decides which atoms go up.</summary>
        private bool[] Cumulative(int[] order)
        {
            var up = new bool[atoms];
            long acc = 0, previous = 0;
            foreach (int i in order)
            {
                if (rest[i] == 0) continue;
                acc += rest[i];
                long rounded = (acc + Unit / 2) / Unit;
                up[i] = rounded != previous;
                previous = rounded;
            }
            return up;
        }

        /// <summary>
        /// Cumulative rounding along <paramref name="order"/>, then the repair; if the repair gets stuck, again from
        /// cumulative rounding along shuffled orders (a few attempts, seeded: the result is deterministic).
        /// </summary>
        public bool[] Solve(int[] order, Func<int, string> describe)
        {
            var rng = new Random(20_210_101);
            var up = Cumulative(order);
            if (_plus.Count == 0) return up;
            List<int>? left = null;
            for (int attempt = 0; attempt < Attempts; attempt++)
            {
                if (attempt > 0)
                {
                    var shuffled = (int[])order.Clone();
                    rng.Shuffle(shuffled);
                    up = Cumulative(shuffled);
                }
                left = Repair(up, rng);
                if (left.Count == 0) return up;
            }
            var names = left!.Take(10).Select(c => describe(_origins[c])).ToArray();
            throw new RoundingException(
                $"无法将金额舍入到万元两位小数并使所有汇总数与精确值相差不超过 0.01：仍有 {left!.Count} 个汇总不满足，例如 {string.Join("；", names)}", names);
        }

        private const int Attempts = 24;

        /// <summary>The local search; returns the constraints still violated (none on success).</summary>
        private List<int> Repair(bool[] up, Random rng)
        {
            int m = _plus.Count;

            // atom → (constraint, coefficient) in compressed rows
            var count = new int[atoms + 1];
            for (int c = 0; c < m; c++)
            {
                foreach (int a in _plus[c]) count[a + 1]++;
                foreach (int a in _minus[c]) count[a + 1]++;
            }
            for (int a = 0; a < atoms; a++) count[a + 1] += count[a];
            var start = (int[])count.Clone();
            var con = new int[start[atoms]];
            var coef = new int[start[atoms]];
            var fill = (int[])start.Clone();
            for (int c = 0; c < m; c++)
            {
                foreach (int a in _plus[c]) { con[fill[a]] = c; coef[fill[a]++] = 1; }
                foreach (int a in _minus[c]) { con[fill[a]] = c; coef[fill[a]++] = -1; }
            }

            var s = new long[m];
            for (int c = 0; c < m; c++)
            {
                foreach (int a in _plus[c]) if (up[a]) s[c]++;
                foreach (int a in _minus[c]) if (up[a]) s[c]--;
            }
            var lo = _lo.ToArray();
            var hi = _hi.ToArray();
            var violated = new List<int>();
            var position = new int[m];
            Array.Fill(position, -1);
            for (int c = 0; c < m; c++) Update(c);
            if (violated.Count == 0) return violated;

            var tabu = new long[atoms];
            long maxSteps = 200 + 4L * (atoms + m);
            var candidates = new List<int>();
            for (long step = 1; step <= maxSteps && violated.Count > 0; step++)
            {
                int c = violated[rng.Next(violated.Count)];
                bool raise = s[c] < lo[c];
                candidates.Clear();
                foreach (int a in _plus[c]) if (up[a] != raise) candidates.Add(a);
                foreach (int a in _minus[c]) if (up[a] == raise) candidates.Add(a);
                if (candidates.Count == 0) break; // cannot move this aggregate at all: infeasible

                int best = -1;
                long bestDelta = long.MaxValue;
                int ties = 0;
                foreach (int a in candidates)
                {
                    long delta = Delta(a);
                    if (tabu[a] > step && delta >= 0) continue; // tabu unless it improves
                    if (delta < bestDelta) { bestDelta = delta; best = a; ties = 1; }
                    else if (delta == bestDelta && rng.Next(++ties) == 0) best = a;
                }
                if (best < 0 || (bestDelta >= 0 && rng.NextDouble() < 0.2)) best = candidates[rng.Next(candidates.Count)];
                Flip(best);
                tabu[best] = step + 7;
            }
            return violated;

            long Dist(int c, long value) => value < lo[c] ? lo[c] - value : value > hi[c] ? value - hi[c] : 0;

            long Delta(int a)
            {
                int dir = up[a] ? -1 : 1;
                long delta = 0;
                for (int k = start[a]; k < start[a + 1]; k++)
                {
                    int c = con[k];
                    delta += Dist(c, s[c] + coef[k] * dir) - Dist(c, s[c]);
                }
                return delta;
            }

            void Flip(int a)
            {
                int dir = up[a] ? -1 : 1;
                up[a] = !up[a];
                for (int k = start[a]; k < start[a + 1]; k++)
                {
                    int c = con[k];
                    s[c] += coef[k] * dir;
                    Update(c);
                }
            }

            void Update(int c)
            {
                bool bad = s[c] < lo[c] || s[c] > hi[c];
                if (bad && position[c] < 0)
                {
                    position[c] = violated.Count;
                    violated.Add(c);
                }
                else if (!bad && position[c] >= 0)
                {
                    int at = position[c];
                    int last = violated[^1];
                    violated[at] = last;
                    position[last] = at;
                    violated.RemoveAt(violated.Count - 1);
                    position[c] = -1;
                }
            }
        }
    }
}
