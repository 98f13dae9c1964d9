using System.Numerics;

namespace Jixiao.Tables.Rendering;

/// <summary>
/// Derives the rounding problem of a rendered set: every distinct aggregate that a part prints (deduplicated by a
/// hash of its atom set), every project's total, and every cross-table equality of the set whose two sides are equal
/// in exact figures but made of different atoms; then rounds with <see cref="WanYuanRounding"/> and verifies the
/// bounds of every printed cell.
/// </summary>
internal static class AtomRounding
{
    public static long[] Round(Atom[] atoms, IReadOnlyList<PartLayout> layouts, TableSet set, long[] exactAtoms, IReadOnlyList<long[]> exactCells)
    {
        int n = atoms.Length;
        var h1 = new ulong[n];
        var h2 = new ulong[n];
        var fractional = new bool[n];
        for (int a = 0; a < n; a++)
        {
            h1[a] = Mix((ulong)a + 1);
            h2[a] = Mix(((ulong)a + 1) ^ 0x5851F42D4C957F2DUL);
            fractional[a] = exactAtoms[a] % WanYuanRounding.Unit != 0;
        }

        // Pass 1: a signature (two hashes and a count of fractional atoms) for every cell of every part.
        var signatures = new Signature[layouts.Count][];
        for (int p = 0; p < layouts.Count; p++)
        {
            var layout = layouts[p];
            var sig = new Signature[layout.CellCount];
            Visit(layout, n, (a, cell) =>
            {
                if (!fractional[a]) return;
                sig[cell] = new Signature(sig[cell].H1 + h1[a], sig[cell].H2 + h2[a], sig[cell].Count + 1);
            });
            signatures[p] = sig;
        }

        // Distinct aggregates with at least two fractional atoms become constraints; pass 2 collects their atoms.
        var seen = new Dictionary<Signature, int>();
        var cells = new List<List<int>>();
        var labels = new List<string>();
        for (int p = 0; p < layouts.Count; p++)
        {
            var layout = layouts[p];
            var sig = signatures[p];
            var representative = new int[layout.CellCount];
            bool any = false;
            for (int cell = 0; cell < sig.Length; cell++)
            {
                representative[cell] = -1;
                if (sig[cell].Count < 2 || seen.ContainsKey(sig[cell])) continue;
                seen[sig[cell]] = cells.Count;
                representative[cell] = cells.Count;
                cells.Add(new List<int>(sig[cell].Count));
                labels.Add(layout.Describe(cell));
                any = true;
            }
            if (!any) continue;
            Visit(layout, n, (a, cell) =>
            {
                if (fractional[a] && representative[cell] >= 0) cells[representative[cell]].Add(a);
            });
        }

        // Projects: each project's total (绩效目标表, project tables).
        var byProject = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int a = 0; a < n; a++)
            if (atoms[a].Project is { } code && fractional[a])
            {
                if (!byProject.TryGetValue(code, out var list)) byProject[code] = list = [];
                list.Add(a);
            }
        foreach (var (code, list) in byProject)
        {
            cells.Add(list);
            labels.Add($"项目 {code} 合计");
        }

