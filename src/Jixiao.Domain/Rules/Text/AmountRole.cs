namespace Jixiao.Rules.Text;

/// <summary>What an amount in a sentence states.</summary>
public enum AmountRole
{
    /// <summary>A figure of the budget (收入6596.36万元, 办公费4.55万元).</summary>
    Level,
    /// <summary>A change against last year (比上年增加1.5万元).</summary>
    Change,
}
