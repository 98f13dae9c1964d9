namespace Jixiao.Rules.Text;

/// <summary>What a number in an explanation sentence is, by the unit that follows it.</summary>
public enum TextTokenKind
{
    /// <summary>Money: <c>万元</c>, <c>亿元</c>, <c>千元</c> or <c>元</c>.</summary>
    Amount,
    /// <summary>A percentage: <c>9.80%</c>, <c>9.8％</c>.</summary>
    Percent,
    /// <summary>A year: four digits followed by <c>年</c> (<c>2021年</c>, <c>2022 年度</c>).</summary>
    Year,
    /// <summary>Any other number (a count, a bare share without its %, <c>个百分点</c>).</summary>
    Number,
}
