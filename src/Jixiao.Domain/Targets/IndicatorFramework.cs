namespace Jixiao.Targets;

/// <summary>
/// The fixed 一级 / 二级 framework (performance-targets-domain.md): which level-2 indicator belongs to which level-1, their printed
/// names, and the drifted names forms print (<c>服务对象满意度</c>, <c>服务对象满意度指</c> cut short) mapped back.
/// </summary>
public static class IndicatorFramework
{
    private static readonly (Level2Indicator Level2, Level1Indicator Level1, string Name)[] Rows =
    [
        (Level2Indicator.Quantity, Level1Indicator.Output, "数量指标"),
        (Level2Indicator.Quality, Level1Indicator.Output, "质量指标"),
        (Level2Indicator.Timeliness, Level1Indicator.Output, "时效指标"),
        (Level2Indicator.Cost, Level1Indicator.Output, "成本指标"),
        (Level2Indicator.Economic, Level1Indicator.Benefit, "经济效益指标"),
        (Level2Indicator.Social, Level1Indicator.Benefit, "社会效益指标"),
        (Level2Indicator.Ecological, Level1Indicator.Benefit, "生态效益指标"),
        (Level2Indicator.Sustainability, Level1Indicator.Benefit, "可持续影响指标"),
        (Level2Indicator.RecipientSatisfaction, Level1Indicator.Satisfaction, "服务对象满意度指标"),
        (Level2Indicator.OtherSatisfaction, Level1Indicator.Satisfaction, "其他满意度指标"),
    ];

    /// <summary>The level-2 indicators in printed order.</summary>
    public static IReadOnlyList<Level2Indicator> Level2InOrder { get; } = Rows.Select(r => r.Level2).ToArray();

    /// <summary>The level-1 indicator <paramref name="level2"/> belongs to.</summary>
    public static Level1Indicator Parent(Level2Indicator level2) => Rows[(int)level2].Level1;

    /// <summary>The printed name (数量指标 …).</summary>
    public static string Name(Level2Indicator level2) => Rows[(int)level2].Name;

    /// <summary>The printed name (产出指标, 效益指标, 满意度指标).</summary>
    public static string Name(Level1Indicator level1) => level1 switch
    {
        Level1Indicator.Output => "产出指标",
        Level1Indicator.Benefit => "效益指标",
        _ => "满意度指标",
    };

    /// <summary>The level-1 indicator a printed name stands for (产出指标, 效益指标, 满意度指标, spaces ignored); null otherwise.</summary>
    public static Level1Indicator? Level1Named(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var text = Compact(printed);
        foreach (var level1 in Enum.GetValues<Level1Indicator>()) if (text == Name(level1)) return level1;
        return null;
    }

    /// <summary>
    /// The level-2 indicator a printed name stands for, tolerating the drift seen in real forms: a missing 指标 suffix
    /// (服务对象满意度), a name cut short (服务对象满意度指, 可持续影响), spaces and full-width forms. Null for anything else.
    /// </summary>
    public static Level2Indicator? Level2Named(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var text = Compact(printed);
        if (text.Length < 2) return null;
        foreach (var (level2, _, name) in Rows)
        {
            // The printed text is the name, or a prefix of it at least as long as the name without 指标 minus a cut
            // character (服务对象满意度指 → 服务对象满意度指标), or the name with 指标 dropped.
            if (text == name || text == name[..^2]) return level2;
            if (name.StartsWith(text, StringComparison.Ordinal) && text.Length >= name.Length - 3) return level2;
        }
        return null;
    }

    /// <summary>The text in compatibility form (full-width letters and digits folded) without white space.</summary>
    public static string Compact(string s)
    {
        // FormKC may lengthen the text (¼ → 1⁄4): size the buffer after normalising.
        var normal = s.Normalize(System.Text.NormalizationForm.FormKC);
        var chars = new char[normal.Length];
        int n = 0;
        foreach (char c in normal)
            if (!char.IsWhiteSpace(c)) chars[n++] = c;
        return new string(chars, 0, n);
    }
}
