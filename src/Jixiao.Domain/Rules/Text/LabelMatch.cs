namespace Jixiao.Rules.Text;

/// <summary>
/// A label resolved by the vocabulary: the name it ends with (<see cref="Term"/>, normalised), what stands before it,
/// and every reading of that name.
/// </summary>
public sealed record LabelMatch(string Term, string Prefix, IReadOnlyList<LabelTarget> Targets)
{
    /// <summary>The readings that apply in <paramref name="context"/>: those of that context, else those without one, else all.</summary>
    public IReadOnlyList<LabelTarget> For(string? context)
    {
        if (context is not null)
        {
            var inContext = Targets.Where(t => t.Context == context).ToArray();
            if (inContext.Length > 0) return inContext;
        }
        var general = Targets.Where(t => t.Context is null).ToArray();
        return general.Length > 0 ? general : Targets;
    }
}
