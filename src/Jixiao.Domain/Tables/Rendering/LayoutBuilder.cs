using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Tables.Rendering;

/// <summary>
/// Lays a compiled table part out over a budget's atoms (see <see cref="PartLayout"/>): decides the rows by the part's
/// row source and records, in one pass over the atoms, which cells each atom adds to.
/// </summary>
internal static class LayoutBuilder
{
    public static PartLayout Build(CompiledPart cp, Atom[] atoms, UnitBudget budget, CatalogSet catalogs) => cp.Part.RowSource switch
    {
        RowSourceKind.Functional => Coded(cp, atoms, catalogs.Functional, functional: true),
        RowSourceKind.Economic => WithGovernmentNames(cp, atoms, budget, catalogs, Coded(cp, atoms, catalogs.DepartmentalEconomic, functional: false)),
        RowSourceKind.Classes => Classes(cp, atoms, catalogs),
        RowSourceKind.Fixed => Fixed(cp, atoms),
        RowSourceKind.Projects => Projects(cp, atoms, budget),
        RowSourceKind.Units => Units(cp, atoms, budget),
        _ => throw new NotSupportedException($"未支持的行来源 {cp.Part.RowSource}"),
    };

    private static ulong ColumnMask(CompiledPart cp, in CompiledMeasure row, in Atom atom)
    {
        ulong mask = 0;
        var cols = cp.Columns;
        for (int c = 0; c < cols.Length; c++)
            if (CompiledMeasure.Passes(cp.Filter, row, cols[c], atom)) mask |= 1UL << c;
        return mask;
    }

    /// <summary>True when a line atom with money passes the part filter: it makes its rows non-empty.</summary>
    private static bool MakesRows(CompiledPart cp, in Atom atom) =>
        atom.Cents != 0 && !atom.IsItem && CompiledMeasure.Passes(cp.Filter, CompiledPart.Any, CompiledPart.Any, atom);

    // 合计, then every non-empty 类 / 款 / 项 (functional) or 类 / 款 (economic), in code order.
    private static PartLayout Coded(CompiledPart cp, Atom[] atoms, Classification catalog, bool functional)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var masks = new ulong[atoms.Length];
        for (int a = 0; a < atoms.Length; a++)
        {
            masks[a] = ColumnMask(cp, CompiledPart.Any, atoms[a]);
            var code = functional ? atoms[a].Functional : atoms[a].Economic;
            if (code is null || !MakesRows(cp, atoms[a])) continue;
            codes.Add(code);
            if (code.Length > 5) codes.Add(code[..5]);
            if (code.Length > 3) codes.Add(code[..3]);
        }
        var sorted = codes.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var rows = new RowInfo[sorted.Length + 1];
        rows[0] = new RowInfo("total", null, cp.Part.TotalLabel);
        var index = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (int i = 0; i < sorted.Length; i++)
        {
            rows[i + 1] = new RowInfo(sorted[i], sorted[i], catalog.Get(sorted[i]).Name);
            index[sorted[i]] = i + 1;
        }

