namespace Jixiao.Targets;

/// <summary>
/// Folds the noise of extracted text into one plain form before a target value is read, in one forward pass:
/// full-width forms become ASCII (<c>（９５％）</c> → <c>(95%)</c>), ≧ ≦ ⩾ ⩽ become ≥ ≤, <c>&gt;=</c> <c>＞＝</c> become ≥,
/// dashes become <c>-</c>, LaTeX left by converters loses its markup (<c>$\geq 92\%$</c> → <c>≥92%</c>), thousands
/// separators go (<c>419,713</c>), spaces go except one between two digits (so that <c>12 13</c> stays two numbers),
/// and trailing punctuation goes. Every kept character remembers where it stood in the original, so descriptions are
/// cut from the original text.
/// </summary>
internal static class TargetText
{
    /// <summary>
    /// Writes the folded form of <paramref name="text"/> to <paramref name="folded"/> and, for each character, its index in
    /// the original to <paramref name="origin"/>; both must hold <c>text.Length</c> characters (folding never grows).
    /// Returns the folded length.
    /// </summary>
    public static int Normalize(string text, Span<char> folded, Span<int> origin)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (n > 0 && char.IsAsciiDigit(folded[n - 1]) && DigitAfterSpaces(text, i))
                {
                    folded[n] = ' ';
                    origin[n++] = i;
                }
                continue;
            }
            if (c is '$' or '{' or '}') continue;
            if (c == '\\')
            {
                int end = LatexCommand(text, i, out char replacement);
                if (replacement != '\0')
                {
                    folded[n] = replacement;
                    origin[n++] = i;
                }
                i = end - 1;
                continue;
            }
            c = Fold(c);
            if (c == '=' && n > 0 && folded[n - 1] is '>' or '<' or '≥' or '≤')
            {
                folded[n - 1] = folded[n - 1] is '>' or '≥' ? '≥' : '≤';
                continue;
            }
            if (c == ',' && n > 0 && char.IsAsciiDigit(folded[n - 1]) && IsThousandsGroup(text, i + 1)) continue;
            folded[n] = c;
            origin[n++] = i;
        }
        while (n > 0 && IsTrailingNoise(folded[n - 1])) n--;
        return n;
    }

    /// <summary>Full-width ASCII forms, comparison and dash variants → the plain character.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '≧' or '⩾' => '≥',
        '≦' or '⩽' => '≤',
        '〜' => '~',
        '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '﹣' => '-',
        '﹪' => '%',
        _ => c,
    };

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Punctuation that ends a cell without meaning anything (<c>。</c>, <c>…</c>, <c>,</c>).</summary>
    public static bool IsTrailingNoise(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '。' or '、' or '…' or '·';

    private static bool DigitAfterSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i < text.Length && char.IsAsciiDigit(Fold(text[i]));
    }

    // A comma between digits is a thousands separator when exactly three digits follow it (419,713; 1,234.5).
    private static bool IsThousandsGroup(string text, int at) =>
        at + 3 <= text.Length
        && char.IsAsciiDigit(Fold(text[at])) && char.IsAsciiDigit(Fold(text[at + 1])) && char.IsAsciiDigit(Fold(text[at + 2]))
        && (at + 3 == text.Length || !char.IsAsciiDigit(Fold(text[at + 3])));

    /// <summary>
    /// <paramref name="text"/> as a person would have printed it: the LaTeX a converter left (<c>$\geq 92\%$</c>) becomes
    /// its characters (<c>≥92%</c>); text without <c>$</c> or <c>\</c> is returned unchanged (thousands separators, spaces
    /// and full-width forms as printed).
    /// </summary>
    public static string WithoutMarkup(string text)
    {
        if (text.IndexOfAny(['$', '\\']) < 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        bool inMath = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '$') { inMath = !inMath; continue; }
            if (inMath && (c is '{' or '}' || char.IsWhiteSpace(c))) continue;
            if (c == '\\')
            {
                int end = LatexCommand(text, i, out char replacement);
                if (replacement != '\0') sb.Append(replacement);
                else if (end == i + 1 + "times".Length && text.AsSpan(i + 1).StartsWith("times")) sb.Append('×');
                i = end - 1;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Reads a LaTeX command at <paramref name="at"/> (the backslash): ≥ ≤ &gt; &lt; ~ and % stand for themselves, spacing
    /// and markup commands (<c>\text</c>, <c>\,</c>, <c>\left</c>) vanish. Returns the index after it.
    /// </summary>
    private static int LatexCommand(string text, int at, out char replacement)
    {
        replacement = '\0';
        int i = at + 1;
        if (i >= text.Length) return i;
        if (!char.IsAsciiLetter(text[i]))
        {
            if (text[i] is '%' or '<' or '>' or '~') replacement = text[i];
            return i + 1;
        }
        int start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        replacement = text.AsSpan(start, i - start) switch
        {
            "geq" or "ge" or "geqslant" => '≥',
            "leq" or "le" or "leqslant" => '≤',
            "gt" => '>',
            "lt" => '<',
            "sim" => '~',
            _ => '\0',
        };
        return i;
    }
}
