namespace Jixiao.Targets;

/// <summary>What a unit measures. Two quantities can only be compared when their units share a dimension and a base.</summary>
public enum Dimension
{
    /// <summary>A bare number, possibly scaled (<c>10万</c>).</summary>
    None,
    /// <summary>Things counted: 人, 个, 次, 家, 册, 类, 项, 户, 件, 人次 … each its own base (people are not visits).</summary>
    Count,
    /// <summary>Shares: <c>%</c>, <c>‰</c> (base %); 个百分点 is a separate base (a difference of shares).</summary>
    Percent,
    /// <summary>元, 千元, 万元, 亿元 (base 元); with a per-part for a unit cost (<c>元/人/年</c>).</summary>
    Money,
    /// <summary>Lengths of time: 秒 … 天 (base 秒), 工作日 (its own base), 月 … 年 (base 月).</summary>
    Duration,
    /// <summary>Points of a score: 分.</summary>
    Score,
    /// <summary>Physical measures: length (米), area (平方米, 亩), mass (千克), volume (立方米).</summary>
    Physical,
}
