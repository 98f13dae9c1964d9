namespace Jixiao.Budget;

/// <summary>A project (项目支出): its code (e.g. 21 characters, <c>13082221GUVC1EHH89GDK</c>) and name; its money is in the lines that name it.</summary>
public sealed record Project(string Code, string Name)
{
    /// <summary>What the money is for (资金用途).</summary>
    public string? Purpose { get; init; }

    /// <summary>The project's performance target declaration (绩效目标); null until declared.</summary>
    public Targets.TargetDeclaration? Targets { get; init; }
}
