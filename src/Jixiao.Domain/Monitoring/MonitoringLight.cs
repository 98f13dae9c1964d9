namespace Jixiao.Monitoring;

/// <summary>The colour of a monitoring light (亮灯), from a progress ratio and <see cref="MonitoringThresholds"/>.</summary>
public enum MonitoringLight
{
    /// <summary>红灯: progress far behind (ratio below <see cref="MonitoringThresholds.RedBelow"/>).</summary>
    Red,
    /// <summary>黄灯: behind (from the red line to below the green line).</summary>
    Yellow,
    /// <summary>绿灯: on track.</summary>
    Green,
    /// <summary>蓝灯: an indicator far ahead of plan (from <see cref="MonitoringThresholds.BlueFrom"/>): the target may be too low.</summary>
    Blue,
}
