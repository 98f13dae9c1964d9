namespace Jixiao.Targets;

/// <summary>
/// What a target form's layout declares about it, so that rules ask the form rather than its layout's name: how a
/// finding names the form, whether it has an 实施期 beside its 年度 (money columns and indicator halves), and the
/// headings of its goal blocks. Each layout file declares its own (docs/form-layouts.md, <c>shape</c>); the reader sets
/// it from the layout it read the form in.
/// </summary>
/// <param name="FormName">How findings name the form (绩效目标申报表“…”).</param>
/// <param name="HasImplementationPeriod">True when the form has an 实施期 column and indicator half beside the 年度.</param>
/// <param name="ImplementationGoal">The heading of the goal block of the 实施期 (实施期总体目标).</param>
/// <param name="AnnualGoal">The heading of the goal block of the year (年度总体目标).</param>
public sealed record TargetFormShape(string FormName, bool HasImplementationPeriod, string ImplementationGoal, string AnnualGoal);

/// <summary>
/// The shape of the layout a form of a unit's own data is printed in (<see cref="TargetForms.LayoutOf"/>): the layouts
/// are data the documents layer reads, so it tells the domain their shapes when it loads them. A form read from a
/// document carries the shape of the layout it was read in instead.
/// </summary>
public static class TargetFormShapes
{
    private static Func<TargetFormLayout, TargetFormShape>? _of;

    /// <summary>Sets where the shapes come from (the layout files); called when the layouts are loaded.</summary>
    public static void Configure(Func<TargetFormLayout, TargetFormShape> shapeOf) => _of = shapeOf;

    /// <summary>The shape <paramref name="layout"/>'s file declares.</summary>
    public static TargetFormShape Of(TargetFormLayout layout) =>
        (_of ?? throw new InvalidOperationException("绩效目标表的表样尚未载入：无法得知表样的形式"))(layout);
}
