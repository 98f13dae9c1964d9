namespace Jixiao.Monitoring;

/// <summary>A warning (预警) of the monitoring, with its figures in Chinese.</summary>
public sealed record MonitoringWarning(MonitoringWarningKind Kind, string Message);
