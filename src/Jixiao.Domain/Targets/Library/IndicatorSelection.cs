namespace Jixiao.Targets.Library;

/// <summary>
/// What <see cref="IndicatorLibrary.Select"/> returns: the projects most like the text asked for (none without one),
/// and the indicators of the category in framework order of their 二级; within a 二级 those of the similar projects
/// come first, the most similar first, then the rest by how many forms use them.
/// </summary>
public sealed record IndicatorSelection(IndicatorCategory? Category, string? Like, IReadOnlyList<SimilarProject> SimilarProjects, IReadOnlyList<RankedIndicator> Indicators);
