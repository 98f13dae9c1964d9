using Jixiao.Documents.Grid;
using Jixiao.Documents.Sources.Pdf;

namespace Jixiao.Documents.Sources.Text;

/// <summary>
/// Text laid out in columns of characters, as <c>pdftotext -layout</c> prints a PDF (pages split by form feeds, cells
/// kept apart by runs of spaces, no tabs): each character is placed at its column and line, and the same reading that
/// finds tables printed without lines in a PDF (<see cref="StreamTables"/>) finds them here — columns where the figures
/// stand, empty cells kept, a label wrapped over lines joined to its row. Its tables are therefore inferred: a check
/// they fail is a warning to verify.
/// </summary>
public static class LayoutTextGridReader
{
    // A character is one column wide; a line a little more than a character high (points only in name).
    private const double Width = 7, Size = 10, Leading = 12;

    /// <summary>
    /// True for a text laid out in columns: hardly any tab, and at least one line in eight whose cells are kept apart by
    /// two or more spaces.
    /// </summary>
    public static bool IsLayout(string text)
    {
        int lines = 0, spaced = 0, tabbed = 0, piped = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            lines++;
            if (line.Contains('\t')) tabbed++;
            else if (line.Contains(" | ", StringComparison.Ordinal)) piped++; // cells joined by bars: not a layout
            else if (line.Contains("  ", StringComparison.Ordinal)) spaced++;
        }
        return lines >= 5 && tabbed * 20 < lines && piped * 5 < lines && spaced * 8 >= lines;
    }

    public static GridDocument Read(string text, string source)
    {
        var pages = text.Replace("\r\n", "\n").Split('\f');
        var blocks = new List<GridBlock>();
        int number = 0;
        foreach (var page in pages)
        {
            var lines = page.Split('\n');
            if (lines.All(l => l.Trim().Length == 0)) continue;
            number++;
            double height = (lines.Length + 2) * Leading;
            var glyphs = new List<Glyph>();
            for (int y = 0; y < lines.Length; y++)
            {
                var line = lines[y];
                for (int x = 0; x < line.Length; x++)
                {
                    char c = line[x];
                    if (char.IsWhiteSpace(c) || c == '\u3000') continue;
                    glyphs.Add(new Glyph(c.ToString(), x * Width, (x + 1) * Width, height - (y + 1) * Leading, Size));
                }
            }
            var turn = new PdfGridReader.Turn(0, 10_000, height);
            blocks.AddRange(PdfGridReader.FreeText(glyphs, turn, number, onGrid: true).OrderByDescending(b => b.Top).Select(b => b.Block));
        }
        PdfGridReader.MarkContinuations(blocks);
        return new GridDocument(source, number, blocks, []) { BoxesOnPage = false };
    }
}
