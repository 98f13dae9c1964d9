using Jixiao.Codes;
using Jixiao.Evaluations.Scoring;

namespace Jixiao.Evaluations;

/// <summary>
/// A published self-evaluation beside what follows from its own figures: each indicator's completion, each money item
/// recomputed by its formula, each section's sum of items, the total of the sections and its grade — what a reviewer
/// confirms or corrects. The review rules (EVAL-…) report the differences; this is the whole picture, for
/// <c>jixiao check --json</c>. Items are matched to the template by group and name, as the rules match them.
/// </summary>
public sealed record SelfEvaluationReview(SelfEvaluation Evaluation, ScoreTemplate Template)
{
    public required IReadOnlyList<(IndicatorResult Row, IndicatorCompletion Completion)> Indicators { get; init; }

    public required IReadOnlyList<ItemReview> Items { get; init; }

    /// <summary>Each stated section with the sum of its items' stated scores (null while an item is blank).</summary>
    public required IReadOnlyList<(SectionScore Section, decimal? SumOfItems)> Sections { get; init; }

    /// <summary>The sum of the stated section scores; null while one is blank.</summary>
    public decimal? SumOfSections { get; init; }

    /// <summary>The grade the stated total earns in the template's scale; null without a total.</summary>
    public string? GradeOfTotal { get; init; }

    public static SelfEvaluationReview Of(SelfEvaluation e, ScoreTemplate template)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(template);
        FiscalYear? year = e.Year is >= FiscalYear.MinValue and <= FiscalYear.MaxValue ? new FiscalYear(e.Year.Value) : null;
        var indicators = e.Indicators
            .Select(r => (r, Completion.Of(r.Target, r.Actual, r.Level2, r.Name, year)))
            .ToArray();
        var funds = ScoringFunds.From(e.Funds);
        var items = e.Scores.Select(i => ItemReview.Of(i, TemplateItem(template, i), funds)).ToArray();
        var sections = e.Sections.Select(s =>
        {
            var scores = ScoresOf(e, template, s.Section);
            decimal? sum = scores.Count > 0 && scores.All(x => x is not null) ? scores.Sum(x => x!.Value) : null;
            return (s, sum);
        }).ToArray();
        decimal? ofSections = e.Sections.Count > 0 && e.Sections.All(s => s.Score is not null) ? e.Sections.Sum(s => s.Score!.Value) : null;
        return new SelfEvaluationReview(e, template)
        {
            Indicators = indicators,
            Items = items,
            Sections = sections,
            SumOfSections = ofSections,
            GradeOfTotal = e.Total?.Score is { } total ? template.Grades.GradeOf(total) : null,
        };
    }

    /// <summary>
    /// The template a form follows: the one it names (<see cref="SelfEvaluation.Template"/>), the Shanxi table for a form
    /// read from a document (the only layout read), null for a template not shipped (a province's own: its points are not
    /// known here).
    /// </summary>
    public static ScoreTemplate? TemplateOf(SelfEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string id = string.IsNullOrWhiteSpace(e.Template) ? "shanxi" : e.Template.Trim();
        return ScoreTemplates.AvailableIds.Any(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase)) ? ScoreTemplates.Get(id) : null;
    }

    /// <summary>
    /// The stated scores that make up a section: its fixed items, and on a table that scores the indicators one by one
    /// (the national 产出指标 …) the rows of the section's 一级 indicator.
    /// </summary>
    public static List<decimal?> ScoresOf(SelfEvaluation e, ScoreTemplate? template, string section)
    {
        var scores = new List<decimal?>();
        foreach (var i in e.Scores) if (i.Section == section) scores.Add(i.Score);
        var level1 = template?.Sections.FirstOrDefault(s => s.Name == section)?.Indicators;
        if (level1 is not null)
            foreach (var r in e.Indicators) if (r.Level1 == level1 && (r.Points is not null || r.Score is not null)) scores.Add(r.Score);
        return scores;
    }

    /// <summary>The template's item for a scored row: by group and name, else by name when the name is unique in it.</summary>
    internal static ScoreItemTemplate? TemplateItem(ScoreTemplate template, ScoredItem item)
    {
        ScoreItemTemplate? only = null;
        int named = 0;
        foreach (var i in template.Items)
        {
            if (i.Name != item.Name) continue;
            if (i.Group == item.Group) return i;
            only = i;
            named++;
        }
        return named == 1 ? only : null;
    }
}

/// <summary>
/// One stated score item with the template's points and, for an item that follows from the money (资金到位率,
/// 预算执行率), the score its formula gives and the figures behind it (<c>12579.31 / 12920.21 = 97.36 % × 3 = 2.92</c>).
/// </summary>
public sealed record ItemReview(ScoredItem Item, ScoreItemTemplate? TemplateItem)
{
    /// <summary>The formula's score; null for a judged item or when a figure is missing.</summary>
    public decimal? Computed { get; init; }

    public string? Explanation { get; init; }

    internal static ItemReview Of(ScoredItem item, ScoreItemTemplate? known, ScoringFunds funds)
    {
        var review = new ItemReview(item, known);
        if (known is null || !ScoringFunds.IsMoney(known.Formula)) return review;
        var (over, under, _, _) = funds.Operands(known.Formula);
        if (over is not { } o || under is not { } u || u.Value <= 0m) return review;
        var (score, capped) = Scorer.FundsScore(known.Points, o, u);
        string cap = capped ? $"，以 {ScoreText.Points(known.Points)} 分为限" : "";
        return review with
        {
            Computed = score,
            Explanation = $"{known.Name} {ScoreText.Wan(o)} / {ScoreText.Wan(u)} = {ScoreText.Percent(o.Value / u.Value)} × {ScoreText.Points(known.Points)}{cap} = {ScoreText.Score(score)}",
        };
    }
}
