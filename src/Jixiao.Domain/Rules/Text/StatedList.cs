namespace Jixiao.Rules.Text;

/// <summary>
/// A total stated in a sentence and the parts listed after it at one nesting level (“共计安排16.18万元，主要用于办公费
/// 4.55万元、差旅费1万元…”; a bracketed “(其中：…)” after a part is a list of its own). <see cref="Parent"/> is null for
/// amounts merely listed together without a total.
/// </summary>
public sealed record StatedList(StatedAmount? Parent, IReadOnlyList<StatedAmount> Parts);
