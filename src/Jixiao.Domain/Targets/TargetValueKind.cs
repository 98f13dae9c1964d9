namespace Jixiao.Targets;

/// <summary>What a 指标值 (target value) or 实际完成值 (actual value) turned out to be.</summary>
public enum TargetValueKind
{
    /// <summary>Nothing written, or only a placeholder (<c>—</c>, <c>/</c>).</summary>
    Empty,
    /// <summary>A number with an optional comparison and unit: <c>≥95%</c>, <c>≤10万元</c>, <c>2人</c>, <c>60分钟以下</c>.</summary>
    Quantity,
    /// <summary>Two numbers, both ends included: <c>60%-70%</c>, <c>住院比例55%-85%</c>.</summary>
    Range,
    /// <summary>A date or calendar period the work must be done by: <c>2022年12月20日前</c>, <c>6月底</c>, <c>年底前完成</c>.</summary>
    Deadline,
    /// <summary>A recurring period, with how often in it when given: <c>每季度</c>, <c>每季度一次</c>.</summary>
    Frequency,
    /// <summary>
    /// A comparison with a named amount instead of a number: <c>不超过年初预算数</c>. Kept apart from qualitative text
    /// because a rule can check it against the project's money.
    /// </summary>
    Reference,
    /// <summary>Words only: <c>及时响应</c>, <c>显著提升</c>. An evaluator judges it; it is read, not unreadable.</summary>
    Qualitative,
    /// <summary>Something that is neither a value nor words (<c>≥</c>, <c>%</c>, <c>abc</c>, a number too large); see the reason.</summary>
    Unreadable,
}
