namespace Jixiao.Targets.Library;

/// <summary>
/// A part of the framework to list: a 一级 indicator (产出指标 — all its 二级) or one 二级 (成本指标). Read from a
/// printed name the way forms drift: without 指标 (成本, 产出), cut short (服务对象满意度指), with spaces or
/// full-width forms.
/// </summary>
public sealed record IndicatorCategory
{
    private IndicatorCategory(string name, Level1Indicator? level1, Level2Indicator? level2) => (Name, Level1, Level2) = (name, level1, level2);

    /// <summary>The framework's name of the category (成本指标, 产出指标).</summary>
    public string Name { get; }

    /// <summary>The 一级 indicator, when the category is a whole 一级.</summary>
    public Level1Indicator? Level1 { get; }

    /// <summary>The 二级 indicator, when the category is one 二级.</summary>
    public Level2Indicator? Level2 { get; }

    public static IndicatorCategory Of(Level1Indicator level1) => new(IndicatorFramework.Name(level1), level1, null);

    public static IndicatorCategory Of(Level2Indicator level2) => new(IndicatorFramework.Name(level2), null, level2);

    /// <summary>True when <paramref name="level2"/> is in the category.</summary>
    public bool Includes(Level2Indicator level2) =>
        Level2 is { } own ? own == level2 : IndicatorFramework.Parent(level2) == Level1;

    /// <summary>The names a category can be asked by: the three 一级, then the ten 二级, in framework order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Enum.GetValues<Level1Indicator>().Select(IndicatorFramework.Name), .. IndicatorFramework.Level2InOrder.Select(IndicatorFramework.Name)];

    /// <summary>The category a printed name stands for; false when it names none.</summary>
    public static bool TryParse(string? printed, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorCategory? category)
    {
        category = null;
        if (string.IsNullOrWhiteSpace(printed)) return false;
        var text = IndicatorFramework.Compact(printed);
        foreach (var level1 in Enum.GetValues<Level1Indicator>())
        {
            var name = IndicatorFramework.Name(level1);
            // 一级 names are short (产出指标): only the exact name or the name without 指标, so 效益 is not 经济效益.
            if (text == name || text == name[..^2]) { category = Of(level1); return true; }
        }
        if (IndicatorFramework.Level2Named(text) is { } level2) { category = Of(level2); return true; }
        return false;
    }
}
