namespace Jixiao.Targets;

/// <summary>
/// How a value relates to its number. The words follow 民法典 第一千二百五十九条: 以上、以下、以内 include the number
/// itself, 超过 and 不满 do not.
/// </summary>
public enum Comparison
{
    /// <summary>No comparison applies (qualitative text, a deadline, a bare period).</summary>
    None,
    /// <summary>A bare number or <c>=</c>: the value is exactly this.</summary>
    Equal,
    /// <summary><c>≥</c>, 以上, 不低于, 不少于, 至少, 达到.</summary>
    AtLeast,
    /// <summary><c>≤</c>, 以下, 以内, 不超过, 不高于, 不多于, 控制在.</summary>
    AtMost,
    /// <summary><c>&gt;</c>, 大于, 超过, 高于, 多于.</summary>
    GreaterThan,
    /// <summary><c>&lt;</c>, 小于, 低于, 少于, 不满, 不足.</summary>
    LessThan,
    /// <summary>A range: between its two ends, both included.</summary>
    Between,
}
