using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jixiao.Disclosures;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Html;

/// <summary>
/// Writes a disclosure's tables as one self-contained UTF-8 HTML page (inline CSS, no scripts): per table its title,
/// the header line (unit, 预算年度, 单位), a <c>&lt;table&gt;</c> whose <c>&lt;thead&gt;</c> holds the merged column
/// header and the 栏次 row, amounts right-aligned as <c>6,596.36</c>, and the note. Printed, each table starts a new
/// A4 page (landscape for wide tables) and repeats its header on every page.
/// </summary>
public static class DisclosureHtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; font-size: 10.5pt; color: #000; margin: 1.5em; }
        header.document h1 { font-size: 18pt; text-align: center; margin: 0 0 1em; }
        section.table-page { margin: 0 auto 3em; max-width: 100%; overflow-x: auto; }
        section.table-page h2 { font-size: 16pt; font-weight: bold; text-align: center; margin: 0 0 .6em; }
        .header-line { display: flex; justify-content: space-between; margin: 0 0 .3em; }
        .header-line span { flex: 1; }
        .header-line .year { text-align: center; }
        .header-line .amount-unit { text-align: right; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #000; padding: .2em .4em; vertical-align: middle; }
        thead th { background: #f2f2f2; font-weight: bold; text-align: center; }
        thead tr.column-index th { font-weight: normal; }
        td.index { text-align: center; white-space: nowrap; }
        td.code { white-space: nowrap; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.center { text-align: center; }
        tr td.total, tr td.total.num { font-weight: bold; }
        p.note { margin: .4em 0 0; }
        @page { size: A4 portrait; margin: 15mm 12mm; }
        @page wide { size: A4 landscape; margin: 12mm 12mm; }
        @media print {
          body { margin: 0; font-size: 9pt; }
          header.document { display: none; }
          section.table-page { break-after: page; page-break-after: always; margin: 0; overflow: visible; }
          section.table-page:last-of-type { break-after: auto; page-break-after: auto; }
          section.table-page.wide { page: wide; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          th { background: #f2f2f2 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    private const int MaxIndent = 8;

    /// <summary>td.indent-N: N levels of about one CJK character each.</summary>
    private static readonly string IndentCss = string.Concat(Enumerable.Range(1, MaxIndent)
        .Select(n => string.Create(CultureInfo.InvariantCulture, $"td.indent-{n} {{ padding-left: {n + 0.4m}em; }}\n")));

    /// <summary>Writes the page to <paramref name="path"/>, all or nothing; failures are <see cref="DocumentWriteException"/>.</summary>
    public static void Write(Disclosure disclosure, string path)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        AtomicFile.Write(path, stream => Write(disclosure, stream));
    }

    /// <summary>Writes the page to a stream as UTF-8 (no byte-order mark).</summary>
    public static void Write(Disclosure disclosure, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToHtml(disclosure));
        stream.Write(bytes);
    }

    /// <summary>The page as a string.</summary>
    public static string ToHtml(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var html = new StringBuilder();
        var title = DocumentTitle(disclosure);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Jixiao\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Css).Append('\n').Append(IndentCss).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"document\"><h1>").Append(Encode(title)).Append("</h1></header>\n");
        AppendTables(html, disclosure);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The tables alone (one <c>section</c> each, no document or stylesheet around them), for a site that shows them in
    /// its own page and styles the same classes (<c>table-page</c>, <c>header-line</c>, <c>num</c>, <c>indent-N</c>).
    /// </summary>
    public static string TablesHtml(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var html = new StringBuilder();
        AppendTables(html, disclosure);
        return html.ToString();
    }

    private static void AppendTables(StringBuilder html, Disclosure disclosure)
    {
        foreach (var table in disclosure.Tables.OrderBy(t => t.Template.Number))
            WriteTable(html, TableLayout.Build(disclosure, table));
    }

    private static string DocumentTitle(Disclosure disclosure)
    {
        var unit = TableLayout.UnitText(disclosure);
        var year = disclosure.Year is { } y ? $"{y.Value.ToString(CultureInfo.InvariantCulture)}年" : "";
        return $"{unit}{year}单位预算公开表".Trim();
    }

    private static void WriteTable(StringBuilder html, TableLayout layout)
    {
        html.Append("<section class=\"table-page").Append(layout.Landscape ? " wide" : "").Append("\" id=\"").Append(Encode(layout.Id)).Append("\">\n");
        WriteTitle(html, layout);
        WriteHeaderBlock(html, layout);
        html.Append("<table>\n<thead>\n");
        WriteColumnHeader(html, layout);
        WriteColumnIndexRow(html, layout);
        html.Append("</thead>\n<tbody>\n");
        foreach (var line in layout.Lines) WriteLine(html, line);
        html.Append("</tbody>\n</table>\n");
        WriteNote(html, layout);
        html.Append("</section>\n");
    }

    private static void WriteTitle(StringBuilder html, TableLayout layout) =>
        html.Append("<h2>").Append(Encode(layout.Title)).Append("</h2>\n");

    private static void WriteHeaderBlock(StringBuilder html, TableLayout layout) =>
        html.Append("<div class=\"header-line\"><span class=\"unit\">").Append(Encode(layout.UnitLine))
            .Append("</span><span class=\"year\">").Append(Encode(layout.YearLine))
            .Append("</span><span class=\"amount-unit\">").Append(Encode(layout.AmountUnitLine)).Append("</span></div>\n");

    /// <summary>One <c>&lt;tr&gt;</c> per header row; merged cells as colspan / rowspan.</summary>
    private static void WriteColumnHeader(StringBuilder html, TableLayout layout)
    {
        for (int row = 0; row < layout.HeaderDepth; row++)
        {
            html.Append("<tr>");
            foreach (var cell in layout.Header.Where(h => h.Row == row).OrderBy(h => h.Column))
            {
                html.Append("<th scope=\"col\"");
                if (cell.ColumnSpan > 1) html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                html.Append('>').Append(Encode(cell.Text)).Append("</th>");
            }
            html.Append("</tr>\n");
        }
    }

    /// <summary>The 栏次 row: 栏次, 1, 2, 3 ….</summary>
    private static void WriteColumnIndexRow(StringBuilder html, TableLayout layout)
    {
        html.Append("<tr class=\"column-index\">");
        foreach (var label in layout.ColumnIndexLabels()) html.Append("<th>").Append(Encode(label)).Append("</th>");
        html.Append("</tr>\n");
    }

    private static void WriteLine(StringBuilder html, LayoutLine line)
    {
        html.Append("<tr>");
        for (int c = 0; c < line.Cells.Count; c++) WriteCell(html, line.Cells[c], c == 0);
        html.Append("</tr>\n");
    }

    private static void WriteCell(StringBuilder html, LayoutCell cell, bool index)
    {
        var classes = CellClasses(cell, index);
        html.Append("<td");
        if (classes.Length > 0) html.Append(" class=\"").Append(classes).Append('"');
        html.Append('>');
        if (cell.Amount is { } amount) html.Append(TextWidth.Amount(amount));
        else if (cell.Text is { } text) html.Append(Encode(text));
        html.Append("</td>");
    }

    /// <summary>The cell's style as CSS classes: index, code, num, center, total, indent-N.</summary>
    private static string CellClasses(LayoutCell cell, bool index)
    {
        var classes = new List<string>(3);
        if (index) classes.Add("index");
        else if (cell.Amount is not null) classes.Add("num");
        else if (cell.Text is { } t && t.Length > 0 && t.All(char.IsAsciiDigit)) classes.Add("code");
        if (!index && cell.Align == CellAlign.Center) classes.Add("center");
        if (cell.Bold) classes.Add("total");
        if (cell.Indent > 0) classes.Add($"indent-{Math.Min(cell.Indent, MaxIndent)}");
        return string.Join(' ', classes);
    }

    private static void WriteNote(StringBuilder html, TableLayout layout)
    {
        if (layout.Note is null) return;
        html.Append("<p class=\"note\">").Append(Encode(layout.Note)).Append("</p>\n");
    }

    private static string Encode(string text) => Encoder.Encode(text);
}
