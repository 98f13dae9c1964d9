using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Tables.Rendering;

/// <summary>Groups a budget's lines and “三公” items into <see cref="Atom"/>s in one pass (amounts summed in 分).</summary>
internal static class BudgetAtoms
{
    private readonly record struct Key(string? Functional, string? Economic, ExpenseKind Kind, FundingSource Source, bool CarryOver,
        string? Project, string? Unit, int Item);

    public static Atom[] From(UnitBudget budget)
    {
        var index = new Dictionary<Key, int>(budget.Lines.Count + budget.ThreePublic.Count);
        var keys = new List<Key>(budget.Lines.Count + budget.ThreePublic.Count);
        var sums = new List<long>(budget.Lines.Count + budget.ThreePublic.Count);
        string own = budget.Unit.Code;
        var natures = UnitNatures(budget);
        for (int i = 0; i < budget.Lines.Count; i++)
        {
            var line = budget.Lines[i];
            var unit = line.UnitCode is null || line.UnitCode == own ? null : line.UnitCode;
            Add(new Key(line.Functional.Value, line.Economic?.Value, line.Kind, line.Source, line.CarryOver, line.ProjectCode, unit, -1),
                ToCents(line.Amount.Value, $"预算行 lines[{i}]"));
        }
        for (int i = 0; i < budget.ThreePublic.Count; i++)
        {
            var item = budget.ThreePublic[i];
            Add(new Key(null, null, ExpenseKind.Operating, item.Source, false, null, null, (int)item.Kind),
                ToCents(item.Amount.Value, $"“三公”经费 threePublic[{i}]"));
        }
        var atoms = new Atom[keys.Count];
        for (int i = 0; i < atoms.Length; i++)
        {
            var k = keys[i];
            int nature = natures.TryGetValue(k.Unit ?? own, out var n) ? (int)n : -1;
            atoms[i] = new Atom(k.Functional, k.Economic, k.Kind, k.Source, k.CarryOver, k.Project, k.Unit, nature, k.Item, sums[i]);
        }
        return atoms;

        void Add(Key key, long cents)
        {
            if (index.TryGetValue(key, out int at)) sums[at] += cents;
            else
            {
                index[key] = keys.Count;
                keys.Add(key);
                sums.Add(cents);
            }
        }
    }

    /// <summary>The nature of every unit the budget lists by code: its own unit, then its sub-units (first listing wins).</summary>
    public static Dictionary<string, UnitNature> UnitNatures(UnitBudget budget)
    {
        var natures = new Dictionary<string, UnitNature>(1 + budget.SubUnits.Count, StringComparer.Ordinal) { [budget.Unit.Code] = budget.Unit.Nature };
        foreach (var u in budget.SubUnits) natures.TryAdd(u.Code, u.Nature);
        return natures;
    }

    /// <summary>An amount in 元 as a whole number of 分; throws when it has more than two decimals.</summary>
    public static long ToCents(decimal yuan, string what)
    {
        decimal c = yuan * 100m;
        if (c != decimal.Truncate(c))
            throw new ArgumentException($"{what}：金额 {yuan} 元超过两位小数（以元为单位，最多到分）");
        return (long)c;
    }
}
