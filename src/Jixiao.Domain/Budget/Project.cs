namespace Jixiao.Budget;

/// <summary>A project (项目支出): its code (e.g. 21 characters, <c>13082221GUVC1EHH89GDK</c>) and name; its money is in the lines that name it.</summary>
public sealed record Project(string Code, string Name)
{
    /// <summary>What the money is for (资金用途).</summary>
    public string? Purpose { get; init; }

    /// <summary>The project's performance target declaration (绩效目标); null until declared.</summary>
    public Targets.TargetDeclaration? Targets { get; init; }

    /// <summary>How the year went: money released and spent, indicator actuals (预算执行, 双监控); null until entered.</summary>
    public Monitoring.ProjectExecution? Execution { get; init; }

    /// <summary>The evaluator's entries for the project's own self-evaluation; null until entered.</summary>
    public Evaluations.EvaluationInput? Evaluation { get; init; }

    /// <summary>
    /// A self-evaluation as published (imported from a document): every figure as stated, so that the review rules can
    /// compare it with what follows. A unit's own evaluation is computed from <see cref="Execution"/> and
    /// <see cref="Evaluation"/> instead.
    /// </summary>
    public Evaluations.SelfEvaluation? PublishedEvaluation { get; init; }
}
