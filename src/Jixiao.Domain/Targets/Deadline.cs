using Jixiao.Codes;

namespace Jixiao.Targets;

/// <summary>
/// A date or calendar period a target must be reached by: <c>2022年12月20日前</c> (2022, 12, 20, Before),
/// <c>6月底</c> (month 6, end of period), <c>年底前</c> (no year or month, end of period, Before), <c>4月</c>.
/// The parser only builds valid dates (a day exists in its month; 2月29日 without a year is allowed).
/// </summary>
/// <param name="Year">The calendar year when printed (1900–2099).</param>
/// <param name="Month">1–12, or null for a year-level deadline (<c>年内</c>, <c>2022年底</c>).</param>
/// <param name="Day">1–31, only with a month.</param>
/// <param name="EndOfPeriod">底 / 末 / 终: the end of the month or year.</param>
/// <param name="Bound">前 / 内 after the date, or none.</param>
public sealed record Deadline(int? Year, int? Month, int? Day, bool EndOfPeriod, DeadlineBound Bound)
{
    /// <summary>
    /// The last day on which the target is still met, reading the year from <paramref name="budgetYear"/> when none is
    /// printed. 前 includes the named day, month or year, as in deadlines of 公文 (<c>12月20日前</c> means by 20 December);
    /// a month without a day means its last day, a year without a month 31 December. A 2月29日 in a year without one
    /// becomes 28 February.
    /// </summary>
    public DateOnly LatestDate(FiscalYear budgetYear)
    {
        int year = Year ?? budgetYear.Value;
        if (Month is not { } month) return new DateOnly(year, 12, 31);
        int last = DateTime.DaysInMonth(year, month);
        return new DateOnly(year, month, Day is { } day ? Math.Min(day, last) : last);
    }
}
