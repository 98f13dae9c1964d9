using System.Diagnostics.CodeAnalysis;

namespace Jixiao.Monitoring;

/// <summary>
/// A stretch of the fiscal year that execution figures are reported for: a month (<c>3月</c>) or a quarter
/// (<c>第一季度</c>), as months 1–12 of the budget year. Figures of a period count from its last day on
/// (第二季度 from 6月30日, 7月 from 7月31日): a monitoring at that day includes them.
/// </summary>
public readonly record struct ExecutionPeriod
{
    private ExecutionPeriod(int firstMonth, int lastMonth) => (FirstMonth, LastMonth) = (firstMonth, lastMonth);

    public int FirstMonth { get; }

    /// <summary>The month the period ends with (3 for 第一季度).</summary>
    public int LastMonth { get; }

    public bool IsQuarter => LastMonth - FirstMonth == 2;

    public static ExecutionPeriod Month(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(month, month);
    }

    public static ExecutionPeriod Quarter(int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(quarter * 3 - 2, quarter * 3);
    }

    /// <summary>
    /// Reads <c>3月</c>, <c>03月</c>, <c>M3</c>, <c>第一季度</c>, <c>一季度</c>, <c>第1季度</c>, <c>Q1</c> (blanks and case ignored).
    /// </summary>
    public static bool TryParse(string? text, out ExecutionPeriod period)
    {
        period = default;
        if (text is null) return false;
        var t = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (t.Length == 0) return false;
        if (t[0] == 'Q' && Number(t[1..]) is >= 1 and <= 4 and var q) { period = Quarter(q); return true; }
        if (t[0] == 'M' && Number(t[1..]) is >= 1 and <= 12 and var m0) { period = Month(m0); return true; }
        if (t.EndsWith('月') && Number(t[..^1]) is >= 1 and <= 12 and var m) { period = Month(m); return true; }
        if (t.EndsWith("季度", StringComparison.Ordinal))
        {
            var n = t[..^2];
            if (n.StartsWith('第')) n = n[1..];
            if (Number(n) is >= 1 and <= 4 and var q2) { period = Quarter(q2); return true; }
        }
        return false;
    }

    public static ExecutionPeriod Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"“{text}”不是月份（如“3月”）或季度（如“第一季度”）");

    /// <summary>The last day of the period in the given year.</summary>
    public DateOnly EndIn(int year) => new(year, LastMonth, DateTime.DaysInMonth(year, LastMonth));

    /// <summary><c>3月</c> or <c>第一季度</c>.</summary>
    public override string ToString() => IsQuarter ? $"第{"一二三四"[LastMonth / 3 - 1]}季度" : $"{LastMonth}月";

    private static int? Number([NotNull] string s)
    {
        if (s.Length == 1 && "一二三四五六七八九十".IndexOf(s[0]) is >= 0 and var k) return k + 1;
        if (s.Length == 2 && s[0] == '十' && "一二".IndexOf(s[1]) is >= 0 and var k2) return 11 + k2;
        return s.Length is >= 1 and <= 2 && s.All(char.IsAsciiDigit) ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
