using System.Runtime.CompilerServices;
using Jixiao.Targets;

namespace Jixiao.Documents.Forms;

/// <summary>Tells the domain the shape each target layout file declares, as soon as this assembly is loaded.</summary>
internal static class TargetFormShapesFromLayouts
{
    // The domain builds forms of a unit's own data (TargetForms.Of) before anything here is asked for: the shapes must
    // be known from the moment the layouts can be, which is when this assembly loads.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Configure() =>
        // read when first asked, so that a user's layout (read at start) is the one asked
        TargetFormShapes.Configure(layout => FormLayouts.Get(TargetDeclarationFields.LayoutId(layout)).Shape
            ?? throw new InvalidOperationException($"表样“{TargetDeclarationFields.LayoutId(layout)}”不是绩效目标表的表样"));
}
