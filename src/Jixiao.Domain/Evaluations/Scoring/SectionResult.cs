namespace Jixiao.Evaluations.Scoring;

/// <summary>A section's items and their sum; the sum is null while an item is unscored.</summary>
/// <param name="Points">The section's points after any move (满意度指标 0 and 产出指标 55 when there is no 满意度 indicator).</param>
public sealed record SectionResult(string Name, decimal Points, IReadOnlyList<ItemScore> Items)
{
    public decimal? Score => Items.All(i => i.Score is not null) ? Items.Sum(i => i.Score!.Value) : null;
}
