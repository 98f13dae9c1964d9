using System.Diagnostics.CodeAnalysis;

namespace Jixiao.Codes;

/// <summary>
/// A 支出功能分类科目 code: 类 = 3 digits (<c>210</c>), 款 = 5 (<c>21011</c>), 项 = 7 (<c>2101101</c>);
/// a child's code starts with its parent's.
/// </summary>
public readonly record struct FunctionalCode : IComparable<FunctionalCode>
{
    private FunctionalCode(string value) => Value = value;

    public string Value { get; }

    public ClassificationLevel Level => Value.Length switch { 3 => ClassificationLevel.Class, 5 => ClassificationLevel.Section, _ => ClassificationLevel.Item };

    /// <summary>The 类 / 款 above this code; null for a 类.</summary>
    public FunctionalCode? Parent => Value.Length switch { 5 => new FunctionalCode(Value[..3]), 7 => new FunctionalCode(Value[..5]), _ => null };

    /// <summary>The 类 this code belongs to.</summary>
    public FunctionalCode Class => new(Value[..3]);

    public bool IsAncestorOf(FunctionalCode other) => other.Value.Length > Value.Length && other.Value.StartsWith(Value, StringComparison.Ordinal);

    public static bool TryParse(string? text, [NotNullWhen(true)] out FunctionalCode? code)
    {
        code = null;
        if (text is null) return false;
        var t = text.Trim();
        if (t.Length is not (3 or 5 or 7)) return false;
        foreach (char c in t) if (c is < '0' or > '9') return false;
        if (t[0] != '2') return false; // expenditure functional codes are 2xx
        code = new FunctionalCode(t);
        return true;
    }

    public static FunctionalCode Parse(string text) =>
        TryParse(text, out var c) ? c.Value : throw new FormatException($"“{text}”不是有效的支出功能分类科目编码（应为以 2 开头的 3、5 或 7 位数字）");

    public int CompareTo(FunctionalCode other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
