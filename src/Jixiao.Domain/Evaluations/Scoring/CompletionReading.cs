namespace Jixiao.Evaluations.Scoring;

/// <summary>How a target was read to decide completion; a score template maps each reading to a formula.</summary>
public enum CompletionReading
{
    /// <summary>Nothing could be read (empty, unreadable, a reference to an amount, a frequency).</summary>
    None,
    /// <summary>≥ / &gt;: met when the actual reaches the target (positive indicator).</summary>
    AtLeast,
    /// <summary>≤ / &lt;, and a bare cost or time target: met when the actual stays within it (reverse indicator).</summary>
    AtMost,
    /// <summary>A bare number other than 0: met when equal.</summary>
    Exact,
    /// <summary>A bare 0 (<c>重复参保人数 0人</c>): met only by 0.</summary>
    ExactZero,
    /// <summary>A range: met within both ends.</summary>
    Range,
    /// <summary>A date or period: met when the work finished by it.</summary>
    Deadline,
    /// <summary>Words only: the evaluator judges.</summary>
    Qualitative,
}