        var hits = new HitsBuilder(atoms.Length);
        for (int a = 0; a < atoms.Length; a++)
        {
            hits.StartAtom(a);
            ulong m = masks[a];
            if (m == 0) continue;
            hits.Add(0, m);
            var code = functional ? atoms[a].Functional : atoms[a].Economic;
            if (code is null) continue;
            if (index.TryGetValue(code[..3], out int r3)) hits.Add(r3, m);
            if (code.Length > 3 && index.TryGetValue(code[..5], out int r5)) hits.Add(r5, m);
            if (code.Length > 5 && index.TryGetValue(code, out int r7)) hits.Add(r7, m);
        }
        return hits.Build(cp, rows);
    }

    /// <summary>
    /// Beside each departmental economic row of a part that prints both names (set S table 6): the government 款 / 类
    /// the 对照表 maps it to (<see cref="CatalogSet.MapToGovernment"/>) for the nature of the units whose money the row
    /// shows — the budget's own unit's nature when its money is among them or no unit's nature is known, else the one
    /// nature (or, for a row mixing natures of sub-units only, the first) found. The 合计 row has none.
    /// </summary>
    private static PartLayout WithGovernmentNames(CompiledPart cp, Atom[] atoms, UnitBudget budget, CatalogSet catalogs, PartLayout layout)
    {
        if (!cp.Part.GovernmentNames) return layout;
        var rows = layout.Rows;
        var natures = new uint[rows.Length];
        for (int a = 0; a < atoms.Length; a++)
        {
            if (atoms[a].Nature < 0 || !MakesRows(cp, atoms[a])) continue;
            for (int h = layout.HitStart[a]; h < layout.HitStart[a + 1]; h++) natures[layout.HitRow[h]] |= 1u << atoms[a].Nature;
        }
        var own = budget.Unit.Nature;
        for (int r = 0; r < rows.Length; r++)
        {
            if (rows[r].Code is not { } code) continue;
            uint bits = natures[r];
            var nature = bits == 0 || (bits & (1u << (int)own)) != 0 ? own : (UnitNature)System.Numerics.BitOperations.TrailingZeroCount(bits);
            if (catalogs.MapToGovernment(code, nature) is { } government)
                rows[r] = rows[r] with { GovernmentCode = government.Code, GovernmentLabel = government.Name };
        }
        return layout;
    }

    // The 30 类 of the 收支总表 in printed order, then the part's fixed rows.
    private static PartLayout Classes(CompiledPart cp, Atom[] atoms, CatalogSet catalogs)
    {
        var classes = catalogs.ExpenditureClasses;
        var fixedRows = cp.Part.Rows;
        var rows = new RowInfo[classes.Count + fixedRows.Count];
        var index = new Dictionary<string, int>(classes.Count, StringComparer.Ordinal);
        for (int i = 0; i < classes.Count; i++)
        {
            rows[i] = new RowInfo(classes[i].Code, classes[i].Code, classes[i].Label);
            index[classes[i].Code] = i;
        }
        for (int r = 0; r < fixedRows.Count; r++) rows[classes.Count + r] = new RowInfo(fixedRows[r].Key, null, fixedRows[r].Label);

        var hits = new HitsBuilder(atoms.Length);
        for (int a = 0; a < atoms.Length; a++)
        {
            hits.StartAtom(a);
            var atom = atoms[a];
            if (atom.Functional is { } code && index.TryGetValue(code[..3], out int ci))
            {
                ulong m = ColumnMask(cp, CompiledPart.Any, atom);
                if (m != 0) hits.Add(ci, m);
            }
            for (int r = 0; r < fixedRows.Count; r++)
            {
                ulong m = ColumnMask(cp, cp.FixedRows[r], atom);
                if (m != 0) hits.Add(classes.Count + r, m);
            }
        }
        return hits.Build(cp, rows);
    }

    private static PartLayout Fixed(CompiledPart cp, Atom[] atoms)
    {
        var fixedRows = cp.Part.Rows;
        var rows = new RowInfo[fixedRows.Count];
        for (int r = 0; r < rows.Length; r++) rows[r] = new RowInfo(fixedRows[r].Key, null, fixedRows[r].Label);
        var hits = new HitsBuilder(atoms.Length);
        for (int a = 0; a < atoms.Length; a++)
        {
            hits.StartAtom(a);
            for (int r = 0; r < rows.Length; r++)
            {
                ulong m = ColumnMask(cp, cp.FixedRows[r], atoms[a]);
                if (m != 0) hits.Add(r, m);
            }
        }
        return hits.Build(cp, rows);
    }

    // One row per project with money in the part (listed ones in order, then unlisted codes found in the lines), then 合计.
    private static PartLayout Projects(CompiledPart cp, Atom[] atoms, UnitBudget budget)
    {
        var withMoney = new HashSet<string>(StringComparer.Ordinal);
        foreach (var atom in atoms)
            if (atom.Project is { } code && MakesRows(cp, atom)) withMoney.Add(code);
        var rows = new List<RowInfo>(withMoney.Count + 1);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in budget.Projects)
            if (withMoney.Contains(p.Code) && index.TryAdd(p.Code, rows.Count)) rows.Add(new RowInfo(p.Code, null, p.Name));
        var extra = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var code in withMoney)
            if (!index.ContainsKey(code)) extra.Add(code);
        foreach (var code in extra)
        {
            index[code] = rows.Count;
            rows.Add(new RowInfo(code, null, code));
        }
        int total = rows.Count;
        rows.Add(new RowInfo("total", null, cp.Part.TotalLabel));

        var hits = new HitsBuilder(atoms.Length);
        for (int a = 0; a < atoms.Length; a++)
        {
            hits.StartAtom(a);
            ulong m = ColumnMask(cp, CompiledPart.Any, atoms[a]);
            if (m == 0) continue;
            if (atoms[a].Project is { } code && index.TryGetValue(code, out int r)) hits.Add(r, m);
            hits.Add(total, m);
        }
        return hits.Build(cp, rows.ToArray());
    }

    // 合计, then the budget's own unit, its sub-units, and unit codes found in the lines.
    private static PartLayout Units(CompiledPart cp, Atom[] atoms, UnitBudget budget)
    {
        var rows = new List<RowInfo> { new("total", null, cp.Part.TotalLabel) };
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        index[budget.Unit.Code] = rows.Count;
        rows.Add(new RowInfo(budget.Unit.Code, null, budget.Unit.Name));
        foreach (var u in budget.SubUnits)
            if (index.TryAdd(u.Code, rows.Count)) rows.Add(new RowInfo(u.Code, null, u.Name));
        var extra = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var atom in atoms)
            if (atom.Unit is { } code && !index.ContainsKey(code) && MakesRows(cp, atom)) extra.Add(code);
        foreach (var code in extra)
        {
            index[code] = rows.Count;
            rows.Add(new RowInfo(code, null, code));
        }

        var hits = new HitsBuilder(atoms.Length);
        for (int a = 0; a < atoms.Length; a++)
        {
            hits.StartAtom(a);
            ulong m = ColumnMask(cp, CompiledPart.Any, atoms[a]);
            if (m == 0) continue;
            hits.Add(0, m);
            if (index.TryGetValue(atoms[a].Unit ?? budget.Unit.Code, out int r)) hits.Add(r, m);
        }
        return hits.Build(cp, rows.ToArray());
    }

    private sealed class HitsBuilder(int atomCount)
    {
        private readonly int[] _start = new int[atomCount + 1];
        private readonly List<int> _rows = new(atomCount * 4);
        private readonly List<ulong> _columns = new(atomCount * 4);

        /// <summary>Hits added from now on belong to <paramref name="atom"/> (atoms in order, each once).</summary>
        public void StartAtom(int atom) => _start[atom] = _rows.Count;

        public void Add(int row, ulong columns)
        {
            _rows.Add(row);
            _columns.Add(columns);
        }

        public PartLayout Build(CompiledPart cp, RowInfo[] rows)
        {
            _start[atomCount] = _rows.Count;
            return new PartLayout(cp.Table, cp.Part, rows, _start, _rows.ToArray(), _columns.ToArray());
        }
    }
}
