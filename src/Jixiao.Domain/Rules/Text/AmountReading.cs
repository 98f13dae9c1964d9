namespace Jixiao.Rules.Text;

/// <summary>
/// How a stated amount reads: the vocabulary match of its label (null when the label names nothing known), the
/// readings that apply in its context, whether it is only named to be skipped, and whether it is last year's.
/// </summary>
internal sealed record AmountReading(LabelMatch? Match, IReadOnlyList<LabelTarget> Targets, string? Context, bool PriorYear)
{
    public bool Resolved => Targets.Count > 0 && !Skip;

    public bool Skip => Targets.Any(t => t.Kind == LabelTargetKind.Skip);
}
