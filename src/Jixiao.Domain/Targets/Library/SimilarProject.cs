namespace Jixiao.Targets.Library;

/// <summary>A project of the library and how like a text it is (0 … 1; see <see cref="TextSimilarity"/>).</summary>
public sealed record SimilarProject(LibraryProject Project, double Similarity);
