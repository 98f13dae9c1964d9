using Jixiao.Targets;

namespace Jixiao.Documents.Forms;

/// <summary>
/// The shape each target layout's file declares (<c>shape</c>, docs/form-layouts.md): what the domain is given when it
/// builds the forms of a unit's own data (<see cref="TargetForms.Of"/>, <see cref="TargetForms.AsDeclared"/>).
/// </summary>
public static class TargetFormShapes
{
    /// <summary>The shape the file of <paramref name="layout"/> declares — a user's file of the same id, if read at start.</summary>
    public static TargetFormShape Of(TargetFormLayout layout) =>
        FormLayouts.Get(TargetDeclarationFields.LayoutId(layout)).Shape
            ?? throw new InvalidOperationException($"表样“{TargetDeclarationFields.LayoutId(layout)}”不是绩效目标表的表样");
}
