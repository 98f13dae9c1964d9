namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// A score table as data (Data/*.json, or a province's own file through <see cref="ScoreTemplates.Parse(string)"/>):
/// its sections and items with their points and formulas, how each reading of an indicator's target is scored, the
/// qualitative bands, and the grades. <see cref="ScoreTemplates.Parse(string)"/> checks that the points add up.
/// </summary>
public sealed record ScoreTemplate(string Id, string Name, decimal Points, IReadOnlyList<ScoreSectionTemplate> Sections, GradeScale Grades)
{
    /// <summary>Where the template comes from (the seed, 财预〔2020〕10号 …).</summary>
    public string Source { get; init; } = "";

    /// <summary>The formula for each reading of an indicator's target; empty for a template without indicator sections.</summary>
    public IReadOnlyDictionary<CompletionReading, ScoreFormula> IndicatorFormulas { get; init; } =
        new Dictionary<CompletionReading, ScoreFormula>();

    /// <summary>The bands a qualitative indicator is judged in.</summary>
    public IReadOnlyList<QualitativeBand> QualitativeBands { get; init; } = [];

    /// <summary>Every fixed item, in table order.</summary>
    public IEnumerable<ScoreItemTemplate> Items => Sections.SelectMany(s => s.Items);
}
