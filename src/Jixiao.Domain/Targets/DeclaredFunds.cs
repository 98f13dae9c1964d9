using Jixiao.Money;

namespace Jixiao.Targets;

/// <summary>
/// A project's money for one column of a target form (实施期 or 年度), in 元: the total the form states and its split
/// by source. The split is kept as printed, so a rule can tell a split that does not add up to the total.
/// </summary>
/// <param name="StatedTotal">
/// 资金总额 as printed on a published form. Null in a unit's own data: there the 年度 total is the project's money in
/// the budget lines — one figure, not a copy that could drift.
/// </param>
/// <param name="Sources">The amounts by source, in printed order; a source left blank is absent.</param>
public sealed record DeclaredFunds(Yuan? StatedTotal, IReadOnlyList<(FundSource Source, Yuan Amount)> Sources)
{
    public static DeclaredFunds Empty { get; } = new(null, []);

    /// <summary>The sum of the sources.</summary>
    public Yuan SourcesTotal
    {
        get
        {
            var sum = Yuan.Zero;
            foreach (var (_, amount) in Sources) sum += amount;
            return sum;
        }
    }

    /// <summary>The amount of one source (zero when absent).</summary>
    public Yuan Of(FundSource source)
    {
        var sum = Yuan.Zero;
        foreach (var (s, amount) in Sources) if (s == source) sum += amount;
        return sum;
    }
}
