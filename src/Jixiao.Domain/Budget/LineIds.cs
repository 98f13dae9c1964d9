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

    /// <summary>
    /// <paramref name="next"/> with the ids of <paramref name="previous"/> carried over to the lines that are the same
    /// line again (an uploaded workbook or document has no ids): same classification, kind, source, project and unit —
    /// the one of equal amount first — each previous id used once; the rest get new ids after the highest ever given.
    /// </summary>
    public static UnitBudget Carried(UnitBudget previous, UnitBudget next)
    {
        var free = previous.Lines.Where(l => l.Id is not null && next.Lines.All(n => n.Id != l.Id))
            .GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
        var lines = new List<BudgetLine>(next.Lines.Count);
        foreach (var line in next.Lines)
        {
            if (line.Id is null && free.TryGetValue(Key(line), out var same) && same.Count > 0)
            {
                var match = same.FirstOrDefault(p => p.Amount == line.Amount) ?? same[0];
                same.Remove(match);
                lines.Add(line with { Id = match.Id });
            }
            else lines.Add(line);
        }
        int highest = Math.Max(Highest(previous.Lines), Highest(lines));
        int n = highest + 1;
        return next with { Lines = lines.Select(l => l.Id is null ? l with { Id = Prefix + (n++).ToString(CultureInfo.InvariantCulture) } : l).ToList() };
    }

    private static (string, string?, ExpenseKind, FundingSource, string?, string?, bool) Key(BudgetLine l) =>
        (l.Functional.Value, l.Economic?.Value, l.Kind, l.Source, l.ProjectCode, l.UnitCode, l.CarryOver);

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
