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
            var visitor = new SignatureVisitor(sig, h1, h2, fractional);
            Visit(layout, n, ref visitor);
            signatures[p] = sig;
        }

        // Distinct aggregates with at least two fractional atoms become constraints; pass 2 collects their atoms.
        var seen = new Dictionary<Signature, int>();
        var cells = new List<List<int>>();
        var origins = new List<(int Part, int Cell, string? Project)>();
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
                origins.Add((p, cell, null));
                any = true;
            }
            if (!any) continue;
            var collect = new CollectVisitor(representative, cells, fractional);
            Visit(layout, n, ref collect);
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
            origins.Add((-1, -1, code));
        }

        // Cross-table equalities whose sides are equal exactly, off the 0.01 grid, and made of different atoms.
        var equalities = new List<(int[] A, int[] B)>();
        var equalityOrigins = new List<(CrossTableRelation Relation, int PartA, int CellA, int PartB, int CellB)>();
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
                equalityOrigins.Add((rel, a.Part, ca, b.Part, cb));
            }
        }

        string Describe(int i)
        {
            if (i < origins.Count)
                return origins[i].Project is { } project ? $"项目 {project} 合计" : layouts[origins[i].Part].Describe(origins[i].Cell);
            var e = equalityOrigins[i - origins.Count];
            return $"{e.Relation.RuleId} {e.Relation.Title}：{layouts[e.PartA].Describe(e.CellA)} = {layouts[e.PartB].Describe(e.CellB)}";
        }

        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (x, y) => Compare(atoms[x], atoms[y]));
        var cellArrays = new int[cells.Count][];
        for (int c = 0; c < cellArrays.Length; c++) cellArrays[c] = cells[c].ToArray();
        var units = WanYuanRounding.RoundUnits(exactAtoms, order, cellArrays, equalities, Describe);

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

    private interface ICellVisitor
    {
        void Visit(int atom, int cell);
    }

    private readonly struct SignatureVisitor(Signature[] sig, ulong[] h1, ulong[] h2, bool[] fractional) : ICellVisitor
    {
        public void Visit(int atom, int cell)
        {
            if (!fractional[atom]) return;
            ref var s = ref sig[cell];
            s = new Signature(s.H1 + h1[atom], s.H2 + h2[atom], s.Count + 1);
        }
    }

    private readonly struct CollectVisitor(int[] representative, List<List<int>> cells, bool[] fractional) : ICellVisitor
    {
        public void Visit(int atom, int cell)
        {
            if (fractional[atom] && representative[cell] >= 0) cells[representative[cell]].Add(atom);
        }
    }

    private readonly struct MembersVisitor(int wanted, List<int> members) : ICellVisitor
    {
        public void Visit(int atom, int cell)
        {
            if (cell == wanted) members.Add(atom);
        }
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static void Visit<T>(PartLayout layout, int atoms, ref T visitor) where T : struct, ICellVisitor
    {
        int cols = layout.ColumnCount;
        for (int a = 0; a < atoms; a++)
            for (int h = layout.HitStart[a]; h < layout.HitStart[a + 1]; h++)
            {
                int rowBase = layout.HitRow[h] * cols;
                ulong bits = layout.HitColumns[h];
                while (bits != 0)
                {
                    visitor.Visit(a, rowBase + BitOperations.TrailingZeroCount(bits));
                    bits &= bits - 1;
                }
            }
    }

    private static int[] Members(PartLayout layout, int cell, int atoms)
    {
        var list = new List<int>();
        var visitor = new MembersVisitor(cell, list);
        Visit(layout, atoms, ref visitor);
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

    /// <summary>One side of a relation: a column of a part, and either one row (by key) or the coded rows.</summary>
    private sealed record Side(int Part, PartLayout Layout, int Column, string? Row, string? Rows)
    {
        public int Cell(string key)
        {
            int r = Layout.RowIndex(key);
            if (r < 0 || (Row is null && !Takes(r))) return -1;
            return r * Layout.ColumnCount + Column;
        }

        /// <summary>Whether a coded row belongs to the selection (<c>classes</c>: the 类 rows; <c>codes</c>: all coded rows).</summary>
        public bool Takes(int row)
        {
            var code = Layout.Rows[row].Code;
            return code is not null && (Rows != "classes" || Layout.Part.RowSource == RowSourceKind.Classes || code.Length == 3);
        }

        public long Single(IReadOnlyList<long[]> exact)
        {
            int cell = Row is not null ? Cell(Row) : -1;
            return cell < 0 ? 0 : exact[Part][cell];
        }
    }

    /// <summary>
    /// The pairs of row keys a relation compares: one pair when either side names a row; else the coded rows of side A
    /// matched by key (a row only B has is zero on A's side, on the 0.01 grid: nothing to keep equal).
    /// </summary>
    private static IEnumerable<(string A, string B)> Pairs(Side a, Side b)
    {
        if (a.Row is not null || b.Row is not null)
        {
            yield return (a.Row ?? b.Row!, b.Row ?? a.Row!);
            yield break;
        }
        for (int r = 0; r < a.Layout.Rows.Length; r++)
            if (a.Takes(r)) yield return (a.Layout.Rows[r].Key, a.Layout.Rows[r].Key);
    }

    private static Side? Resolve(IReadOnlyList<PartLayout> layouts, CellRef cell)
    {
        for (int p = 0; p < layouts.Count; p++)
        {
            var layout = layouts[p];
            if (layout.Table.Id != cell.Table || layout.Part.Key != cell.Part) continue;
            int col = layout.Part.ColumnIndex(cell.Column);
            return col < 0 ? null : new Side(p, layout, col, cell.Row, cell.Rows);
        }
        return null;
    }
}
