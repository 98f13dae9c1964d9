namespace Jixiao.Targets;

/// <summary>A recurring period: <c>每季度</c> is (1, Quarter), <c>每2个月</c> is (2, Month). How often within it is the value's quantity.</summary>
public sealed record Frequency(int Every, CalendarPeriod Period);
