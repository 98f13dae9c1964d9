using Jixiao.Evaluations;
using Jixiao.Targets;

namespace Jixiao.Documents.Evaluations;

/// <summary>
/// A self-evaluation as read from a document: the evaluation, the line its title is on, the title as printed, and what
/// was printed but could not be read (or was not found where the form prints it).
/// </summary>
public sealed record SelfEvaluationRead(SelfEvaluation Evaluation, int Line)
{
    /// <summary>The title as printed (<c>晋中市财政支出项目绩效自评表</c>).</summary>
    public string? Title { get; init; }

    /// <summary>Fields printed but not readable, or missing from the form (an empty <see cref="FormReadProblem.Printed"/>).</summary>
    public IReadOnlyList<FormReadProblem> Problems { get; init; } = [];
}
