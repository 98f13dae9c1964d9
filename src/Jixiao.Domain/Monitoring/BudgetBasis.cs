namespace Jixiao.Monitoring;

/// <summary>Which figure a project's budget (预算数) was taken from for the monitoring.</summary>
public enum BudgetBasis
{
    /// <summary>No budget: no line names the project and it was not adjusted.</summary>
    None,
    /// <summary>The project's lines (年初预算).</summary>
    Lines,
    /// <summary>The adjusted budget of its execution (全年预算数, after 追加 / 调减).</summary>
    Adjusted,
}
