using System.Globalization;

namespace Jixiao.Budget;

/// <summary>Gives every budget line a stable identity (<see cref="BudgetLine.Id"/>) when it is created or imported.</summary>
public static class LineIds
{
    private const string Prefix = "L";

    /// <summary>
    /// The budget with an id on every line: lines that have one keep it, the others get <c>L1</c>, <c>L2</c>, … after the
    /// highest number already used, so that an id is never given twice to two lines of the same budget's history.
    /// </summary>
    public static UnitBudget Identified(UnitBudget budget)
    {
        if (budget.Lines.All(l => l.Id is not null)) return budget;
        int next = Highest(budget.Lines) + 1;
        var lines = budget.Lines.Select(l => l.Id is null ? l with { Id = Prefix + (next++).ToString(CultureInfo.InvariantCulture) } : l).ToList();
        return budget with { Lines = lines };
    }

    /// <summary>The next id to give a new line of <paramref name="lines"/>.</summary>
    public static string Next(IEnumerable<BudgetLine> lines) => Prefix + (Highest(lines) + 1).ToString(CultureInfo.InvariantCulture);

    private static int Highest(IEnumerable<BudgetLine> lines)
    {
        int highest = 0;
        foreach (var l in lines)
            if (l.Id is { Length: > 1 } id && id.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > highest)
                highest = n;
        return highest;
    }
}
