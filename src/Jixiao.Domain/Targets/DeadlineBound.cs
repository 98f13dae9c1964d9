namespace Jixiao.Targets;

/// <summary>The word after a date: whether the work is due on it, by it, or within it.</summary>
public enum DeadlineBound
{
    /// <summary>No word: <c>6月底</c>, <c>4月</c>.</summary>
    On,
    /// <summary>前, 之前, 以前, or a ≤ / 不晚于 before the date.</summary>
    Before,
    /// <summary>内, 以内, 之内: <c>年内</c>.</summary>
    Within,
}
