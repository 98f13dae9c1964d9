namespace Jixiao.Monitoring;

/// <summary>What a monitoring warning (预警) is about.</summary>
public enum MonitoringWarningKind
{
    /// <summary>The accumulating indicators' (counts, money) mean completion runs ahead of 执行率 by more than the threshold (指标进度快于资金支出).</summary>
    AttainmentAheadOfSpending,
    /// <summary>More than the threshold of the budget left unspent at year end (年末结余过多).</summary>
    UnspentAtYearEnd,
    /// <summary>A project with money has no execution data at all (no flows, no indicator readings).</summary>
    NoData,
}
