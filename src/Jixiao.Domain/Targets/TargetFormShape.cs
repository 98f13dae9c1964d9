namespace Jixiao.Targets;

/// <summary>
/// What a target form's layout declares about it, so that rules ask the form rather than its layout's name: how a
/// finding names the form, whether it has an 实施期 beside its 年度 (money columns and indicator halves), and the
/// headings of its goal blocks. The reader sets it from the layout it read the form in.
/// </summary>
/// <param name="FormName">How findings name the form (绩效目标申报表“…”).</param>
/// <param name="HasImplementationPeriod">True when the form has an 实施期 column and indicator half beside the 年度.</param>
/// <param name="ImplementationGoal">The heading of the goal block of the 实施期 (实施期总体目标).</param>
/// <param name="AnnualGoal">The heading of the goal block of the year (年度总体目标).</param>
public sealed record TargetFormShape(string FormName, bool HasImplementationPeriod, string ImplementationGoal, string AnnualGoal)
{
    /// <summary>The Shanxi 项目支出绩效目标申报表: 实施期 | 年度.</summary>
    public static TargetFormShape ShanxiDeclaration { get; } = new("绩效目标申报表", true, "实施期总体目标", "年度总体目标");

    /// <summary>The Hebei 绩效目标表: one year, one goal block (绩效目标).</summary>
    public static TargetFormShape HebeiTable { get; } = new("绩效目标表", false, "绩效目标", "绩效目标");
}
