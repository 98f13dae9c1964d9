namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// A template scored: every section and item, the total and the grade. The total and grade are null while an item is
/// unscored or a problem of the whole sheet stands (indicator points that do not add up).
/// </summary>
public sealed record ScoreSheet(ScoreTemplate Template, IReadOnlyList<SectionResult> Sections)
{
    /// <summary>Problems of the sheet as a whole, in Chinese.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public IEnumerable<ItemScore> Items => Sections.SelectMany(s => s.Items);

    /// <summary>Every reason the sheet is not complete: the sheet's problems, then each rejected item's.</summary>
    public IEnumerable<string> Rejections =>
        Problems.Concat(Items.Where(i => i.Rejection is not null).Select(i => $"{i.Section}/{i.Name}：{i.Rejection}"));

    public decimal? Total =>
        Problems.Count == 0 && Sections.All(s => s.Score is not null) ? Sections.Sum(s => s.Score!.Value) : null;

    public string? Grade => Total is { } total ? Template.Grades.GradeOf(total) : null;
}
