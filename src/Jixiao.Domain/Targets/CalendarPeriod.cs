namespace Jixiao.Targets;

/// <summary>The calendar period of a frequency (每季度, 每月).</summary>
public enum CalendarPeriod
{
    Day,
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
}
