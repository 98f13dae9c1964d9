using System.Globalization;
using System.Text;
using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Targets.Rendering;

/// <summary>
/// Writes target forms as one self-contained UTF-8 HTML page (inline CSS, no scripts): one section per form, each a
/// <c>&lt;table&gt;</c> in the form's published layout — the same grid as the workbook, merged cells as colspan /
/// rowspan, amounts as the form prints them. Printed, each form starts a new A4 page and no row is split.
/// </summary>
public static class TargetFormHtmlWriter
{
    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; font-size: 10.5pt; color: #000; margin: 1.5em; }
        header.document h1 { font-size: 18pt; text-align: center; margin: 0 0 1em; }
        nav.contents { margin: 0 auto 2em; max-width: 60em; }
        nav.contents ol { margin: .3em 0; padding-left: 2em; }
        section.target-form { margin: 0 auto 3em; max-width: 60em; }
        section.target-form h2 { font-size: 16pt; font-weight: bold; text-align: center; margin: 0 0 .3em; }
        section.target-form p.year { text-align: center; margin: 0 0 .6em; }
        .header-line { display: flex; justify-content: space-between; margin: 0 0 .3em; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; }
        th, td { border: 1px solid #000; padding: .25em .4em; vertical-align: middle; overflow-wrap: anywhere; white-space: pre-line; }
        th { font-weight: normal; text-align: center; }
        th.heading { background: #f2f2f2; font-weight: bold; }
        td.value { text-align: center; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .sign-off { display: flex; justify-content: space-between; margin: .4em 0 0; }
        .sign-off span { flex: 1; }
        @page { size: A4 portrait; margin: 15mm 12mm; }
        @media print {
          body { margin: 0; font-size: 9pt; }
          header.document, nav.contents { display: none; }
          section.target-form { break-after: page; page-break-after: always; margin: 0; max-width: none; }
          section.target-form:last-of-type { break-after: auto; page-break-after: auto; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          th.heading { background: #f2f2f2 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>Writes the page to <paramref name="path"/>, all or nothing; failures are <see cref="DocumentWriteException"/>.</summary>
    /// <remarks>Totals as in <see cref="TargetFormXlsxWriter.Write(IReadOnlyList{TargetForm}, string)"/>.</remarks>
    public static void Write(IReadOnlyList<TargetForm> forms, string path)
    {
        ArgumentNullException.ThrowIfNull(forms);
        TargetFormXlsxWriter.RequireForms(forms, path);
        AtomicFile.Write(path, stream => Write(forms, stream));
    }

    /// <summary>Writes the page to a stream as UTF-8 (no byte-order mark).</summary>
    public static void Write(IReadOnlyList<TargetForm> forms, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToHtml(forms)));
    }

    /// <summary>The page as a string.</summary>
    public static string ToHtml(IReadOnlyList<TargetForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        TargetFormXlsxWriter.RequireForms(forms, "（输出）");
        return ToHtml(TargetFormLayouts.Build(forms), "项目支出绩效目标表");
    }

    /// <summary>Laid-out forms as one page, one section per grid; the self-evaluation writer shares this.</summary>
    internal static string ToHtml(IReadOnlyList<FormGrid> grids, string title)
    {
        var ids = TargetFormLayouts.SheetNames(grids);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Jixiao\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"document\"><h1>").Append(title).Append("（").Append(grids.Count).Append(" 张）</h1></header>\n");
        if (grids.Count > 1)
        {
            html.Append("<nav class=\"contents\"><ol>\n");
            for (int i = 0; i < grids.Count; i++)
                html.Append("<li><a href=\"#form-").Append(i + 1).Append("\">").Append(Encode(grids[i].Name.Length > 0 ? grids[i].Name : ids[i])).Append("</a></li>\n");
            html.Append("</ol></nav>\n");
        }
        for (int i = 0; i < grids.Count; i++) WriteForm(html, grids[i], i + 1);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteForm(StringBuilder html, FormGrid grid, int number)
    {
        html.Append("<section class=\"target-form\" id=\"form-").Append(number).Append("\">\n");
        // Above the table: the title, （2022年度） or the unit and 单位：万元.
        WriteOutside(html, grid, 1, grid.TableTop - 1);
        html.Append("<table>\n<colgroup>");
        double total = grid.Widths.Sum();
        foreach (var w in grid.Widths)
            html.Append("<col style=\"width:").Append((w / total * 100).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
        html.Append("</colgroup>\n<tbody>\n");
        for (int row = grid.TableTop; row <= grid.TableBottom; row++)
        {
            html.Append("<tr>");
            foreach (var cell in grid.Cells.Where(c => c.Row == row).OrderBy(c => c.Column)) WriteCell(html, cell);
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        WriteOutside(html, grid, grid.TableBottom + 1, grid.RowCount);
        html.Append("</section>\n");
    }

    private static void WriteOutside(StringBuilder html, FormGrid grid, int first, int last)
    {
        for (int row = first; row <= last; row++)
        {
            var cells = grid.Cells.Where(c => c.Row == row).OrderBy(c => c.Column).ToList();
            if (cells.Count == 1 && cells[0].Kind == FormCellKind.Title)
                html.Append("<h2>").Append(Encode(cells[0].Text)).Append("</h2>\n");
            else if (cells.Count == 1 && cells[0].Kind == FormCellKind.Subtitle)
                html.Append("<p class=\"year\">").Append(Encode(cells[0].Text)).Append("</p>\n");
            else if (row > grid.TableBottom)
            {
                // The sign-off: label and value pairs (负责人：李亚).
                html.Append("<div class=\"sign-off\">");
                for (int i = 0; i + 1 < cells.Count; i += 2)
                    html.Append("<span>").Append(Encode(cells[i].Text)).Append(Encode(cells[i + 1].Text)).Append("</span>");
                html.Append("</div>\n");
            }
            else
            {
                html.Append("<div class=\"header-line\">");
                foreach (var cell in cells) html.Append("<span>").Append(Encode(cell.Text)).Append("</span>");
                html.Append("</div>\n");
            }
        }
    }

    private static void WriteCell(StringBuilder html, FormCell cell)
    {
        bool header = cell.Kind is FormCellKind.Label or FormCellKind.Heading;
        string tag = header ? "th" : "td";
        html.Append('<').Append(tag);
        string? css = cell.Kind switch
        {
            FormCellKind.Heading => "heading",
            FormCellKind.Value => "value",
            FormCellKind.Number => "num",
            FormCellKind.Share => "value",
            _ => null,
        };
        if (css is not null) html.Append(" class=\"").Append(css).Append('"');
        if (header) html.Append(cell.Kind == FormCellKind.Heading ? " scope=\"col\"" : " scope=\"row\"");
        if (cell.ColumnSpan > 1) html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
        if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
        html.Append('>').Append(Encode(cell.Text)).Append("</").Append(tag).Append(">");
    }

    /// <summary>
    /// The text with the five characters HTML reserves escaped, and nothing else: a project name keeps its <c>+</c>
    /// (冀财社[2020]147号+中央…) and a goal its line breaks, which <c>white-space: pre-line</c> prints.
    /// </summary>
    private static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "",
                _ when char.IsControl(c) && c != '\n' && c != '\t' => " ",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
