namespace Jixiao.Targets.Library;

/// <summary>
/// How alike two short Chinese texts are, by their character bigrams (Chinese has no spaces to split words at):
/// 医疗救助 is {医疗, 疗救, 救助}. Only letters and digits count, after NFKC; punctuation and spaces break the text
/// into runs, and a text of one character is that character.
/// </summary>
public static class TextSimilarity
{
    /// <summary>The distinct bigrams of <paramref name="text"/>.</summary>
    public static HashSet<string> Bigrams(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return set;
        var s = text.Normalize(System.Text.NormalizationForm.FormKC);
        int runStart = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && char.IsLetterOrDigit(s[i])) continue;
            int length = i - runStart;
            if (length == 1) set.Add(s.Substring(runStart, 1));
            for (int k = runStart; k + 1 < i; k++) set.Add(s.Substring(k, 2));
            runStart = i + 1;
        }
        // A one-character run among longer ones (the 1 of “1.医疗救助…”) is noise; it counts only when it is the whole text.
        if (set.Count > 1) set.RemoveWhere(b => b.Length == 1);
        return set;
    }

    /// <summary>Dice's coefficient 2|A∩B| / (|A| + |B|): 1 for the same bigrams, 0 for none shared.</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        return 2.0 * Shared(a, b) / (a.Count + b.Count);
    }

    /// <summary>The share of <paramref name="query"/>'s bigrams found in <paramref name="text"/> (0 … 1).</summary>
    public static double Coverage(IReadOnlySet<string> query, IReadOnlySet<string> text) =>
        query.Count == 0 ? 0 : (double)Shared(query, text) / query.Count;

    private static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        int n = 0;
        foreach (var x in a) if (b.Contains(x)) n++;
        return n;
    }
}
