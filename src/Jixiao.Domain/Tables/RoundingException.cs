namespace Jixiao.Tables;

/// <summary>
/// <see cref="WanYuanRounding"/> found no rounding of the atoms to 0.01 万元 that keeps every printed aggregate within
/// 0.01 of its exact value (and every required equality). Names the aggregates it could not satisfy.
/// </summary>
public sealed class RoundingException(string message, IReadOnlyList<string> unsatisfied) : Exception(message)
{
    /// <summary>The aggregates (table, row, column) still out of bounds, at most ten.</summary>
    public IReadOnlyList<string> Unsatisfied { get; } = unsatisfied;
}
