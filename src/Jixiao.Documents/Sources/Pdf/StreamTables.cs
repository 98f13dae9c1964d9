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
    public static List<(int First, int Last)> Runs(IReadOnlyList<Line> lines, bool onGrid = false)
    {
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Pieces.Count < 2) { i++; continue; }
            int j = i;
            while (j + 1 < lines.Count && Continues(lines, j, j + 1)) j++;
            // short single pieces between table lines, each close to the one above (labels wrapped around their lone
            // 序号 in rows without figures), stay in the run
            while (true)
            {
                int gap = 1;
                double width = 0;
                for (int k = i; k <= j; k++) width = Math.Max(width, lines[k].Box.Width);
                int most = !onGrid && Padded(lines, i, j) ? MaxSingles : 2;
                while (gap <= most && j + gap < lines.Count && lines[j + gap].Pieces.Count == 1 && lines[j + gap].Box.Width < width * 0.5
                    && Close(lines[j + gap - 1], lines[j + gap]))
                    gap++;
                if (gap == 1 || j + gap >= lines.Count || lines[j + gap].Pieces.Count < 2 || !Continues(lines, j + gap - 1, j + gap)) break;
                j += gap;
                while (j + 1 < lines.Count && Continues(lines, j, j + 1)) j++;
            }
            // the last row's label wrapped below its figures (医疗保障管理事 | 务): set solid under the last line, starting
            // where a label of that line starts and no wider than it (a note or the next title is neither)
            while (!onGrid && j > i && j + 1 < lines.Count && IsLabelTail(lines[j], lines[j + 1], lines[j - 1])) j++;
            int withFigures = 0;
            for (int k = i; k <= j; k++)
                if (lines[k].Pieces.Any(p => CellNumbers.IsNumber(GlyphLines.Text(p)))) withFigures++;
            if (j - i + 1 >= 3 && withFigures >= 2) runs.Add((i, j));
            i = j + 1;
        }
        return runs;
    }

    // The 栏次 row closes a header that may stand tall over the first row: the gap after it is a header cell's padding.
    // two rows without figures, each a label wrapped over two lines around its 序号
    private const int MaxSingles = 6;

    /// <summary>
    /// True when the rows of lines <paramref name="i"/>…<paramref name="j"/> stand apart (a cell's padding between two
    /// lines of figures next to each other), so that a line set solid with its neighbour is of the same row. A text laid out on a fixed
    /// grid, or a table whose rows touch, gives no such sign: its wrapped lines are then taken in the narrow ways only.
    /// </summary>
    private static bool Padded(IReadOnlyList<Line> lines, int i, int j)
    {
        double least = double.MaxValue;
        for (int k = i; k < j; k++)
            if (HasFigure(lines[k]) && HasFigure(lines[k + 1]))
                least = Math.Min(least, Gap(lines[k], lines[k + 1]) / Math.Max(lines[k].Size, lines[k + 1].Size));
        return least != double.MaxValue && least > 1;
    }

    private static bool HasFigure(Line line) => line.Pieces.Any(p => CellNumbers.IsNumber(GlyphLines.Text(p)));

    private static bool NearerThanOtherSide(IReadOnlyList<Line> lines, int first, int count, int k, int target)
    {
        int other = target > k ? k - 1 : k + 1;
        if (other < 0 || other >= count) return true;
        double toTarget = target > k ? Gap(lines[first + k], lines[first + k + 1]) : Gap(lines[first + k - 1], lines[first + k]);
        double toOther = other > k ? Gap(lines[first + k], lines[first + other]) : Gap(lines[first + other], lines[first + k]);
        return toTarget < toOther - 0.5;
    }

    private static bool Close(Line upper, Line lower) => Gap(upper, lower) <= 3 * Math.Max(upper.Size, lower.Size);

    private static bool Continues(IReadOnlyList<Line> lines, int a, int b) =>
        lines[b].Pieces.Count >= 2
        && lines[a].Box.Bottom - lines[b].Box.Top <= (IsIndexLine(lines[a]) ? 6 : 3) * (b - a) * Math.Max(lines[a].Size, lines[b].Size);

    private static bool IsIndexLine(Line line) =>
        line.Pieces.Count >= 3 && PublishedTextReader.IsColumnIndexRow(line.Pieces.Select(p => GlyphLines.Text(p)).ToList());

    /// <summary>The table of lines <paramref name="first"/>…<paramref name="last"/>.</summary>
    public static GridTable Build(IReadOnlyList<Line> lines, int first, int last, int page, PdfGridReader.Turn turn, bool onGrid = false)
    {
        for (int k = first; k <= last; k++) SplitGluedFigures(lines[k].Pieces);
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
        // Labels wrapped over lines around their row (the figures printed once, centred): the pieces of a line with no
        // figure go into the row of figures within two lines that is nearest on the page — the lines
        // of one label are closer together than two rows, which a cell's padding separates — and that leaves that
        // column empty or holds the rest of the label.
        bool padded = !onGrid && Padded(lines, first, last);
        var index = new bool[rows.Count];
        for (int k = 0; k < rows.Count; k++)
            index[k] = IsIndexLine(lines[first + k]);
        int firstFigures = figures.IndexOf(true);
        for (int k = 0; k < rows.Count; k++)
        {
            if (figures[k] || rows[k].Count == 0 || k < firstFigures) continue;
            var cols = rows[k].Keys.ToList();
            int target = -1;
            double nearest = double.MaxValue;
            foreach (int d in new[] { 1, -1, 2, -2 })
            {
                int t = k + d;
                if (t < 0 || t >= rows.Count || !figures[t] || index[t]) continue;
                bool fits = cols.All(col => !rows[t].ContainsKey(col) || (rows[t][col].Glyphs.Count > 0 && IsWrapOf(rows, t, col, k)));
                if (!fits) continue;
                // the line next to this one on the way to the row must be of the same label: set solid, not a row away
                int step = k + Math.Sign(d);
                if (Gap(lines[first + Math.Min(k, step)], lines[first + Math.Max(k, step)]) > SolidGap * lines[first + k].Size) continue;
                double gap = Gap(lines[first + Math.Min(k, t)], lines[first + Math.Max(k, t)]);
                if (gap < nearest - 0.5) { nearest = gap; target = t; }
            }
            if (target < 0) continue;
            // a line of several labels moves only when it stands nearer its row than the line on its other side: in a
            // text laid out on a fixed grid every line is as near as the next, and a row of labels stays a row
            if (cols.Count > 1 && (!padded || !NearerThanOtherSide(lines, first, rows.Count, k, target))) continue;
            foreach (int col in cols)
            {
                var piece = rows[k][col];
                if (rows[target].TryGetValue(col, out var existing))
                    rows[target][col] = (existing.Glyphs.Concat(piece.Glyphs).ToList(), existing.Span);
                else rows[target][col] = piece;
            }
            rows[k].Clear();
        }

        MergeLabelColumns(rows, columns, index);

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

    // The 栏次 row (栏次 1 2 3 4) numbers every column centred, while a column's text may stand at its left (labels,
    // figures left-aligned in a wide column): the index then makes a column of its own beside its column's. A column
    // that holds nothing under the index row but its index number belongs to a neighbour that holds data and has no
    // index number of its own — never to one whose own number it would steal (the empty figure columns of a continued
    // page keep theirs) — when no row prints text in both.
    private static void MergeLabelColumns(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, List<(double Left, double Right)> columns, bool[] index)
    {
        int indexRow = Array.IndexOf(index, true);
        if (indexRow < 0) return;
        for (int c = columns.Count - 1; c >= 0; c--)
        {
            if (!IndexOnly(rows, index, indexRow, c)) continue;
            int into = -1;
            double nearest = double.MaxValue;
            foreach (int n in new[] { c - 1, c + 1 })
            {
                if (n < 0 || n >= columns.Count || HasIndex(rows, index, n) || !HasData(rows, index, indexRow, n) || Together(rows, index, c, n)) continue;
                double d = n < c ? columns[c].Left - columns[n].Right : columns[n].Left - columns[c].Right;
                if (d < nearest) { nearest = d; into = n; }
            }
            if (into >= 0) Merge(rows, columns, Math.Min(c, into));
        }
    }

    private static bool IndexOnly(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, bool[] index, int indexRow, int c) =>
        HasIndex(rows, index, c) && !HasData(rows, index, indexRow, c);

    private static bool HasIndex(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, bool[] index, int c)
    {
        for (int k = 0; k < rows.Count; k++)
            if (index[k] && rows[k].ContainsKey(c)) return true;
        return false;
    }

    private static bool HasData(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, bool[] index, int indexRow, int c)
    {
        for (int k = indexRow + 1; k < rows.Count; k++)
            if (!index[k] && rows[k].ContainsKey(c)) return true;
        return false;
    }

    private static bool Together(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, bool[] index, int a, int b)
    {
        for (int k = 0; k < rows.Count; k++)
            if (!index[k] && rows[k].ContainsKey(a) && rows[k].ContainsKey(b)) return true;
        return false;
    }

    /// <summary>Columns <paramref name="c"/> and <paramref name="c"/> + 1 made one.</summary>
    private static void Merge(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, List<(double Left, double Right)> columns, int c)
    {
        // every piece in c + 1, and every span over it, moves one to the left
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

    /// <summary>
    /// A label and the figure of the next column printed a few points apart (a long label in a narrow column, a figure
    /// left-aligned in its cell) come out as one piece: <c>社会保障和就业53.84</c>, which would make one column of two.
    /// Inside a table's run such a piece is cut where Chinese text meets the figure that ends it, when a gap separates
    /// them: glyphs of one label abut, and a figure written inside a label (<c>2021年</c>) is followed by text.
    /// </summary>
    internal static void SplitGluedFigures(List<List<Glyph>> pieces)
    {
        for (int i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            // the figure that ends the piece, back to its first character
            int start = p.Count;
            while (start > 0 && IsFigure(p[start - 1].Value)) start--;
            if (start == 0 || start == p.Count || !GlyphLines.IsWide(p[start - 1].Value)) continue;
            var before = p[start - 1];
            var after = p[start];
            double gap = after.Left - before.Right;
            if (gap < GluedGap * Math.Max(before.Size, after.Size)) continue;
            var figure = p.GetRange(start, p.Count - start);
            if (!CellNumbers.IsNumber(GlyphLines.Text(figure))) continue;
            pieces[i] = p.GetRange(0, start);
            pieces.Insert(i + 1, figure);
            i++;
        }
    }

    // a fifth of the size: wider than the spacing of one word's glyphs, narrower than the gap a reader sees as a column's
    private const double GluedGap = 0.2;

    private static bool IsFigure(string s) => s.Length == 1 && (char.IsAsciiDigit(s[0]) || s[0] is '.' or ',' or '-' or '%');

    // Lines of one wrapped label are set with less than half a character between them; rows are a cell's padding apart.
    private const double SolidGap = 0.5;

    private static double Gap(Line upper, Line lower) => upper.Box.Bottom - lower.Box.Top;

    // The label's first piece may stand on the line above the figures (a label wrapped around its row): a piece of
    // either line gives the label's left edge.
    private static bool IsLabelTail(Line last, Line next, Line before)
    {
        if (next.Pieces.Count != 1 || Gap(last, next) > SolidGap * next.Size) return false;
        var tail = next.Pieces[0];
        string text = GlyphLines.Text(tail);
        if (CellNumbers.IsNumber(text) || text.StartsWith('注') || text.StartsWith("说明", StringComparison.Ordinal)) return false;
        double width = tail.Max(g => g.Right) - tail[0].Left;
        foreach (var p in last.Pieces.Concat(Gap(before, last) <= SolidGap * last.Size ? before.Pieces : []))
        {
            if (CellNumbers.IsNumber(GlyphLines.Text(p))) continue;
            if (Math.Abs(p[0].Left - tail[0].Left) <= 0.5 * next.Size && width <= p.Max(g => g.Right) - p[0].Left + 0.5) return true;
        }
        return false;
    }

    // A row whose label holds part of a label wrapped over lines and gets another part, above or below it.
    private static bool IsWrapOf(List<Dictionary<int, (List<Glyph> Glyphs, int Span)>> rows, int target, int col, int k) =>
        Math.Abs(k - target) <= 2 && rows[target][col].Glyphs.Count > 0 && rows[target].Count > 1;

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
