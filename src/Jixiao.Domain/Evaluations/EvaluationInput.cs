using Jixiao.Evaluations.Scoring;
using Jixiao.Targets;

namespace Jixiao.Evaluations;

/// <summary>
/// What the evaluator enters for a project's own self-evaluation (绩效自评): the template chosen, the scores of the
/// judged items (within their points, and a qualitative indicator's within its band), an indicator's points where the
/// default split does not fit, the deviation notes, the texts and the people. Everything that follows from the figures
/// (资金到位率, 预算执行率, the indicators' completion) is computed from the project's targets and execution, never entered.
/// </summary>
public sealed record EvaluationInput
{
    /// <summary>The score template's id (<c>shanxi</c>, <c>national</c>, or a province's own).</summary>
    public string Template { get; init; } = "national";

    /// <summary>Judged items by key (<c>业务管理/管理制度健全性</c>) or unique name (<c>项目立项规范性</c>).</summary>
    public IReadOnlyDictionary<string, JudgedScore> Judged { get; init; } = new Dictionary<string, JudgedScore>();

    /// <summary>The entries for the project's indicators, by 三级 name.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators { get; init; } = [];

    /// <summary>项目概况, 项目资金使用情况, 项目组织实施情况, 项目绩效情况, 其他需说明的问题 by heading.</summary>
    public IReadOnlyList<(string Heading, string Text)> Texts { get; init; } = [];

    public IReadOnlyList<Evaluator> Evaluators { get; init; } = [];

    public SignOff? SignOff { get; init; }

    /// <summary>The evaluator's entry for one indicator: its points, a judged score (qualitative, or cannot be computed), the deviation note.</summary>
    public sealed record IndicatorEntry(string Name)
    {
        public Level2Indicator? Level2 { get; init; }

        /// <summary>分值; null takes an even share of its section.</summary>
        public decimal? Points { get; init; }

        public JudgedScore? Judged { get; init; }

        /// <summary>偏差原因分析及改进措施.</summary>
        public string? Deviation { get; init; }
    }
}
