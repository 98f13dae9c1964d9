using Jixiao.Budget;

namespace Jixiao.Documents.Import;

/// <summary>
/// A unit budget rebuilt from a published disclosure, with the notes of what the importer had to infer or choose
/// (which table it followed where two disagree, how it split economic items and projects over functional 项).
/// </summary>
public sealed record ImportResult(UnitBudget Budget, IReadOnlyList<string> Notes);
