namespace Jixiao.Money;

/// <summary>How a stated total compares with what its parts give.</summary>
public enum Consistency
{
    /// <summary>Equal as printed.</summary>
    Equal,
    /// <summary>Not equal as printed, but the intervals overlap: a rounding gap.</summary>
    WithinRounding,
    /// <summary>The intervals do not overlap: a real difference.</summary>
    Inconsistent,
}

/// <summary>Compares rounded figures the way XBRL Calculations 1.1 does.</summary>
public static class FigureComparison
{
    /// <summary>
    /// Compares a stated figure with a computed one (say a total with the sum of its parts):
    /// equal values are <see cref="Consistency.Equal"/>; otherwise they hold when their intervals overlap.
    /// </summary>
    public static Consistency Compare(Figure stated, Figure computed)
    {
        if (stated.Value == computed.Value) return Consistency.Equal;
        decimal gap = Math.Abs(stated.Value - computed.Value);
        return gap <= stated.HalfWidth + computed.HalfWidth ? Consistency.WithinRounding : Consistency.Inconsistent;
    }

    /// <summary>Sums figures (values and half-widths).</summary>
    public static Figure Sum(IEnumerable<Figure> figures)
    {
        decimal v = 0m, h = 0m;
        foreach (var f in figures) { v += f.Value; h += f.HalfWidth; }
        return new Figure(v, h);
    }
}
