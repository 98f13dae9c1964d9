using System.Text;

namespace Jixiao.Documents.Sources;

/// <summary>Text helpers shared by the sources without positions (XLSX, DOCX, HTML): joining wrapped pieces, tidying spaces.</summary>
internal static class SourceText
{
    /// <summary>Pieces of one cell or line joined as a reader reads them: no space between Chinese pieces, one between others.</summary>
    public static string Join(IEnumerable<string> pieces)
    {
        var sb = new StringBuilder();
        foreach (var raw in pieces)
        {
            var t = Tidy(raw);
            if (t.Length == 0) continue;
            if (sb.Length > 0 && !(IsWide(sb[^1]) || IsWide(t[0]))) sb.Append(' ');
            sb.Append(t);
        }
        return sb.ToString();
    }

    /// <summary>Runs of white space (line breaks, no-break spaces) as one space, trimmed; ideographic spaces kept inside.</summary>
    public static string Tidy(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\u00a0' or '\f' or '\v' or '\u200b')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString().Trim('\u3000', '\ufeff', ' ');
    }

    /// <summary>Chinese characters and full-width punctuation: no space is read between two of them.</summary>
    public static bool IsWide(char c) =>
        c >= '\u2e80' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff' || c >= '\uff00' && c <= '\uffef' || c >= '\u3000' && c <= '\u303f';
}
