namespace Jixiao.Rules.Text;

/// <summary>
/// Finds template placeholders left in a text, in one pass: runs of <c>XX</c> / <c>xx</c> / <c>××</c> not inside a code,
/// <c>某某</c>, three or more <c>*</c>, <c>□□</c>, <c>___</c>, empty 【】, and fill-in prompts such as 【填写】, 请填写, 待补充.
/// </summary>
public static class TextPlaceholders
{
    private static readonly string[] Prompts = ["填写", "待补充", "待填", "此处输入", "请输入", "请补充"];

    /// <summary>Each placeholder found: offset and the text as printed.</summary>
    public static IReadOnlyList<(int Start, string Text)> Find(string text)
    {
        var found = new List<(int, string)>();
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = Fold(text[i]);
            if (c is 'X' or 'x' or '×' or '╳')
            {
                int j = i;
                while (j < n && Fold(text[j]) is 'X' or 'x' or '×' or '╳') j++;
                bool x = c is 'X' or 'x';
                bool inWord = x && ((i > 0 && char.IsAsciiLetterOrDigit(Fold(text[i - 1]))) || (j < n && char.IsAsciiLetterOrDigit(Fold(text[j]))));
                if (j - i >= 2 && !inWord) found.Add((i, text[i..j]));
                // a single X standing for a number: “X万元”, “增长X%”
                else if (j - i == 1 && x && !inWord && j < n && (text[j] is '万' or '%' or '％' or '元' or '个' or '人' or '年' or '月' or '日'))
                    found.Add((i, text[i..(j + 1)]));
                i = j;
                continue;
            }
            if (c is '*' or '□' or '_' or '＿')
            {
                int j = i;
                while (j < n && Fold(text[j]) == c) j++;
                int need = c == '□' ? 2 : 3;
                if (j - i >= need) found.Add((i, text[i..j]));
                i = j;
                continue;
            }
            if (c == '某' && i + 1 < n && text[i + 1] == '某') { found.Add((i, "某某")); i += 2; continue; }
            if (c is '【' or '[' && i + 1 < n && text[i + 1] is '】' or ']') { found.Add((i, text[i..(i + 2)])); i += 2; continue; }
            if (c is '填' or '待' or '此' or '请')
            {
                foreach (var p in Prompts)
                    if (i + p.Length <= n && string.CompareOrdinal(text, i, p, 0, p.Length) == 0 && IsPrompt(text, i, p))
                    {
                        found.Add((i, Around(text, i, p.Length)));
                        break;
                    }
            }
            i++;
        }
        return found;
    }

    /// <summary>True when the whole text is a placeholder or a non-answer (XX, 无, 略, 待补充 …).</summary>
    public static bool IsNonAnswer(string text)
    {
        var t = Words(text);
        if (t.Length == 0) return true;
        if (t is "无" or "略" or "暂无" or "待补充" or "待定" or "见附件" or "详见") return true;
        return IsOnlyPlaceholders(text, t);
    }

    /// <summary>The text without spaces, punctuation and symbols.</summary>
    public static string Words(string text) =>
        new(text.Where(ch => !char.IsWhiteSpace(ch) && !char.IsPunctuation(ch) && !char.IsSymbol(ch)).ToArray());

    /// <summary>True when placeholders make up all but at most one character of <paramref name="words"/> (the text's <see cref="Words"/>).</summary>
    public static bool IsOnlyPlaceholders(string text, string words)
    {
        var found = Find(text);
        return found.Count > 0 && found.Sum(f => f.Text.Length) >= words.Length - 1;
    }

    // “填写” counts inside brackets (【填写】, （填写…）) or after 请 / 待; “待补充”, “请补充” always.
    private static bool IsPrompt(string text, int at, string prompt)
    {
        if (prompt != "填写") return true;
        if (at > 0 && text[at - 1] is '【' or '[' or '（' or '(' or '请' or '待' or '<' or '《') return true;
        return false;
    }

    private static string Around(string text, int at, int length)
    {
        int s = at, e = at + length;
        if (s > 0 && text[s - 1] is '【' or '[' or '（' or '(' or '请' or '待') s--;
        while (e < text.Length && e - at < length + 10 && text[e - 1] is not ('】' or ']' or '）' or ')') && text[e] is not ('，' or '。' or ',')) e++;
        return text[s..Math.Min(e, text.Length)];
    }

    private static char Fold(char c) => c switch
    {
        'Ｘ' => 'X',
        'ｘ' => 'x',
        '＊' => '*',
        _ => c,
    };
}
