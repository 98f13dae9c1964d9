using Jixiao.Targets;

namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// A section (一级) of a score template: either fixed items (投入 20 = 项目立项规范性 3 + …), or the project's own
/// indicators under one 一级 indicator sharing the section's points (产出指标 50).
/// </summary>
public sealed record ScoreSectionTemplate(string Name, decimal Points, IReadOnlyList<ScoreItemTemplate> Items)
{
    /// <summary>The 一级 indicator whose indicators fill the section; null for a section of fixed items.</summary>
    public Level1Indicator? Indicators { get; init; }

    /// <summary>
    /// Where the section's points go when the project has no indicator for it (满意度指标 10 → 产出指标 5, 效益指标 5):
    /// section name and points; empty when the points cannot move.
    /// </summary>
    public IReadOnlyList<(string Section, decimal Points)> WhenEmpty { get; init; } = [];
}
