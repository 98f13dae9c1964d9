using System.Text;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Puts characters back into lines and lines into text: characters on one baseline (within a third of their size)
/// are a line, read left to right; a gap wider than a fifth of the size between Latin characters or digits is a
/// space; Chinese characters spread across a cell (distributed alignment) are joined without spaces; a character
/// printed twice on itself (fake bold) counts once.
/// </summary>
internal static class GlyphLines
{
    public static List<List<Glyph>> Lines(IEnumerable<Glyph> glyphs)
    {
        var sorted = glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left).ToList();
        var lines = new List<List<Glyph>>();
        foreach (var g in sorted)
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(line[0].Baseline - g.Baseline) <= Math.Max(1.0, Math.Min(line[0].Size, g.Size) / 3)) line.Add(g);
            else lines.Add([g]);
        }
        foreach (var l in lines) l.Sort((a, b) => a.Left.CompareTo(b.Left));
        return lines;
    }

    /// <summary>The text of one line.</summary>
    public static string Text(List<Glyph> line)
    {
        var sb = new StringBuilder();
        Glyph? prev = null;
        foreach (var g in line)
        {
            if (prev is { } p)
            {
                if (g.Value == p.Value && Math.Abs(g.Left - p.Left) < Math.Max(0.5, (p.Right - p.Left) * 0.4)) continue;
                // a space is a fifth of the size between Latin letters and digits (Helvetica's is 0.28), wider where
                // Chinese meets Latin; Chinese spread over a cell gets none
                double gap = g.Left - p.Right, size = Math.Min(p.Size, g.Size);
                bool wideP = IsWide(p.Value), wideG = IsWide(g.Value);
                if (!(wideP && wideG) && gap > size * (wideP || wideG ? 0.6 : 0.2)) sb.Append(' ');
            }
            sb.Append(g.Value);
            prev = g;
        }
        return sb.ToString().Normalize(NormalizationForm.FormKC);
    }

    /// <summary>The text of lines read top-down, a wrapped label joined back (no space between Chinese pieces).</summary>
    public static string Text(List<List<Glyph>> lines)
    {
        if (lines.Count == 1) return Text(lines[0]);
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            var t = Text(line);
            if (t.Length == 0) continue;
            if (sb.Length > 0 && !(IsWide(sb[^1].ToString()) || IsWide(t[..1]))) sb.Append(' ');
            sb.Append(t);
        }
        return sb.ToString();
    }

    public static GridBox Box(IEnumerable<Glyph> glyphs)
    {
        double l = double.MaxValue, b = double.MaxValue, r = double.MinValue, t = double.MinValue;
        foreach (var g in glyphs)
        {
            l = Math.Min(l, g.Left);
            r = Math.Max(r, g.Right);
            b = Math.Min(b, g.Bottom);
            t = Math.Max(t, g.Top);
        }
        return new GridBox(l, b, r, t);
    }

    /// <summary>Chinese characters and full-width punctuation: no space is read between two of them.</summary>
    public static bool IsWide(string s)
    {
        if (s.Length == 0) return false;
        char c = s[0];
        return c >= '\u2e80' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff' || c >= '\uff00' && c <= '\uffef' || c >= '\u3000' && c <= '\u303f';
    }
}
