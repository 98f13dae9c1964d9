namespace Jixiao.Targets.Library;

/// <summary>
/// One 三级 indicator of the library: every indicator under the same 二级 whose name is the same once normalised
/// (<see cref="Text.Names.Normalize"/>: spaces, full-width forms, list numbering) is one entry. All counts are of
/// forms, not rows: a Shanxi form printing the indicator in both halves counts once, and a value it prints in both
/// halves counts once.
/// </summary>
public sealed record IndicatorEntry
{
    public required Level2Indicator Level2 { get; init; }

    public Level1Indicator Level1 => IndicatorFramework.Parent(Level2);

    /// <summary>The normalised name the entry is keyed by.</summary>
    public required string Key { get; init; }

    /// <summary>The name as most forms print it (among equals, the first in ordinal order).</summary>
    public required string Name { get; init; }

    /// <summary>Every printed form of the name with its count, the most common first.</summary>
    public required IReadOnlyList<Tallied<string>> PrintedNames { get; init; }

    /// <summary>The forms that print it, in the order they were added to the library.</summary>
    public required IReadOnlyList<LibraryProject> Projects { get; init; }

    /// <summary>How many forms print it.</summary>
    public int Forms => Projects.Count;

    /// <summary>The units of its quantities and ranges (<c>万元</c>, <c>%</c>; empty text for a bare number), the most common first.</summary>
    public required IReadOnlyList<Tallied<string>> Units { get; init; }

    /// <summary>
    /// Its 指标值 (<see cref="ComparisonSign.ValueText"/>: a plain quantity in one spelling, <c>≤ 4197 万元</c> → <c>≤4197万元</c>;
    /// others as printed), the most common first; empty values left out.
    /// </summary>
    public required IReadOnlyList<Tallied<string>> Values { get; init; }

    /// <summary>
    /// The smallest and largest number of its quantities and ranges in their most common unit, when all of them convert
    /// to it (万元 ↔ 元; not 人 and 次, nor 元 and 元/年); null otherwise or when it has no quantity.
    /// </summary>
    public ValueRange? Range { get; init; }

    /// <summary>The comparisons of its values (≥, ≤, = …; Between for a range), the most common first.</summary>
    public required IReadOnlyList<Tallied<Comparison>> Comparisons { get; init; }

    /// <summary>A 绩效指标描述 a Hebei form gives (the first that says more than the name); null when none does.</summary>
    public string? ExampleDescription { get; init; }

    /// <summary>A 指标值确定依据 a Hebei form gives (the first one); null when none does.</summary>
    public string? ExampleBasis { get; init; }
}
