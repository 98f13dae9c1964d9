namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// The grades of a total, highest first, each with the lowest total that earns it: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 ≥ 0.
/// A threshold belongs to the grade it starts (90 itself is 优; some systems got this boundary wrong).
/// </summary>
public sealed record GradeScale
{
    public GradeScale(IReadOnlyList<(string Grade, decimal Minimum)> thresholds)
    {
        if (thresholds is null || thresholds.Count == 0) throw new ArgumentException("等次表至少要有一个等次", nameof(thresholds));
        Thresholds = thresholds;
    }

    public IReadOnlyList<(string Grade, decimal Minimum)> Thresholds { get; }

    /// <summary>The grade of <paramref name="total"/>; the lowest grade for a total below every threshold.</summary>
    public string GradeOf(decimal total)
    {
        foreach (var (grade, minimum) in Thresholds)
            if (total >= minimum) return grade;
        return Thresholds[^1].Grade;
    }
}
