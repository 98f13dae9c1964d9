namespace Jixiao.Rules.Text;

/// <summary>
/// A share stated in a sentence (<c>占9.80%</c>, <c>占总支出的9.8%</c>, <c>占比20</c>): the amount it is a share of,
/// the label of the whole when printed (<c>总支出</c>), the percentage, and whether the % sign is there.
/// </summary>
public sealed record StatedShare(StatedAmount? Amount, string? BaseLabel, TextToken Percent, bool HasPercentSign, string Printed, int Start);
