using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Jixiao.Codes;

/// <summary>A budget's fiscal year (预算年度), a calendar year from 2000 to 2099.</summary>
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    public const int MinValue = 2000;
    public const int MaxValue = 2099;

    public FiscalYear(int value)
    {
        if (value is < MinValue or > MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"预算年度应在 {MinValue}–{MaxValue} 之间");
        Value = value;
    }

    public int Value { get; }

    /// <summary>The year before, whose figures a budget compares itself with (上年).</summary>
    public FiscalYear Previous => new(Value - 1);

    public static bool TryParse(string? text, out FiscalYear year)
    {
        year = default;
        if (text is null) return false;
        text = text.Trim().TrimEnd('年');
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v is < MinValue or > MaxValue) return false;
        year = new FiscalYear(v);
        return true;
    }

    public static FiscalYear Parse(string text) =>
        TryParse(text, out var y) ? y : throw new FormatException($"“{text}”不是有效的预算年度（应为 {MinValue}–{MaxValue} 的四位年份）");

    public int CompareTo(FiscalYear other) => Value.CompareTo(other.Value);
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