        // Cross-table equalities whose sides are equal exactly, off the 0.01 grid, and made of different atoms.
        var equalities = new List<(int[] A, int[] B)>();
        var equalityLabels = new List<string>();
        foreach (var rel in set.Relations)
        {
            var a = Resolve(layouts, rel.A);
            var b = Resolve(layouts, rel.B);
            if (a is null || b is null) continue;
            if (rel.When is { } when)
            {
                var wa = Resolve(layouts, when.A);
                var wb = Resolve(layouts, when.B);
                if (wa is null || wb is null) continue;
                if (wa.Single(exactCells) != wb.Single(exactCells)) continue;
            }
            foreach (var (ka, kb) in Pairs(a, b))
            {
                int ca = a.Cell(ka), cb = b.Cell(kb);
                long ea = ca < 0 ? 0 : exactCells[a.Part][ca];
                long eb = cb < 0 ? 0 : exactCells[b.Part][cb];
                if (ea != eb || ea % WanYuanRounding.Unit == 0 || ca < 0 || cb < 0) continue;
                if (signatures[a.Part][ca] == signatures[b.Part][cb]) continue;
                equalities.Add((Members(layouts[a.Part], ca, n), Members(layouts[b.Part], cb, n)));
                equalityLabels.Add($"{rel.RuleId} {rel.Title}：{layouts[a.Part].Describe(ca)} = {layouts[b.Part].Describe(cb)}");
            }
        }

        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (x, y) => Compare(atoms[x], atoms[y]));
        labels.AddRange(equalityLabels);
        var units = WanYuanRounding.RoundUnits(exactAtoms, order, cells.Select(c => c.ToArray()).ToList(), equalities, labels);

        // Every printed cell is within bounds (a guard against the hash deduplication, which cannot miss in practice).
        var bad = new List<string>();
        for (int p = 0; p < layouts.Count; p++)
        {
            var rounded = layouts[p].Sum(units);
            var exact = exactCells[p];
            for (int cell = 0; cell < rounded.Length; cell++)
            {
                long lo = WanYuanRounding.FloorUnits(exact[cell]);
                long hi = exact[cell] % WanYuanRounding.Unit == 0 ? lo : lo + 1;
                if (rounded[cell] < lo || rounded[cell] > hi) bad.Add(layouts[p].Describe(cell));
            }
        }
        if (bad.Count > 0)
            throw new RoundingException($"舍入结果有 {bad.Count} 个汇总数与精确值相差 0.01 以上，例如 {string.Join("；", bad.Take(10))}", bad.Take(10).ToArray());
        return units;
    }

    private readonly record struct Signature(ulong H1, ulong H2, int Count);

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static void Visit(PartLayout layout, int atoms, Action<int, int> visit)
    {
        int cols = layout.ColumnCount;
        for (int a = 0; a < atoms; a++)
            for (int h = layout.HitStart[a]; h < layout.HitStart[a + 1]; h++)
            {
                int rowBase = layout.HitRow[h] * cols;
                ulong bits = layout.HitColumns[h];
                while (bits != 0)
                {
                    visit(a, rowBase + BitOperations.TrailingZeroCount(bits));
                    bits &= bits - 1;
                }
            }
    }

    private static int[] Members(PartLayout layout, int cell, int atoms)
    {
        var list = new List<int>();
        Visit(layout, atoms, (a, c) => { if (c == cell) list.Add(a); });
        return list.ToArray();
    }

    /// <summary>The order of the first cumulative rounding: functional code, kind, source, carry-over, economic code …</summary>
    private static int Compare(in Atom x, in Atom y)
    {
        int c = x.IsItem.CompareTo(y.IsItem);
        if (c != 0) return c;
        if (x.IsItem)
        {
            c = x.Item.CompareTo(y.Item);
            return c != 0 ? c : x.Source.CompareTo(y.Source);
        }
        c = string.CompareOrdinal(x.Functional, y.Functional);
        if (c != 0) return c;
        c = x.Kind.CompareTo(y.Kind);
        if (c != 0) return c;
        c = x.Source.CompareTo(y.Source);
        if (c != 0) return c;
        c = x.CarryOver.CompareTo(y.CarryOver);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Economic, y.Economic);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Project, y.Project);
        return c != 0 ? c : string.CompareOrdinal(x.Unit, y.Unit);
    }

    private sealed record Side(int Part, PartLayout Layout, int Column, string? Row, Dictionary<string, int> Coded)
    {
        public int Cell(string key)
        {
            int r = Row is not null ? Layout.RowIndex(key) : Coded.TryGetValue(key, out int i) ? i : -1;
            return r < 0 ? -1 : r * Layout.ColumnCount + Column;
        }

        public long Single(IReadOnlyList<long[]> exact)
        {
            int cell = Row is not null ? Cell(Row) : Coded.Count > 0 ? Cell(Coded.Keys.First()) : -1;
            return cell < 0 ? 0 : exact[Part][cell];
        }
    }

    private static IEnumerable<(string A, string B)> Pairs(Side a, Side b)
    {
        if (a.Row is not null || b.Row is not null)
        {
            yield return (a.Row ?? b.Row!, b.Row ?? a.Row!);
            yield break;
        }
        foreach (var k in a.Coded.Keys.Union(b.Coded.Keys)) yield return (k, k);
    }

    private static Side? Resolve(IReadOnlyList<PartLayout> layouts, CellRef cell)
    {
        for (int p = 0; p < layouts.Count; p++)
        {
            var layout = layouts[p];
            if (layout.Table.Id != cell.Table || layout.Part.Key != cell.Part) continue;
            int col = layout.Part.ColumnIndex(cell.Column);
            if (col < 0) return null;
            var coded = new Dictionary<string, int>(StringComparer.Ordinal);
            if (cell.Row is null)
                for (int r = 0; r < layout.Rows.Length; r++)
                {
                    var code = layout.Rows[r].Code;
                    if (code is null) continue;
                    bool take = cell.Rows != "classes" || layout.Part.RowSource == RowSourceKind.Classes || code.Length == 3;
                    if (take) coded.TryAdd(code, r);
                }
            return new Side(p, layout, col, cell.Row, coded);
        }
        return null;
    }
}
