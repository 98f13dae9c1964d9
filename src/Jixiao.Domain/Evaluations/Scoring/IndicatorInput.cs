using Jixiao.Targets;

namespace Jixiao.Evaluations.Scoring;

/// <summary>One of the project's indicators to score: its 一级 (the section it falls in), name, target and actual.</summary>
public sealed record IndicatorInput(Level1Indicator Level1, string Name, TargetValue Target, TargetValue Actual)
{
    /// <summary>The 二级 indicator when known (a bare cost or time target is a ceiling).</summary>
    public Level2Indicator? Level2 { get; init; }

    /// <summary>Its points (分值); null shares the section's remaining points evenly with the others without any.</summary>
    public decimal? Points { get; init; }

    /// <summary>The evaluator's score: required for a qualitative indicator, and used when completion cannot be computed.</summary>
    public JudgedScore? Judged { get; init; }

    /// <summary>An indicator read from a self-evaluation form.</summary>
    public static IndicatorInput From(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Level1, row.Name, row.Target, row.Actual) { Level2 = row.Level2 };
    }
}
