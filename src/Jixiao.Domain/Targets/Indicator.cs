namespace Jixiao.Targets;

/// <summary>
/// A 三级指标 (level-3 indicator): the project's own indicator under a fixed level-2 one, with its 指标值 (target value)
/// read into its parts. The Hebei layout adds 绩效指标描述 and 指标值确定依据.
/// </summary>
public sealed record Indicator(Level2Indicator Level2, string Name, TargetValue Target)
{
    public Level1Indicator Level1 => IndicatorFramework.Parent(Level2);

    /// <summary>绩效指标描述 (Hebei).</summary>
    public string? Description { get; init; }

    /// <summary>指标值确定依据 (Hebei), e.g. 冀财社〔2020〕147号文件要求.</summary>
    public string? Basis { get; init; }

    /// <summary>The line of the document the indicator's row is on; 0 when not from a document.</summary>
    public int Line { get; init; }
}
