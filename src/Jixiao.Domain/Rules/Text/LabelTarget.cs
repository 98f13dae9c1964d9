namespace Jixiao.Rules.Text;

/// <summary>
/// One reading of a label: the kind, the figure key or catalog code, the context it applies in (三公, 运行经费, 收入,
/// 支出; null everywhere), and whether the label must hold nothing but qualifiers in front of the name.
/// </summary>
public sealed record LabelTarget(LabelTargetKind Kind, string Key, string? Context = null, bool Exact = false)
{
    /// <summary>Identity of the money named, e.g. <c>fig:personnel</c>, <c>economic:303</c>.</summary>
    public string Id => Kind switch
    {
        LabelTargetKind.Figure => "fig:" + Key,
        LabelTargetKind.Class => "class:" + Key,
        LabelTargetKind.Economic => "economic:" + Key,
        LabelTargetKind.Functional => "functional:" + Key,
        _ => "skip:" + Key,
    };
}
