using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Tables.Rendering;

namespace Jixiao.Tables;

/// <summary>
/// Derives a table set's disclosure tables from a unit budget kept in 元: every table of the set, empty ones with
/// their note; rows by the part's row source (functional / economic codes with the year's catalog names, the 30
/// expenditure classes, fixed rows, projects, units); a cell is the sum of the money passing the part filter, the
/// row measure and the column measure. Exact in 元 for checking, or in 万元 rounded so that printed sums add up
/// (<see cref="WanYuanRounding"/>). Stateless and thread-safe. The projects' target forms are not among the tables: a
/// caller that checks them adds <see cref="Targets.TargetForms.AsDeclared"/>, with the shapes of its layouts.
/// </summary>
public static class TableRenderer
{
    /// <summary>
    /// Renders <paramref name="budget"/> with the tables of <paramref name="set"/>. Throws
    /// <see cref="UnknownCodeException"/> for a functional or economic code the year's catalog does not list,
    /// <see cref="KeyNotFoundException"/> when no catalog is shipped for the year, and <see cref="RoundingException"/>
    /// in the (not observed) case that no rounding satisfies every printed sum.
    /// </summary>
    public static Disclosure Render(UnitBudget budget, TableSet set, RenderPrecision precision)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(set);
        var catalogs = CatalogSet.For(budget.Year);
        var atoms = BudgetAtoms.From(budget);
        Validate(atoms, catalogs);

        var compiled = CompiledSet.Of(set);
        var layouts = new PartLayout[compiled.Parts.Count];
        for (int p = 0; p < layouts.Length; p++) layouts[p] = LayoutBuilder.Build(compiled.Parts[p], atoms, budget, catalogs);

        var exactAtoms = new long[atoms.Length];
        for (int a = 0; a < atoms.Length; a++) exactAtoms[a] = atoms[a].Cents;
        bool exact = precision == RenderPrecision.ExactYuan;
        var cells = new long[layouts.Length][];
        long[] values;
        if (exact)
        {
            values = exactAtoms;
            for (int p = 0; p < layouts.Length; p++) cells[p] = layouts[p].Sum(values);
        }
        else
        {
            var exactCells = new long[layouts.Length][];
            for (int p = 0; p < layouts.Length; p++) exactCells[p] = layouts[p].Sum(exactAtoms);
            values = AtomRounding.Round(atoms, layouts, set, exactAtoms, exactCells);
            for (int p = 0; p < layouts.Length; p++) cells[p] = layouts[p].Sum(values);
        }

        string unit = exact ? "元" : "万元";
        var disclosure = new Disclosure
        {
            Source = $"{budget.Unit.Code}{budget.Unit.Name} {budget.Year.Value}年预算数据（{(exact ? "精确，元" : "万元")}）",
            Kind = DocumentKind.UnitBudget,
            Set = set,
            UnitCode = budget.Unit.Code,
            UnitName = budget.Unit.Name,
            Year = budget.Year,
            UnitNatures = NaturesWithMoney(atoms, budget),
        };

        int at = 0;
        foreach (var template in set.Tables)
        {
            var table = new DisclosureTable(template, template.Title) { Unit = unit, Exact = exact };
            table.HeaderLines.Add(budget.Unit.Code + budget.Unit.Name);
            table.HeaderLines.Add($"预算年度：{budget.Year.Value}");
            table.HeaderLines.Add($"单位：{unit}");
            foreach (var _ in template.Parts)
            {
                var layout = layouts[at];
                table.Parts.Add(BuildPart(layout, cells[at], exact));
                at++;
            }
            if (table.IsEmpty) table.Note = template.EmptyNote;
            disclosure.Tables.Add(table);
        }

        AddProjects(disclosure, budget, atoms, values, exact, unit);
        if (budget.PriorYear is { } prior && CatalogSet.AvailableYears.Contains(prior.Year.Value))
            disclosure.PriorYear = Render(prior, set, precision);
        return disclosure;
    }

    /// <summary>The natures of the listed units that have line money (the own unit's when none has).</summary>
    private static UnitNature[] NaturesWithMoney(Atom[] atoms, UnitBudget budget)
    {
        uint bits = 0;
        foreach (var atom in atoms)
            if (!atom.IsItem && atom.Cents != 0 && atom.Nature >= 0) bits |= 1u << atom.Nature;
        if (bits == 0) return [budget.Unit.Nature];
        return Enum.GetValues<UnitNature>().Where(n => (bits & (1u << (int)n)) != 0).ToArray();
    }

    private static void Validate(Atom[] atoms, CatalogSet catalogs)
    {
        foreach (var atom in atoms)
        {
            if (atom.IsItem) continue;
            catalogs.Functional.Get(atom.Functional!);
            if (atom.Economic is { } e) catalogs.DepartmentalEconomic.Get(e);
        }
    }

    private static DisclosurePart BuildPart(PartLayout layout, long[] cells, bool exact)
    {
        var part = new DisclosurePart(layout.Part);
        int cols = layout.ColumnCount;
        for (int r = 0; r < layout.Rows.Length; r++)
        {
            var values = new Figure?[cols];
            for (int c = 0; c < cols; c++) values[c] = ToFigure(cells[r * cols + c], exact);
            var row = layout.Rows[r];
            part.Rows.Add(new DisclosureRow(row.Key, row.Code, row.Label, values)
            {
                GovernmentCode = row.GovernmentCode,
                GovernmentLabel = row.GovernmentLabel,
            });
        }
        return part;
    }

    /// <summary>分 → 元 (exact) or units of 0.01 万元 → 万元 printed with two decimals.</summary>
    private static Figure ToFigure(long value, bool exact) =>
        exact ? Figure.Exact(value * 0.01m) : Figure.Printed(value * 0.01m, 2);

    private static void AddProjects(Disclosure disclosure, UnitBudget budget, Atom[] atoms, long[] values, bool exact, string unit)
    {
        if (budget.Projects.Count == 0) return;
        var sums = new Dictionary<string, long>(budget.Projects.Count, StringComparer.Ordinal);
        for (int a = 0; a < atoms.Length; a++)
            if (atoms[a].Project is { } code)
                sums[code] = sums.GetValueOrDefault(code) + values[a];
        foreach (var p in budget.Projects)
            disclosure.Projects.Add(new DeclaredProject(p.Code, p.Name, ToFigure(sums.GetValueOrDefault(p.Code), exact), unit, 0));
    }
}
