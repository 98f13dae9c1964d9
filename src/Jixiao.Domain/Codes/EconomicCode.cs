using System.Diagnostics.CodeAnalysis;

namespace Jixiao.Codes;

/// <summary>
/// An economic classification code: 类 = 3 digits, 款 = 5. Departmental codes (部门预算支出经济分类) start with 3
/// (<c>30101</c> 基本工资), government ones (政府预算支出经济分类) with 5 (<c>50101</c> 工资奖金津补贴).
/// </summary>
public readonly record struct EconomicCode : IComparable<EconomicCode>
{
    private EconomicCode(string value) => Value = value;

    public string Value { get; }

    public ClassificationLevel Level => Value.Length == 3 ? ClassificationLevel.Class : ClassificationLevel.Section;

    /// <summary>True for a departmental code (3xx), false for a government one (5xx).</summary>
    public bool IsDepartmental => Value[0] == '3';

    /// <summary>The 类 above a 款; null for a 类.</summary>
    public EconomicCode? Parent => Value.Length == 5 ? new EconomicCode(Value[..3]) : null;

    public EconomicCode Class => new(Value[..3]);

    public static bool TryParse(string? text, [NotNullWhen(true)] out EconomicCode? code)
    {
        code = null;
        if (text is null) return false;
        var t = text.Trim();
        if (t.Length is not (3 or 5)) return false;
        foreach (char c in t) if (c is < '0' or > '9') return false;
        if (t[0] is not ('3' or '5')) return false;
        code = new EconomicCode(t);
        return true;
    }

    public static EconomicCode Parse(string text) =>
        TryParse(text, out var c) ? c.Value : throw new FormatException($"“{text}”不是有效的经济分类科目编码（应为以 3 或 5 开头的 3 或 5 位数字）");

    public int CompareTo(EconomicCode other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
