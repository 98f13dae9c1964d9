using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources.Html;

/// <summary>
/// Reads a web page into a <see cref="GridDocument"/>: each <c>&lt;table&gt;</c> a <see cref="GridTable"/> (cells
/// placed with their colspan and rowspan, <c>thead</c>, <c>tbody</c> and <c>tfoot</c> rows in order), the text between
/// tables lines — a block (p, div, h1–h6, li …) or a <c>&lt;br&gt;</c> ends a line, and a container (div) whose children are
/// all elements (a header line of spans: unit, 预算年度, 单位) gives one piece per child, and two or more no-break or
/// ideographic spaces split a line into pieces. A table used as a frame (one
/// cell holding tables) is read as its content; a table nested in a cell of a real table gives its text to that cell.
/// Scripts, styles and elements hidden with <c>display:none</c> are left out. The encoding is the byte-order mark's,
/// else the page's meta charset (GB2312 and GBK read as GB18030), else UTF-8 when the bytes are valid UTF-8, else GB18030.
/// </summary>
public static partial class HtmlGridReader
{
    static HtmlGridReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads <paramref name="path"/>; <paramref name="source"/> is the name used in messages.</summary>
    public static GridDocument Read(string path, string? source = null)
    {
        source ??= path;
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0) throw new DocumentReadException(source, "文件是空的");
        if (LooksBinary(bytes)) throw new DocumentReadException(source, "不是网页（HTML）文件：内容是二进制数据");
        return Parse(Decode(bytes), source);
    }

    /// <summary>Reads a page already decoded.</summary>
    public static GridDocument Parse(string html, string source)
    {
        var document = new HtmlParser().ParseDocument(html);
        var reader = new Walker();
        reader.Walk(document.Body ?? (INode)document.DocumentElement);
        reader.Flush();
        return new GridDocument(source, 0, reader.Blocks, []);
    }

    /// <summary>The page's text from its bytes (see the type's summary for how the encoding is chosen).</summary>
    internal static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        if (Charset().Match(head) is { Success: true } m && Named(m.Groups[1].Value) is { } named) return named.GetString(bytes);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static Encoding? Named(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        if (n is "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936" or "gb18030" or "euc-cn") return Encoding.GetEncoding("GB18030");
        try { return Encoding.GetEncoding(n); }
        catch (ArgumentException) { return null; }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    // NUL bytes in the first kilobytes: an image, a zip, a PDF — not a page (UTF-16 pages carry a byte-order mark).
    private static bool LooksBinary(byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)) return false;
        int n = Math.Min(bytes.Length, 8192);
        for (int i = 0; i < n; i++) if (bytes[i] == 0) return true;
        return false;
    }

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "select", "button", "input", "textarea",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header",
        "footer", "nav", "aside", "main", "blockquote", "pre", "address", "figure", "figcaption", "caption", "form", "fieldset",
        "hr", "center", "body", "html", "tr", "td", "th", "thead", "tbody", "tfoot",
    };

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "header", "footer", "nav", "aside", "main", "center",
    };

    [GeneratedRegex(@"(?:[\u00a0\u3000][ \t\r\n]*){2,}")]
    private static partial Regex Gap();

    private static bool Hidden(IElement e) =>
        e.HasAttribute("hidden") || (e.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    /// <summary>Walks the page in document order, collecting lines and tables.</summary>
    private sealed class Walker
    {
        public List<GridBlock> Blocks { get; } = [];
        private readonly List<string> _pieces = [];
        private readonly StringBuilder _text = new();

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) { _text.Append(t.Data); continue; }
                if (child is not IElement e || Skipped.Contains(e.LocalName) || Hidden(e)) continue;
                if (e is IHtmlTableElement table)
                {
                    Flush();
                    if (Frame(table) is { } inner) { Walk(inner); Flush(); }
                    else if (Build(table) is { } grid) Blocks.Add(GridBlock.OfTable(grid));
                    continue;
                }
                if (e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase)) { Flush(); continue; }
                if (!BlockTags.Contains(e.LocalName)) { Walk(e); continue; }
                Flush();
                if (SpacedOut(e))
                {
                    foreach (var part in e.Children.Where(c => !Skipped.Contains(c.LocalName) && !Hidden(c)))
                    {
                        Walk(part);
                        Piece();
                    }
                }
                else Walk(e);
                Flush();
            }
        }

        /// <summary>
        /// A container (div, section …) of two or more child elements and no text of its own (a header line of spans). A
        /// paragraph or heading of spans is running text split into runs (as Word saves a page) and stays one line.
        /// </summary>
        private static bool SpacedOut(IElement e) =>
            Containers.Contains(e.LocalName) && e.Children.Length >= 2 && e.Children.All(c => !BlockTags.Contains(c.LocalName) && c is not IHtmlTableElement && c.LocalName != "br")
            && e.ChildNodes.OfType<IText>().All(t => string.IsNullOrWhiteSpace(t.Data));

        // Two or more no-break or ideographic spaces space a line out into pieces (单位：万元&nbsp;&nbsp;&nbsp;&nbsp;预算年度：2021).
        private void Piece()
        {
            foreach (var part in Gap().Split(_text.ToString()))
            {
                var text = SourceText.Tidy(part);
                if (text.Length > 0) _pieces.Add(text);
            }
            _text.Clear();
        }

        /// <summary>Ends the current line.</summary>
        public void Flush()
        {
            Piece();
            if (_pieces.Count > 0) Blocks.Add(GridBlock.OfLine(0, _pieces.Select(p => new GridText(p, null)).ToArray()));
            _pieces.Clear();
        }
    }

    /// <summary>The one cell of a table that only frames other tables, or null.</summary>
    private static IHtmlTableCellElement? Frame(IHtmlTableElement table)
    {
        var cells = table.Rows.SelectMany(r => r.Cells).ToList();
        return cells.Count == 1 && cells[0].QuerySelector("table") is not null ? cells[0] : null;
    }

    private static GridTable? Build(IHtmlTableElement table)
    {
        var cells = new List<GridCell>();
        var taken = new HashSet<(int, int)>();
        var rows = table.Rows.Where(r => !Hidden(r)).ToList();
        int columns = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            int column = 0;
            foreach (var cell in rows[r].Cells)
            {
                if (Hidden(cell)) continue;
                while (taken.Contains((r, column))) column++;
                int colspan = Math.Clamp(Span(cell.GetAttribute("colspan")), 1, 1000);
                int rowspan = Span(cell.GetAttribute("rowspan"));
                // rowspan="0" reaches the end of the table section
                rowspan = rowspan == 0 ? rows.Count - r : Math.Clamp(rowspan, 1, rows.Count - r);
                for (int y = r; y < r + rowspan; y++)
                    for (int x = column; x < column + colspan; x++) taken.Add((y, x));
                cells.Add(new GridCell(r, column, CellText(cell)) { RowSpan = rowspan, ColumnSpan = colspan });
                column += colspan;
                columns = Math.Max(columns, column);
            }
        }
        if (rows.Count == 0 || columns == 0) return null;
        return new GridTable(0, rows.Count, columns, cells, null);
    }

    private static int Span(string? value) =>
        int.TryParse(value?.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : 1;

    /// <summary>A cell's text: its lines (a <c>&lt;br&gt;</c> or a block breaks one) joined as a wrapped label reads.</summary>
    private static string CellText(IElement cell)
    {
        var lines = new List<string>();
        var sb = new StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) { sb.Append(t.Data); continue; }
                if (child is not IElement e || Skipped.Contains(e.LocalName) || Hidden(e)) continue;
                bool block = BlockTags.Contains(e.LocalName) || e.LocalName == "br" || e is IHtmlTableElement;
                if (block) { lines.Add(sb.ToString()); sb.Clear(); }
                Walk(e);
                if (block) { lines.Add(sb.ToString()); sb.Clear(); }
            }
        }
        Walk(cell);
        lines.Add(sb.ToString());
        return SourceText.Join(lines);
    }
}
