using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;
using Jixiao.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Reads a PDF into a <see cref="GridDocument"/>: on each page the tables drawn with ruling lines become cells (with
/// their boxes), the characters inside a cell its text, the rest lines of text (a paragraph wrapped over lines
/// joined back); a page whose text runs sideways (a landscape table on a portrait page) is turned upright first;
/// a table carried over to the next page is joined to its start and its repeated header left out. A page without a
/// text layer (a scan) is listed as not read. Encrypted or broken files are a <see cref="DocumentReadException"/>.
/// </summary>
public static partial class PdfGridReader
{
    /// <param name="path">the PDF</param>
    /// <param name="cancellationToken">looked at before each page: a read past its time limit stops at the next page</param>
    public static GridDocument Read(string path, CancellationToken cancellationToken = default)
    {
        byte[] file;
        try { file = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new DocumentReadException(path, $"无法读取：{e.Message}", e); }
        // First without the font programs when no character or width depends on them (FontPrograms): the same letters,
        // read many times faster. A letter without a character read that way sends the file down the full way.
        using (var doc = Open(file, path))
        {
            if (FontPrograms.Unneeded(doc) is int programs and > 0 && FontPrograms.Count(file) >= programs && Lean(file) is { } lean)
            {
                using (lean)
                {
                    // the guard is left out only when no font still names a program (an old revision's descriptor may have been counted)
                    var read = ReadPages(lean, path, file, guard: FontPrograms.Unneeded(lean) != 0, cancellationToken, out bool doubtful);
                    if (!doubtful) return read;
                }
            }
            return ReadPages(doc, path, file, guard: true, cancellationToken, out _);
        }
    }

    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    private static PdfDocument Open(byte[] file, string path)
    {
        try { return PdfDocument.Open(file, Options); }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentReadException(path, "PDF 文件已加密，无法读取（请提供未加密的文件）");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException(path, $"不是可读取的 PDF 文件（{e.Message}）", e);
        }
    }

    private static PdfDocument? Lean(byte[] file)
    {
        try { return PdfDocument.Open(FontPrograms.Hidden(file), Options); }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }

    /// <param name="doubtful">a letter came without its character, or a page was not read: read the full way to be sure</param>
    private static GridDocument ReadPages(PdfDocument doc, string path, byte[] file, bool guard, CancellationToken cancellationToken, out bool doubtful)
    {
        doubtful = false;
        if (guard && EmbeddedFonts.Damaged(doc, file) is { } damaged) throw new DocumentReadException(path, damaged);
        var blocks = new List<GridBlock>();
        var unread = new List<GridUnread>();
        int pages = doc.NumberOfPages;
        for (int p = 1; p <= pages; p++)
        {
            // outside the page's own catch, which would take the cancellation for a page that cannot be read
            cancellationToken.ThrowIfCancellationRequested();
            Page page;
            try
            {
                page = doc.GetPage(p);
                foreach (var letter in page.Letters)
                    if (letter.Value.Length == 0 || letter.Value.Contains('\uFFFD', StringComparison.Ordinal)) { doubtful = true; break; }
                ReadPage(page, p, blocks, unread);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not DocumentReadException)
            {
                unread.Add(new GridUnread(p, $"第 {p} 页无法解析（{e.Message}），未读取"));
            }
        }
        doubtful |= unread.Count > 0;
        MarkContinuations(blocks);
        return new GridDocument(path, pages, blocks, unread);
    }

    private static void ReadPage(Page page, int number, List<GridBlock> blocks, List<GridUnread> unread)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0)
        {
            if (page.GetImages().Any()) unread.Add(new GridUnread(number, $"第 {number} 页是图像（扫描件），没有文字层，未读取"));
            return;
        }
        var upright = Upright(page, letters);
        var glyphs = letters.Select(l => ToGlyph(l, upright)).ToList();
        var (h, v) = PdfRulings.Find(page, upright);
        var tables = PdfLattice.Tables(h, v).Select(cells => new TableBuilder(cells)).ToList();

        var free = new List<Glyph>();
        foreach (var g in glyphs)
        {
            bool placed = false;
            foreach (var t in tables)
                if (t.TryAdd(g)) { placed = true; break; }
            if (!placed) free.Add(g);
        }

        var pageBlocks = new List<(double Top, GridBlock Block)>();
        foreach (var t in tables)
        {
            var table = t.Build(number, upright);
            if (table is not null) pageBlocks.Add((t.Top, GridBlock.OfTable(table)));
            else free.AddRange(t.Glyphs);
        }
        pageBlocks.AddRange(FreeText(free, upright, number));
        blocks.AddRange(pageBlocks.OrderByDescending(b => b.Top).Select(b => b.Block));
    }

    /// <summary>How to turn the page so that most of its text reads left to right.</summary>
    internal readonly record struct Turn(int Degrees, double Width, double Height)
    {
        public PdfPoint Apply(PdfPoint p) => Degrees switch
        {
            90 => new PdfPoint(p.Y, Width - p.X),
            180 => new PdfPoint(Width - p.X, Height - p.Y),
            270 => new PdfPoint(Height - p.Y, p.X),
            _ => p,
        };

        /// <summary>The page's own coordinates of a point of the upright page.</summary>
        public PdfPoint Unapply(PdfPoint p) => Degrees switch
        {
            90 => new PdfPoint(Width - p.Y, p.X),
            180 => new PdfPoint(Width - p.X, Height - p.Y),
            270 => new PdfPoint(p.Y, Height - p.X),
            _ => p,
        };

        /// <summary>A box of the upright page in the page's own coordinates (where a finding is drawn).</summary>
        public GridBox Unapply(GridBox b)
        {
            if (Degrees == 0) return b;
            var p = Unapply(new PdfPoint(b.Left, b.Bottom));
            var q = Unapply(new PdfPoint(b.Right, b.Top));
            return new GridBox(Math.Min(p.X, q.X), Math.Min(p.Y, q.Y), Math.Max(p.X, q.X), Math.Max(p.Y, q.Y));
        }
    }

    private static Turn Upright(Page page, List<Letter> letters)
    {
        int r90 = 0, r180 = 0, r270 = 0, straight = 0;
        foreach (var l in letters)
        {
            switch (l.TextOrientation)
            {
                case TextOrientation.Rotate90: r90++; break;
                case TextOrientation.Rotate180: r180++; break;
                case TextOrientation.Rotate270: r270++; break;
                case TextOrientation.Horizontal: straight++; break;
            }
        }
        double w = page.Width, hgt = page.Height;
        int max = Math.Max(Math.Max(r90, r180), Math.Max(r270, straight));
        if (max == straight) return new Turn(0, w, hgt);
        // Text running upwards (rotated 90°) reads left to right once the page turns a quarter clockwise.
        if (max == r90) return new Turn(90, w, hgt) { };
        if (max == r270) return new Turn(270, w, hgt);
        return new Turn(180, w, hgt);
    }

    private static Glyph ToGlyph(Letter l, Turn turn)
    {
        var a = turn.Apply(l.StartBaseLine);
        var b = turn.Apply(l.EndBaseLine);
        double size = l.PointSize > 0.5 ? l.PointSize : Math.Max(l.BoundingBox.Height, 4);
        double left = Math.Min(a.X, b.X), right = Math.Max(a.X, b.X);
        if (right - left < 0.1) right = left + size * 0.5;
        return new Glyph(l.Value, left, right, (a.Y + b.Y) / 2, size);
    }

    /// <summary>
    /// Text outside drawn tables: lines split into pieces where a gap separates them, runs of such lines that print
    /// figures in columns taken as tables (<see cref="StreamTables"/>), the rest lines of text with paragraphs wrapped
    /// over lines joined back and page numbers left out.
    /// </summary>
    /// <param name="onGrid">True for a text laid out in character cells (<c>pdftotext -layout</c>): its lines stand on a
    /// fixed grid, so how near two lines are says nothing of whether they are one row.</param>
    internal static IEnumerable<(double Top, GridBlock Block)> FreeText(List<Glyph> glyphs, Turn turn, int page, bool onGrid = false)
    {
        double pageHeight = turn.Degrees is 90 or 270 ? turn.Width : turn.Height;
        if (glyphs.Count == 0) yield break;
        var raw = GlyphLines.Lines(glyphs);
        var lines = raw.Select(l => new StreamTables.Line(Pieces(l), GlyphLines.Box(l), l.Max(g => g.Size))).ToList();
        var inTable = new bool[lines.Count];
        foreach (var (first, last) in StreamTables.Runs(lines, onGrid))
        {
            for (int k = first; k <= last; k++) inTable[k] = true;
            yield return (lines[first].Box.Top, GridBlock.OfTable(StreamTables.Build(lines, first, last, page, turn, onGrid)));
        }

        var text = Enumerable.Range(0, lines.Count).Where(k => !inTable[k]).ToList();
        if (text.Count == 0) yield break;
        double leftMargin = text.Min(k => raw[k][0].Left);
        double rightMargin = text.Max(k => raw[k][^1].Right);
        var result = new List<(double Top, double Bottom, double Left, double Right, double Size, List<GridText> Pieces)>();
        foreach (int k in text)
        {
            var line = raw[k];
            var pieces = lines[k].Pieces.Select(p => new GridText(GlyphLines.Text(p), GlyphLines.Box(p))).ToList();
            var box = lines[k].Box;
            double size = lines[k].Size;
            if (pieces.Count == 1 && PageNumber().IsMatch(pieces[0].Text) && (box.Top < pageHeight * 0.1 || box.Bottom > pageHeight * 0.92)) continue;
            if (result.Count > 0)
            {
                var prev = result[^1];
                // A line breaks early when its next word (a figure such as 15.16%) would not have fitted.
                double nextWord = LeadingWordWidth(line);
                bool reachesRight = prev.Right + nextWord >= rightMargin - 2 * size;
                bool startsAtLeft = box.Left <= leftMargin + size * 0.8;
                bool close = prev.Bottom - box.Top <= size * 1.6;
                // a title (larger, or centred: starting further in than a paragraph's first-line indent) ends where it ends
                bool sameSize = Math.Abs(prev.Size - size) <= 0.5;
                bool prose = prev.Left <= leftMargin + 2.6 * size;
                if (prev.Pieces.Count == 1 && pieces.Count == 1 && reachesRight && startsAtLeft && close && sameSize && prose && !ListItem().IsMatch(pieces[0].Text))
                {
                    var joined = new GridText(prev.Pieces[0].Text + pieces[0].Text, prev.Pieces[0].Box!.Value.Union(box));
                    result[^1] = (prev.Top, box.Bottom, prev.Left, box.Right, prev.Size, [joined]);
                    continue;
                }
            }
            result.Add((box.Top, box.Bottom, box.Left, box.Right, size, pieces));
        }
        foreach (var r in result)
            yield return (r.Top, GridBlock.OfLine(page, r.Pieces.Select(p => p with { Box = p.Box is { } b ? turn.Unapply(b) : null }).ToList()));
    }

    /// <summary>
    /// A line cut where a gap separates its pieces: a gap of a character's width, or a narrower one where figures meet
    /// Chinese text (a right-aligned figure beside a left-aligned label in a table without lines).
    /// </summary>
    private static List<List<Glyph>> Pieces(List<Glyph> line)
    {
        var pieces = new List<List<Glyph>>();
        var current = new List<Glyph>();
        foreach (var g in line)
        {
            if (current.Count > 0)
            {
                var p = current[^1];
                double gap = g.Left - p.Right, size = Math.Max(g.Size, p.Size);
                bool mixed = GlyphLines.IsWide(p.Value) != GlyphLines.IsWide(g.Value);
                // two figures side by side in narrow columns: a figure holds no space
                bool figures = IsFigureChar(p.Value) && IsFigureChar(g.Value);
                if (gap > 1.2 * size || mixed && gap > 0.45 * size || figures && gap > 0.25 * size)
                {
                    pieces.Add(current);
                    current = [];
                }
            }
            current.Add(g);
        }
        pieces.Add(current);
        return pieces;
    }

    private static bool IsFigureChar(string s) => s.Length == 1 && (char.IsAsciiDigit(s[0]) || s[0] is '.' or ',' or '%' or '-');

    private static double LeadingWordWidth(List<Glyph> line)
    {
        int i = 0;
        while (i < line.Count && !GlyphLines.IsWide(line[i].Value)) i++;
        return i == 0 ? 0 : line[i - 1].Right - line[0].Left;
    }

    /// <summary>The start of a numbered item or heading (一、 （二） 3、 (4) 5.): a new paragraph even at the left margin.</summary>
    [GeneratedRegex(@"^\s*([(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,3}[、.．](?!\d)|第[一二三四五六七八九十]+[部分章节条])")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4})?[-—–\s]*$")]
    private static partial Regex PageNumber();

    /// <summary>
    /// A table that opens a page right after a table that closed the previous one, with the same columns, continues
    /// it; its leading rows equal to the first table's header rows are a repeated header.
    /// </summary>
    internal static void MarkContinuations(List<GridBlock> blocks)
    {
        GridTable? head = null;
        for (int i = 1; i < blocks.Count; i++)
        {
            var prev = blocks[i - 1].Table;
            var t = blocks[i].Table;
            if (t is null) continue;
            if (prev is null || prev.Page != t.Page - 1 || !SameColumns(prev, t))
            {
                head = null;
                continue;
            }
            head = prev.ContinuesPrevious && head is not null ? head : prev;
            t.ContinuesPrevious = true;
            int k = 0;
            while (k < Math.Min(head.RowCount, t.RowCount - 1) && SameRow(head.RowTexts(k), t.RowTexts(k))) k++;
            // a header without lines breaks into other pieces on each page; both ending in the 栏次 row marks it repeated
            if (IndexRow(head) >= 0 && IndexRow(t) is var at and >= 0 && at + 1 > k && at + 1 < t.RowCount) k = at + 1;
            t.RepeatedHeaderRows = k;
            if (LabelTail(prev, t, k) is { } tail)
            {
                blocks[i - 1] = GridBlock.OfTable(prev.WithText(tail.Last, prev.At(prev.RowCount - 1, tail.Column)!.Text + tail.Text));
                blocks[i] = GridBlock.OfTable(t.WithoutRow(k));
                if (ReferenceEquals(head, prev)) head = blocks[i - 1].Table;
            }
        }
    }

    /// <summary>
    /// A label wrapped at the foot of a page whose last piece went over to the next (社会保障和就业 | 支出): the first row
    /// under the repeated header holds only that piece, in a column where the last row of the page before holds text.
    /// </summary>
    private static (GridCell Last, int Column, string Text)? LabelTail(GridTable prev, GridTable t, int row)
    {
        // with ruling lines a row that holds only a label is a row (a class printed without amounts); so is one that
        // starts a list item (二十五、…) in a table without them
        if (!prev.Inferred || !t.Inferred || row >= t.RowCount || prev.RowCount == 0) return null;
        var cells = t.RowCells(row).Where(c => c is not null && c.Row == row && c.Text.Trim().Length > 0).ToList();
        if (cells.Count != 1 || Jixiao.Documents.Text.CellNumbers.IsNumber(cells[0]!.Text)) return null;
        var piece = cells[0]!;
        if (ListItem().IsMatch(piece.Text)) return null;
        if (prev.At(prev.RowCount - 1, piece.Column) is not { } last || last.Row + last.RowSpan != prev.RowCount || last.Text.Trim().Length == 0) return null;
        if (Jixiao.Documents.Text.CellNumbers.IsNumber(last.Text)) return null;
        return (last, piece.Column, piece.Text.Trim());
    }

    // the 栏次 row among the first rows of a table (a header is not longer than that)
    private static int IndexRow(GridTable t)
    {
        for (int r = 0; r < Math.Min(t.RowCount, 12); r++)
            if (Jixiao.Documents.Text.PublishedTextReader.IsColumnIndexRow(t.RowTexts(r))) return r;
        return -1;
    }

    private static bool SameColumns(GridTable a, GridTable b)
    {
        if (a.ColumnCount != b.ColumnCount || a.Box is not { } ab || b.Box is not { } bb) return false;
        return Math.Abs(ab.Left - bb.Left) <= 3 && Math.Abs(ab.Right - bb.Right) <= 3;
    }

    private static bool SameRow(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.All(x => x.Length == 0)) return false;
        for (int i = 0; i < a.Length; i++)
            if (Names.Normalize(a[i]) != Names.Normalize(b[i])) return false;
        return true;
    }

    /// <summary>One lattice table being filled with the characters inside its cells.</summary>
    private sealed class TableBuilder
    {
        private readonly List<GridBox> _cells;
        private readonly double[] _xs;
        private readonly double[] _ys; // descending: row 0 at the top
        private readonly int[,] _owner;
        private readonly List<Glyph>[] _glyphs;
        private readonly GridBox _box;

        public TableBuilder(List<GridBox> cells)
        {
            _cells = cells;
            _xs = cells.SelectMany(c => new[] { c.Left, c.Right }).Distinct().Order().ToArray();
            _ys = cells.SelectMany(c => new[] { c.Top, c.Bottom }).Distinct().OrderDescending().ToArray();
            _owner = new int[Math.Max(1, _ys.Length - 1), Math.Max(1, _xs.Length - 1)];
            for (int r = 0; r < _owner.GetLength(0); r++)
                for (int k = 0; k < _owner.GetLength(1); k++) _owner[r, k] = -1;
            for (int i = 0; i < cells.Count; i++)
            {
                var c = cells[i];
                int r0 = Array.IndexOf(_ys, c.Top), r1 = Array.IndexOf(_ys, c.Bottom);
                int k0 = Array.IndexOf(_xs, c.Left), k1 = Array.IndexOf(_xs, c.Right);
                for (int r = r0; r < r1; r++)
                    for (int k = k0; k < k1; k++)
                        if (_owner[r, k] < 0) _owner[r, k] = i;
            }
            _glyphs = cells.Select(_ => new List<Glyph>()).ToArray();
            _box = cells.Aggregate((a, b) => a.Union(b));
        }

        public IEnumerable<Glyph> Glyphs => _glyphs.SelectMany(g => g);

        /// <summary>The table's top on the upright page (for reading order).</summary>
        public double Top => _box.Top;

        public bool TryAdd(Glyph g)
        {
            double x = g.CenterX, y = g.CenterY;
            if (!_box.Contains(x, y)) return false;
            int k = Interval(_xs, x, ascending: true);
            int r = Interval(_ys, y, ascending: false);
            if (k < 0 || r < 0) return false;
            int owner = _owner[r, k];
            if (owner < 0) return false;
            _glyphs[owner].Add(g);
            return true;
        }

        private static int Interval(double[] edges, double v, bool ascending)
        {
            for (int i = 0; i + 1 < edges.Length; i++)
            {
                bool inside = ascending ? v >= edges[i] && v <= edges[i + 1] : v <= edges[i] && v >= edges[i + 1];
                if (inside) return i;
            }
            return -1;
        }

        /// <summary>The table, or null when it is a frame around text rather than a table (one row or one column with no figures).</summary>
        public GridTable? Build(int page, Turn turn)
        {
            int rows = _ys.Length - 1, columns = _xs.Length - 1;
            if (rows < 1 || columns < 1 || (rows < 2 && columns < 2)) return null;
            var cells = new List<GridCell>();
            for (int i = 0; i < _cells.Count; i++)
            {
                var c = _cells[i];
                int r0 = Array.IndexOf(_ys, c.Top), r1 = Array.IndexOf(_ys, c.Bottom);
                int k0 = Array.IndexOf(_xs, c.Left), k1 = Array.IndexOf(_xs, c.Right);
                var text = _glyphs[i].Count == 0 ? "" : GlyphLines.Text(GlyphLines.Lines(_glyphs[i]));
                cells.Add(new GridCell(r0, k0, text)
                {
                    RowSpan = r1 - r0, ColumnSpan = k1 - k0, Box = turn.Unapply(c),
                    TextBox = _glyphs[i].Count == 0 ? null : turn.Unapply(GlyphLines.Box(_glyphs[i])),
                });
            }
            return new GridTable(page, rows, columns, cells, turn.Unapply(_box));
        }
    }
}
