using Jixiao.Codes;

namespace Jixiao.Evaluations.Scoring;

/// <summary>What a template is scored from: the money, the evaluator's scores of judged items, the indicators.</summary>
public sealed record ScoringInput
{
    public ScoringFunds Funds { get; init; } = new(null, null, null);

    /// <summary>
    /// The evaluator's scores of the template's judged items, by item key (<c>业务管理/管理制度健全性</c>) or by name when
    /// the name is unique in the template (<c>项目立项规范性</c>).
    /// </summary>
    public IReadOnlyDictionary<string, JudgedScore> Judged { get; init; } = new Dictionary<string, JudgedScore>();

    public IReadOnlyList<IndicatorInput> Indicators { get; init; } = [];

    /// <summary>The budget year, for deadlines printed without a year.</summary>
    public FiscalYear? Year { get; init; }
}
