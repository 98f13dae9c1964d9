namespace Jixiao.Targets.Library;

/// <summary>An indicator of a selection, with the similar projects that use it (most similar first; empty without a text to be like).</summary>
public sealed record RankedIndicator(IndicatorEntry Entry, IReadOnlyList<SimilarProject> UsedBySimilar);
