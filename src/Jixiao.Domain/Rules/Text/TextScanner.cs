using System.Globalization;

namespace Jixiao.Rules.Text;

/// <summary>
/// Finds the numbers of a sentence in one forward pass (no backtracking, linear in the text): amounts
/// (<c>6596.36万元</c>, <c>1,234.56万元</c>, <c>1.2亿元</c>, <c>3000元</c>), percentages (<c>9.80%</c>, <c>9.8％</c>), years
/// (<c>2021年</c>) and other numbers. Full-width digits and signs count as their ASCII forms; digits that are part of a
/// code (<c>13082221KPMI…</c>, <c>30201</c> glued to letters) are skipped.
/// </summary>
public static class TextScanner
{
    public static IReadOnlyList<TextToken> Scan(string text)
    {
        var tokens = new List<TextToken>();
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = Fold(text[i]);
            if (!char.IsAsciiDigit(c)) { i++; continue; }
            if (i > 0 && (char.IsAsciiLetterOrDigit(Fold(text[i - 1])) || Fold(text[i - 1]) == '.'))
            {
                i = SkipAlnum(text, i);
                continue;
            }
            int start = i;
            var digits = new System.Text.StringBuilder();
            while (i < n && char.IsAsciiDigit(Fold(text[i])))
            {
                digits.Append(Fold(text[i])); i++;
                // thousands separator: an ASCII comma followed by exactly three digits (1,234.56)
                if (i < n && text[i] == ',' && ThreeDigitsAt(text, i + 1) && (i + 4 >= n || !char.IsAsciiDigit(Fold(text[i + 4]))))
                    i++; // skip the comma; the loop goes on with the next group
            }
            int decimals = 0;
            if (i + 1 < n && Fold(text[i]) == '.' && char.IsAsciiDigit(Fold(text[i + 1])))
            {
                digits.Append('.');
                i++;
                while (i < n && char.IsAsciiDigit(Fold(text[i]))) { digits.Append(Fold(text[i])); i++; decimals++; }
            }
            if (i < n && char.IsAsciiLetter(Fold(text[i])))
            {
                i = SkipAlnum(text, i); // a code, not a number
                continue;
            }
            int numberEnd = i;
            // a run of digits beyond 10¹⁵ is damage, not an amount (AmountLimits): no conversion of its unit may overflow
            if (!decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value > Jixiao.Money.AmountLimits.MaxPrintedNumber)
                continue;
            int k = i;
            while (k < n && text[k] is ' ' or '\u00a0' or '\u3000' or '\t') k++;
            var (kind, unit, len) = UnitAt(text, k);
            if (kind == TextTokenKind.Year && (decimals > 0 || digits.Length != 4 || value is < 1900 or > 2099))
                (kind, unit, len) = (TextTokenKind.Number, "", 0);
            if (kind == TextTokenKind.Number && len == 0) k = numberEnd;
            int end = k + len;
            if (kind == TextTokenKind.Year && end < n && text[end] == '度') end++;
            tokens.Add(new TextToken(kind, start, end, value, decimals, unit) { NumberEnd = numberEnd });
            i = Math.Max(end, numberEnd);
        }
        return tokens;
    }

    /// <summary>Full-width digits, point, comma-free percent sign → ASCII.</summary>
    public static char Fold(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' => '.',
        '％' => '%',
        _ => c,
    };

    private static bool ThreeDigitsAt(string s, int at) =>
        at + 3 <= s.Length && char.IsAsciiDigit(Fold(s[at])) && char.IsAsciiDigit(Fold(s[at + 1])) && char.IsAsciiDigit(Fold(s[at + 2]));

    private static int SkipAlnum(string s, int i)
    {
        while (i < s.Length && (char.IsAsciiLetterOrDigit(Fold(s[i])) || Fold(s[i]) == '.')) i++;
        return i;
    }

    private static (TextTokenKind Kind, string Unit, int Length) UnitAt(string s, int k)
    {
        if (k >= s.Length) return (TextTokenKind.Number, "", 0);
        char c = Fold(s[k]);
        if (c == '%') return (TextTokenKind.Percent, "%", 1);
        if (c == '‰') return (TextTokenKind.Number, "‰", 1);
        if (Starts(s, k, "万元")) return (TextTokenKind.Amount, "万元", 2);
        if (Starts(s, k, "亿元")) return (TextTokenKind.Amount, "亿元", 2);
        if (Starts(s, k, "千元")) return (TextTokenKind.Amount, "千元", 2);
        if (c == '元') return (TextTokenKind.Amount, "元", 1);
        if (c == '年') return (TextTokenKind.Year, "年", 1);
        if (Starts(s, k, "个百分点")) return (TextTokenKind.Number, "个百分点", 4);
        return (TextTokenKind.Number, "", 0);
    }

    private static bool Starts(string s, int at, string what) => string.CompareOrdinal(s, at, what, 0, what.Length) == 0;
}
