using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Monitoring;

/// <summary>
/// How a project's year went (预算执行): the budget as adjusted during the year, the money released and spent by source
/// and by month or quarter, and its indicators' actuals at dates. The budget as approved is not repeated here — it is
/// the project's lines (and the declaration's split by source). In 元; no I/O.
/// </summary>
public sealed record ProjectExecution
{
    /// <summary>
    /// 全年预算数 by source after the year's adjustments (追加, 调减); empty when the budget was not adjusted, the project's
    /// lines then being the year's budget.
    /// </summary>
    public IReadOnlyList<(FundSource Source, Yuan Amount)> AdjustedBudget { get; init; } = [];

    /// <summary>Money released and spent, by period and source, in the order entered.</summary>
    public IReadOnlyList<FundsFlow> Flows { get; init; } = [];

    /// <summary>The indicators' actuals, each at its date, in the order entered.</summary>
    public IReadOnlyList<IndicatorReading> Readings { get; init; } = [];

    /// <summary>Why spending exceeds the money released or the budget (a reviewer accepts it only explained); null when none.</summary>
    public string? Explanation { get; init; }

    public bool IsEmpty => AdjustedBudget.Count == 0 && Flows.Count == 0 && Readings.Count == 0 && Explanation is null;

    /// <summary>The adjusted budget's total; null when not adjusted.</summary>
    public Yuan? AdjustedTotal
    {
        get
        {
            if (AdjustedBudget.Count == 0) return null;
            var sum = Yuan.Zero;
            foreach (var (_, amount) in AdjustedBudget) sum += amount;
            return sum;
        }
    }

    /// <summary>Released and spent up to and including the period ending in <paramref name="month"/> (0 → nothing yet).</summary>
    public (Yuan Released, Yuan Spent) Through(int month)
    {
        Yuan released = Yuan.Zero, spent = Yuan.Zero;
        foreach (var f in Flows)
            if (f.Period.LastMonth <= month) { released += f.Released; spent += f.Spent; }
        return (released, spent);
    }

    /// <summary>
    /// The latest reading of an indicator on or before <paramref name="date"/>, matched as <see cref="Indicator.Matches"/>
    /// matches names everywhere; null when none.
    /// </summary>
    public IndicatorReading? LatestReading(string indicator, Level2Indicator? level2, DateOnly date)
    {
        IndicatorReading? latest = null;
        foreach (var r in Readings)
        {
            if (r.AsOf > date || !Indicator.Matches(r.Indicator, r.Level2, indicator, level2)) continue;
            if (latest is null || r.AsOf >= latest.AsOf) latest = r;
        }
        return latest;
    }
}
