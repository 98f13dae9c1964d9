namespace Jixiao.Documents.Text;

/// <summary>
/// Splits extracted text into rows of cells. Two layouts are seen in published documents:
/// tab-separated rows (one row a line), and one cell per line (each line starting with a tab) with a blank
/// line between rows. The layout is decided once per file from the share of lines that hold a single tabbed cell.
/// </summary>
public static class TextRows
{
    public static IReadOnlyList<TextRow> Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        int nonEmpty = 0, singleCell = 0, blank = 0;
        foreach (var l in lines)
        {
            if (IsSeparator(l)) { blank++; continue; }
            nonEmpty++;
            if (l.StartsWith('\t') && l.IndexOf('\t', 1) < 0) singleCell++;
        }
        bool cellPerLine = nonEmpty > 0 && blank > 0 && singleCell * 10 >= nonEmpty * 6;
        if (cellPerLine) return CellPerLine(lines);
        // cells joined by “ | ” (a table copied from a viewer or a chat): split there, when no line uses tabs
        int piped = 0, tabbed = 0;
        foreach (var l in lines)
        {
            if (l.Contains('\t')) tabbed++;
            else if (l.Contains(" | ", StringComparison.Ordinal)) piped++;
        }
        return tabbed == 0 && piped * 5 >= nonEmpty && piped > 0 ? Piped(lines) : TabSeparated(lines);
    }

    private static List<TextRow> CellPerLine(string[] lines)
    {
        var rows = new List<TextRow>();
        var cells = new List<string>();
        int start = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (IsSeparator(l))
            {
                if (cells.Count > 0) rows.Add(new TextRow(cells.ToArray(), start + 1));
                cells.Clear();
                continue;
            }
            if (cells.Count == 0) start = i;
            // A line is one cell; a line that still holds tabs (rare) contributes each tabbed piece.
            var body = l.StartsWith('\t') ? l[1..] : l;
            if (body.Contains('\t')) cells.AddRange(body.Split('\t').Select(Clean));
            else cells.Add(Clean(body));
        }
        if (cells.Count > 0) rows.Add(new TextRow(cells.ToArray(), start + 1));
        return rows;
    }

    private static List<TextRow> TabSeparated(string[] lines)
    {
        var rows = new List<TextRow>();
        for (int i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Trim().Length == 0) continue;
            var cells = l.Split('\t').Select(Clean).ToList();
            while (cells.Count > 1 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            rows.Add(new TextRow(cells, i + 1));
        }
        return rows;
    }

    private static List<TextRow> Piped(string[] lines)
    {
        var rows = new List<TextRow>();
        for (int i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Trim().Length == 0) continue;
            // “| a | b |” with the outer bars of a Markdown table, or “a | b”
            var body = l.Trim();
            if (body.StartsWith('|')) body = body[1..];
            if (body.EndsWith('|')) body = body[..^1];
            var cells = body.Split('|').Select(Clean).ToList();
            while (cells.Count > 1 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            rows.Add(new TextRow(cells, i + 1));
        }
        return rows;
    }

    // A blank line separates rows; a line holding only a tab is an empty cell.
    private static bool IsSeparator(string line) => !line.Contains('\t') && line.Trim().Length == 0;

    private static string Clean(string s) => s.Trim().Trim('\u00a0', '\u3000', '\ufeff');
}
