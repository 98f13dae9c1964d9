using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Tables printed without ruling lines (tabula's "stream" mode): a run of at least three lines of several pieces each,
/// two of them carrying figures. The columns are where the figure lines print their pieces (overlapping extents
/// merged); every line of the run is then cut into those columns — a header piece over several columns spans them, a
/// column a line leaves empty stays an empty cell, so that a figure keeps its column.
/// </summary>
internal static class StreamTables
{
    /// <summary>A line of pieces (each a run of glyphs) outside any drawn table.</summary>
    internal sealed record Line(List<List<Glyph>> Pieces, GridBox Box, double Size);

    /// <summary>The runs of <paramref name="lines"/> (top-down) that form tables: first and last index.</summary>
    public static List<(int First, int Last)> Runs(IReadOnlyList<Line> lines)
    {
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Pieces.Count < 2) { i++; continue; }
            int j = i;
            while (j + 1 < lines.Count && Continues(lines, j, j + 1)) j++;
            // one or two short single pieces between table lines (a wrapped label, a lone 序号) stay in the run
            while (true)
            {
                int gap = 1;
                while (gap <= 2 && j + gap < lines.Count && lines[j + gap].Pieces.Count == 1 && lines[j + gap].Box.Width < lines[i].Box.Width * 0.5) gap++;
                if (gap == 1 || j + gap >= lines.Count || lines[j + gap].Pieces.Count < 2 || !Continues(lines, j, j + gap)) break;
                j += gap;
                while (j + 1 < lines.Count && Continues(lines, j, j + 1)) j++;
            }
            int withFigures = 0;
            for (int k = i; k <= j; k++)
                if (lines[k].Pieces.Any(p => CellNumbers.IsNumber(GlyphLines.Text(p)))) withFigures++;
            if (j - i + 1 >= 3 && withFigures >= 2) runs.Add((i, j));
            i = j + 1;
        }
        return runs;
    }

    private static bool Continues(IReadOnlyList<Line> lines, int a, int b) =>
        lines[b].Pieces.Count >= 2 && lines[a].Box.Bottom - lines[b].Box.Top <= 3 * (b - a) * Math.Max(lines[a].Size, lines[b].Size);

    /// <summary>The table of lines <paramref name="first"/>…<paramref name="last"/>.</summary>
    public static GridTable Build(IReadOnlyList<Line> lines, int first, int last, int page, PdfGridReader.Turn turn)
    {
        // columns: the merged extents of the pieces of the lines that carry figures
        var extents = new List<(double Left, double Right)>();
        for (int k = first; k <= last; k++)
        {
            if (!lines[k].Pieces.Any(p => CellNumbers.IsNumber(GlyphLines.Text(p)))) continue;
            foreach (var p in lines[k].Pieces) extents.Add((p[0].Left, p.Max(g => g.Right)));
        }
        extents.Sort((x, y) => x.Left.CompareTo(y.Left));
        var columns = new List<(double Left, double Right)>();
        foreach (var e in extents)
        {
            if (columns.Count > 0 && e.Left <= columns[^1].Right + 1) columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, e.Right));
            else columns.Add(e);
        }

        // each line's pieces by column
        var rows = new List<Dictionary<int, (List<Glyph> Glyphs, int Span)>>();
        var figures = new List<bool>();
        for (int k = first; k <= last; k++)
        {
            var taken = new Dictionary<int, (List<Glyph> Glyphs, int Span)>();
            foreach (var p in lines[k].Pieces)
            {
                double l = p[0].Left, r = p.Max(g => g.Right);
                var over = Enumerable.Range(0, columns.Count).Where(c => Math.Min(r, columns[c].Right) - Math.Max(l, columns[c].Left) > 0).ToList();
                int col = over.Count > 0 ? over[0] : Nearest(columns, (l + r) / 2);
                int span = over.Count > 0 ? over[^1] - over[0] + 1 : 1;
                if (taken.TryGetValue(col, out var had)) taken[col] = (had.Glyphs.Concat(p).ToList(), Math.Max(had.Span, span));
                else taken[col] = (p.ToList(), span);
            }
            rows.Add(taken);
            figures.Add(lines[k].Pieces.Any(p => CellNumbers.IsNumber(GlyphLines.Text(p))));
        }
        // A label wrapped over lines around its row (the figures printed once, centred): the pieces of a line with
        // one piece and no figure go into the nearest row of figures within two lines that leaves that column empty.
        int firstFigures = figures.IndexOf(true);
        for (int k = 0; k < rows.Count; k++)
        {
            if (figures[k] || rows[k].Count != 1 || k < firstFigures) continue;
            int col = rows[k].Keys.First();
            int target = -1;
            foreach (int d in new[] { 1, -1, 2, -2 })
            {
                int t = k + d;
                if (t >= 0 && t < rows.Count && figures[t] && !rows[t].ContainsKey(col)) { target = t; break; }
                if (t >= 0 && t < rows.Count && figures[t] && rows[t].TryGetValue(col, out var part) && part.Glyphs.Count > 0 && IsWrapOf(rows, t, col, k)) { target = t; break; }
            }
            if (target < 0) continue;
            var piece = rows[k][col];
            if (rows[target].TryGetValue(col, out var existing))
                rows[target][col] = (existing.Glyphs.Concat(piece.Glyphs).ToList(), existing.Span);
            else rows[target][col] = piece;
            rows[k].Clear();
        }

        MergeLabelColumns(rows, columns, lines, first);

        var cells = new List<GridCell>();
        int row = -1;
        for (int k = 0; k < rows.Count; k++)
        {
            var taken = rows[k];
            if (taken.Count == 0) continue;
            row++;
            int covered = -1;
            foreach (var (col, (glyphs, span)) in taken.OrderBy(x => x.Key))
            {
                if (col <= covered) continue; // inside a piece spanning from the left
                int s = Math.Min(span, columns.Count - col);
                var box = turn.Unapply(GlyphLines.Box(glyphs));
                cells.Add(new GridCell(row, col, GlyphLines.Text(GlyphLines.Lines(glyphs))) { ColumnSpan = s, Box = box, TextBox = box });
                covered = col + s - 1;
            }
        }
        var all = lines.Skip(first).Take(last - first + 1).Select(x => x.Box).Aggregate((a, b) => a.Union(b));
        return new GridTable(page, row + 1, columns.Count, cells, turn.Unapply(all)) { Inferred = true };
    }

    // The 栏次 row (栏次 1 2 3 4) numbers every column centred, while a label column's text starts at its left: the
    // index over a label column then makes a column of its own beside the labels' (收支总表 continued on a page where
    // the labels print further left). Two neighbouring columns that hold no figure but the index's, and never text on
    // one line, are one column.
    private static void MergeLabelColumns(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, List<(double Left, double Right)> columns,
        IReadOnlyList<Line> lines, int first)
    {
        var index = new bool[rows.Count];
        for (int k = 0; k < rows.Count; k++)
            index[k] = PublishedTextReader.IsColumnIndexRow(lines[first + k].Pieces.Select(p => GlyphLines.Text(p)).ToList());
        if (!index.Any(x => x)) return;
        for (int c = columns.Count - 2; c >= 0; c--)
        {
            bool together = false, figures = false;
            for (int k = 0; k < rows.Count && !together && !figures; k++)
            {
                bool a = rows[k].TryGetValue(c, out var x), b = rows[k].TryGetValue(c + 1, out var y);
                if (index[k]) continue;
                together = a && b;
                figures = (a && CellNumbers.IsNumber(GlyphLines.Text(x.Glyphs))) || (b && CellNumbers.IsNumber(GlyphLines.Text(y.Glyphs)));
            }
            if (together || figures) continue;
            // column c + 1 goes into c: every piece in it, and every span over it, moves one to the left
            columns[c] = (Math.Min(columns[c].Left, columns[c + 1].Left), Math.Max(columns[c].Right, columns[c + 1].Right));
            columns.RemoveAt(c + 1);
            foreach (var r in rows)
            {
                var moved = r.OrderBy(e => e.Key).ToList();
                r.Clear();
                foreach (var (col, (glyphs, span)) in moved)
                {
                    int to = col > c ? col - 1 : col;
                    int last = col + span - 1;
                    int toLast = last > c ? last - 1 : last;
                    if (r.TryGetValue(to, out var had)) r[to] = (had.Glyphs.Concat(glyphs).ToList(), Math.Max(had.Span, toLast - to + 1));
                    else r[to] = (glyphs, Math.Max(1, toLast - to + 1));
                }
            }
        }
    }

    // A row whose label already holds the first part of a label wrapped above it and now gets the rest below it.
    private static bool IsWrapOf(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, int target, int col, int k) =>
        k > target && k - target <= 2 && rows[target][col].Glyphs.Count > 0 && rows[target].Count > 1;

    private static int Nearest(List<(double Left, double Right)> columns, double x)
    {
        int best = 0;
        double d = double.MaxValue;
        for (int c = 0; c < columns.Count; c++)
        {
            double dc = x < columns[c].Left ? columns[c].Left - x : x > columns[c].Right ? x - columns[c].Right : 0;
            if (dc < d) { d = dc; best = c; }
        }
        return best;
    }
}
