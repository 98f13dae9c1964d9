using System.Text;

namespace Jixiao.Text;

/// <summary>
/// Normalises the names printed in published tables so that they can be compared: NFKC (full-width forms, Kangxi
/// radicals left by PDF extraction), no whitespace, one kind of quote, and no leading numbering such as
/// <c>一、</c>, <c>（二）</c>, <c>3.</c>, <c>①</c> or <c>其中：</c>.
/// </summary>
public static class Names
{
    private static readonly Lazy<System.Collections.Frozen.FrozenDictionary<char, char>> Traditional = new(() =>
    {
        using var doc = EmbeddedData.OpenJson("Jixiao.Rules.Data.traditional-characters.json");
        var pairs = doc.RootElement.GetProperty("pairs").GetString() ?? "";
        var map = new Dictionary<char, char>();
        for (int i = 0; i + 1 < pairs.Length; i += 2) map[pairs[i]] = pairs[i + 1];
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(map);
    });

    /// <summary>
    /// <paramref name="text"/> with its traditional characters written simplified (預算 → 预算, 萬元 → 万元); the same
    /// instance when it has none.
    /// </summary>
    public static string Simplified(string text)
    {
        var map = Traditional.Value;
        int i = 0;
        while (i < text.Length && !(text[i] >= '\u4e00' && map.ContainsKey(text[i]))) i++;
        if (i == text.Length) return text;
        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
            if (chars[i] >= '\u4e00' && map.TryGetValue(chars[i], out var s)) chars[i] = s;
        return new string(chars);
    }

    /// <summary>The comparable form of a printed name.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var s = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (char raw in s)
        {
            if (char.IsWhiteSpace(raw) || raw == '\u200b' || raw == '\ufeff') continue;
            // a label printed in traditional characters reads as the simplified one (一般公共預算 = 一般公共预算)
            char c = raw >= '\u4e00' && Traditional.Value.TryGetValue(raw, out var simplified) ? simplified : raw;
            sb.Append(c switch
            {
                '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' => '"',
                '【' or '〔' or '［' => '[',
                '】' or '〕' or '］' => ']',
                '：' => ':',
                _ => c,
            });
        }
        return StripNumbering(sb.ToString());
    }

    /// <summary>Removes leading list numbering and “其中：”, repeatedly (“其中：1、” → “”).</summary>
    public static string StripNumbering(string s)
    {
        bool changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            if (s.StartsWith("其中:", StringComparison.Ordinal)) { s = s[3..]; changed = true; continue; }
            if (s.StartsWith("其中", StringComparison.Ordinal) && s.Length > 2 && s[2] == ',') { s = s[3..]; changed = true; continue; }
            if (s[0] is >= '①' and <= '⑳' || s[0] is >= '⑴' and <= '⒇') { s = s[1..]; changed = true; continue; }
            int i = 0;
            bool paren = s[0] == '(';
            if (paren) i++;
            int start = i;
            while (i < s.Length && (IsChineseNumeral(s[i]) || char.IsAsciiDigit(s[i]))) i++;
            if (i > start && i < s.Length)
            {
                if (paren && s[i] == ')') { s = s[(i + 1)..].TrimStart('、', '.', ','); changed = true; continue; }
                if (!paren && s[i] is '、' or '.' or ',' && !(char.IsAsciiDigit(s[i - 1]) && s[i] == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
                {
                    s = s[(i + 1)..]; changed = true; continue;
                }
            }
        }
        return s;
    }

    /// <summary>True for 〇一二三四五六七八九十百.</summary>
    public static bool IsChineseNumeral(char c) => c is '〇' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百';
}
