using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// A change against last year stated in a sentence: the amount it is the change of (or the label of what changed when
/// no amount is stated, “三公经费整体较上年增加2.5万元”), the change in 万元 and its direction (+1 增加, −1 减少), the rate in %
/// and its direction, or 持平 (no change).
/// </summary>
public sealed class StatedChange
{
    public StatedAmount? Subject { get; init; }

    /// <summary>The label of what changed when no amount of it is stated in the sentence.</summary>
    public string? SubjectLabel { get; init; }

    public StatedAmount? Amount { get; internal set; }

    /// <summary>+1 for 增加 / 增长, −1 for 减少 / 下降, 0 for 持平.</summary>
    public int Direction { get; internal set; }

    public TextToken? Rate { get; internal set; }

    public int RateDirection { get; internal set; }

    /// <summary>The rate as printed, e.g. <c>增长10%</c>.</summary>
    public string? RatePrinted { get; internal set; }

    public bool Flat { get; internal set; }

    public int Start { get; init; }
}
