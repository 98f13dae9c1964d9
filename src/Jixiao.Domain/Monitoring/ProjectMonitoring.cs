using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Monitoring;

/// <summary>
/// One project at the monitoring date (双监控): its money — budget, released and spent through the date, 执行率 and the
/// spending lights against time and against its 资金支出计划 — its indicators' progress, and the warnings.
/// </summary>
public sealed record ProjectMonitoring(Project Project)
{
    /// <summary>预算数: the adjusted total when the budget was adjusted, else the project's lines; zero when neither.</summary>
    public Yuan Budget { get; init; }

    public BudgetBasis Basis { get; init; }

    /// <summary>True when any flow of money was entered (of any period, even one after the date).</summary>
    public bool HasFlows { get; init; }

    /// <summary>True when every flow is a quarter (第一季度 …): the money then stands at the last quarter end.</summary>
    public bool ReportsQuarterly { get; init; }

    /// <summary>
    /// The month end the money is counted to and the spending lights' 时间进度 and plan are read at: the complete months
    /// of the date (2023-06-30 → 6, 2023-05-31 → 5); for a quarterly reporter the last quarter ended by then (2023-05-31 → 3).
    /// </summary>
    public int ThroughMonth { get; init; }

    /// <summary>The spending lights' 时间进度: <see cref="ThroughMonth"/> / 12.</summary>
    public decimal TimeProgress => ThroughMonth / 12m;

    /// <summary>Released (下达, 到位) in the periods ended by the date.</summary>
    public Yuan Released { get; init; }

    /// <summary>Spent (实际支出) in the periods ended by the date.</summary>
    public Yuan Spent { get; init; }

    /// <summary>执行率 = spent / budget, unrounded; null without flows or without a budget.</summary>
    public decimal? ExecutionRate { get; init; }

    /// <summary>执行率 ÷ 时间进度 and its light (red, yellow, green).</summary>
    public required ProgressLight Spending { get; init; }

    /// <summary>The cumulative share the 资金支出计划 plans by <see cref="ThroughMonth"/>; null when the declaration has no plan.</summary>
    public decimal? PlannedShare { get; init; }

    /// <summary>执行率 ÷ planned share and its light; null when the declaration has no plan.</summary>
    public ProgressLight? Plan { get; init; }

    /// <summary>The annual indicators with a reading by the date, in the declaration's order.</summary>
    public IReadOnlyList<IndicatorProgress> Indicators { get; init; } = [];

    /// <summary>The annual indicators without any reading by the date.</summary>
    public IReadOnlyList<Indicator> Unread { get; init; } = [];

    public IReadOnlyList<MonitoringWarning> Warnings { get; init; } = [];
}
