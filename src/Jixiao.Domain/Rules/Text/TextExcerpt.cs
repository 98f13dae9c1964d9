namespace Jixiao.Rules.Text;

/// <summary>Short quotations of a paragraph for messages.</summary>
public static class TextExcerpt
{
    /// <summary>
    /// The text from the clause start before <paramref name="start"/> to <paramref name="end"/>, within
    /// [<paramref name="min"/>, <paramref name="max"/>), cut to about 40 characters with “…”.
    /// </summary>
    public static string Around(string text, int start, int end, int min = 0, int max = int.MaxValue)
    {
        max = Math.Min(max, text.Length);
        start = Math.Clamp(start, min, max);
        end = Math.Clamp(end, start, max);
        int from = start;
        while (from > min && start - from < 24 && !IsClauseBreak(text[from - 1])) from--;
        int to = end;
        while (to < max && to - end < 6 && !IsClauseBreak(text[to])) to++;
        var s = text[from..to].Trim();
        if (s.Length > 60) s = s[..28] + "…" + s[^28..];
        return (from > min ? "…" : "") + s + (to < max ? "…" : "");
    }

    private static bool IsClauseBreak(char c) => c is '，' or ',' or '；' or ';' or '。' or '：' or ':' or '\n';
}
