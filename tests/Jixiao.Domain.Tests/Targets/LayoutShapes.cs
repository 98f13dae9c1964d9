using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>
/// The shapes the shipped layout files declare (src/Jixiao.Documents/Forms/Layouts/hebei-target-table.json, shanxi-target-declaration.json), copied here:
/// the domain does not read layout files, so its tests give it the shapes as the documents layer does from them.
/// </summary>
internal static class LayoutShapes
{
    public static readonly TargetFormShape Shanxi = new("绩效目标申报表", true, "实施期总体目标", "年度总体目标");

    public static readonly TargetFormShape Hebei = new("绩效目标表", false, "绩效目标", "绩效目标");

    /// <summary>The shape of <paramref name="layout"/>, as <c>TargetForms.Of</c> asks it.</summary>
    public static TargetFormShape Of(TargetFormLayout layout) => layout == TargetFormLayout.Hebei ? Hebei : Shanxi;
}
