using Jixiao.Text;

namespace Jixiao.Targets;

/// <summary>
/// A 三级指标 (level-3 indicator): the project's own indicator under a fixed level-2 one, with its 指标值 (target value)
/// read into its parts. The Hebei layout adds 绩效指标描述 and 指标值确定依据.
/// </summary>
public sealed record Indicator(Level2Indicator Level2, string Name, TargetValue Target)
{
    public Level1Indicator Level1 => IndicatorFramework.Parent(Level2);

    /// <summary>绩效指标描述 (Hebei).</summary>
    public string? Description { get; init; }

    /// <summary>指标值确定依据 (Hebei), e.g. 冀财社〔2020〕147号文件要求.</summary>
    public string? Basis { get; init; }

    /// <summary>The line of the document the indicator's row is on; 0 when not from a document.</summary>
    public int Line { get; init; }

    /// <summary>
    /// True when <paramref name="name"/> (under <paramref name="level2"/>, when given) names this indicator, as a reading,
    /// an evaluator's entry or a workbook row may name it.
    /// </summary>
    public bool IsNamedBy(string name, Level2Indicator? level2 = null) => Matches(Name, Level2, name, level2);

    /// <summary>
    /// The one way a named indicator is matched to another naming of it, everywhere (monitoring, evaluation, PKG-08):
    /// the names in their <see cref="Names.Normalize"/> form — white space (a trailing or full-width space), full-width
    /// forms and list numbering do not tell two names apart, as the workbook reader already compares them — and the
    /// 二级 only when both give one (a name repeated under two 二级 then needs it).
    /// </summary>
    public static bool Matches(string name, Level2Indicator? level2, string otherName, Level2Indicator? otherLevel2) =>
        (level2 is not { } a || otherLevel2 is not { } b || a == b) && SameName(name, otherName);

    /// <summary>True when two printed indicator names are the same name (see <see cref="Matches"/>).</summary>
    public static bool SameName(string a, string b) =>
        string.Equals(Names.Normalize(a), Names.Normalize(b), StringComparison.Ordinal);
}
