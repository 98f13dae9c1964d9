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
