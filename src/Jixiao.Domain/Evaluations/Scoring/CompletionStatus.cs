namespace Jixiao.Evaluations.Scoring;

/// <summary>Whether an indicator reached its target (evaluation-domain.md, "Completion of one indicator").</summary>
public enum CompletionStatus
{
    /// <summary>The actual satisfies the target.</summary>
    Met,
    /// <summary>The actual falls short; <see cref="IndicatorCompletion.Share"/> says how far when a share means something.</summary>
    NotMet,
    /// <summary>Target and actual cannot be compared (qualitative, unreadable, units that do not convert …); see the reason.</summary>
    CannotTell,
}
