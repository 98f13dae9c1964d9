namespace Jixiao.Targets;

/// <summary>
/// A 指标值 (target value) or 实际完成值 (actual value) read into its parts. <see cref="Parse"/> reads every text and never
/// throws: what it cannot read is <see cref="TargetValueKind.Unreadable"/> with a <see cref="Reason"/> in Chinese, so a
/// rule can report it. The grammar is in docs/target-values.md.
/// </summary>
public sealed record TargetValue
{
    /// <summary>The text as given.</summary>
    public required string Text { get; init; }

    public required TargetValueKind Kind { get; init; }

    /// <summary>
    /// For a quantity, how the value relates to its number (Equal when none is printed); for a frequency, to the number
    /// of times; for a reference, to the named amount; Between for a range; None otherwise.
    /// </summary>
    public Comparison Comparison { get; init; }

    /// <summary>The number of a quantity, or the number of times of a frequency (<c>每季度一次</c> → 1次).</summary>
    public Quantity? Value { get; init; }

    /// <summary>The lower end of a range (both ends included).</summary>
    public Quantity? Lower { get; init; }

    /// <summary>The upper end of a range.</summary>
    public Quantity? Upper { get; init; }

    public Deadline? Deadline { get; init; }

    public Frequency? Frequency { get; init; }

    /// <summary>The words of a qualitative value, or the named amount of a reference (<c>年初预算数</c>).</summary>
    public string? Wording { get; init; }

    /// <summary>Description printed before the value, glued or not (<c>住院比例</c> in <c>住院比例55%-85%</c>).</summary>
    public string? Before { get; init; }

    /// <summary>Description printed after the value (<c>服务满意程度</c> in <c>≥95服务满意程度</c>, <c>完成</c> in <c>年底前完成</c>).</summary>
    public string? After { get; init; }

    /// <summary>Why the value is empty or unreadable, in Chinese.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// A printed text as a person would have printed it: converter LaTeX (<c>$\geq 92\%$</c>) becomes its characters
    /// (<c>≥92%</c>); any other text is returned unchanged. For rendering forms, never for reading them.
    /// </summary>
    public static string WithoutMarkup(string text) => TargetText.WithoutMarkup(text);

    /// <summary>Reads a target or actual value; never throws (null, empty, garbage and huge numbers included).</summary>
    public static TargetValue Parse(string? text) => TargetValueParser.Parse(text);
}
