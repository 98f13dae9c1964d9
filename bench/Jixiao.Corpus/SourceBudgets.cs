using Jixiao.Budget;
using Jixiao.Documents;
using Jixiao.Money;

namespace Jixiao.Corpus;

/// <summary>
/// The budgets the corpus renders: the demo package (Xinglong 2021) and budgets derived from it with every line's
/// amount outside the projects scaled by a factor drawn from a seeded generator (the other amounts by the budget's overall factor).
/// </summary>
internal static class SourceBudgets
{
    public static string DemoPath(string root) => Path.Combine(root, "src", "Jixiao.Application", "Demo", "xinglong-2021.package.json");

    public static UnitBudget Demo(string root) => DocumentLoader.LoadBudget(DemoPath(root));

    /// <summary>The demo budget with its amounts scaled (seeded: the same seed gives the same budget).</summary>
    public static UnitBudget Derive(UnitBudget demo, int seed)
    {
        var random = new Random(seed);
        decimal overall = 0.5m + (decimal)random.NextDouble() * 1.5m;
        Yuan Scale(Yuan amount, decimal factor) => new(Math.Round(amount.Value * factor, 0, MidpointRounding.AwayFromZero));
        return demo with
        {
            // A project's lines keep their amounts: its declared target form states its money by source.
            Lines = demo.Lines.Select(l => l.ProjectCode is not null ? l
                : l with { Amount = Scale(l.Amount, overall * (0.7m + (decimal)random.NextDouble() * 0.6m)) }).ToList(),
            ThreePublic = demo.ThreePublic.Select(t => t with { Amount = Scale(t.Amount, overall) }).ToList(),
            Procurement = demo.Procurement.Select(p => p with { Amount = Scale(p.Amount, overall) }).ToList(),
            Assets = demo.Assets.Select(a => a with { Value = Scale(a.Value, overall) }).ToList(),
        };
    }
}
