using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources.Docx;

/// <summary>
/// Reads a Word document (.docx) into a <see cref="GridDocument"/>: each paragraph of the body a line (a tab splits it
/// into pieces, as a spaced-out header line 单位：万元 reads), each table (w:tbl) a <see cref="GridTable"/> whose cells
/// sit on the table's grid columns — a cell spanning columns by its gridSpan, a cell merged down by vMerge spanning
/// rows, the columns a row skips (gridBefore) left empty. A table used as a frame (one cell holding tables) is read as
/// its content; a table inside a cell of a real table gives its text to that cell.
/// </summary>
public static class DocxGridReader
{
    /// <summary>Reads <paramref name="path"/>; <paramref name="source"/> is the name used in messages (the original of a converted file).</summary>
    public static GridDocument Read(string path, string? source = null)
    {
        source ??= path;
        if (new FileInfo(path).Length == 0) throw new DocumentReadException(source, "文件是空的");
        WordprocessingDocument doc;
        try
        {
            doc = WordprocessingDocument.Open(path, false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException(source, $"不是可读取的 Word 文档（.docx）：{Xlsx.XlsxGridReader.Reason(e)}", e);
        }
        using (doc)
        {
            try
            {
                var body = doc.MainDocumentPart?.Document?.Body
                    ?? throw new DocumentReadException(source, "不是 Word 文档（压缩包中没有 word/document.xml）");
                var blocks = new List<GridBlock>();
                Blocks(body, blocks);
                return new GridDocument(source, 0, blocks, []);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not DocumentReadException)
            {
                throw new DocumentReadException(source, $"Word 文档已损坏，无法读取：{Xlsx.XlsxGridReader.Reason(e)}", e);
            }
        }
    }

    private static void Blocks(OpenXmlElement container, List<GridBlock> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    foreach (var line in Lines(p))
                    {
                        var pieces = line.Split('\t').Select(SourceText.Tidy).Where(t => t.Length > 0).ToList();
                        if (pieces.Count > 0) blocks.Add(GridBlock.OfLine(0, pieces.Select(t => new GridText(t, null)).ToArray()));
                    }
                    break;
                case Table t:
                    if (Frame(t) is { } inner) Blocks(inner, blocks);
                    else if (Build(t) is { } table) blocks.Add(GridBlock.OfTable(table));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Blocks(element, blocks);
                    break;
            }
        }
    }

    /// <summary>The one cell of a table that only frames other tables, or null.</summary>
    private static TableCell? Frame(Table t)
    {
        var cells = t.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).ToList();
        return cells.Count == 1 && cells[0].Elements<Table>().Any() ? cells[0] : null;
    }

    /// <summary>The lines of a paragraph: its text with tabs kept, a line break (w:br) starting a new line.</summary>
    private static List<string> Lines(OpenXmlElement paragraph)
    {
        var lines = new List<string>();
        var sb = new StringBuilder();
        foreach (var e in paragraph.Descendants())
        {
            switch (e)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t when t.Parent is Run && !InDeletion(t): sb.Append(t.Text); break;
                case TabChar when e.Parent is Run: sb.Append('\t'); break;
                case Break b when b.Type is null || b.Type.Value == BreakValues.TextWrapping:
                    lines.Add(sb.ToString());
                    sb.Clear();
                    break;
                case NoBreakHyphen: sb.Append('-'); break;
            }
        }
        lines.Add(sb.ToString());
        return lines;
    }

    private static bool InDeletion(OpenXmlElement e) => e.Ancestors<DeletedRun>().Any();

    /// <summary>A cell's text: its paragraphs (and the text of a table nested in it, row by row) joined.</summary>
    private static string CellText(TableCell cell)
    {
        var pieces = new List<string>();
        foreach (var e in cell.ChildElements)
        {
            if (e is Paragraph p) pieces.AddRange(Lines(p).Select(l => l.Replace('\t', ' ')));
            else if (e is Table nested)
                foreach (var row in nested.Elements<TableRow>())
                    pieces.Add(string.Join(" ", row.Elements<TableCell>().Select(CellText).Where(t => t.Length > 0)));
            else if (e is SdtBlock or SdtCell) pieces.AddRange(e.Descendants<Paragraph>().SelectMany(Lines));
        }
        return SourceText.Join(pieces);
    }

    private static GridTable? Build(Table t)
    {
        var cells = new List<GridCell>();
        // The cell that started a vertical merge in each grid column, to extend down.
        var open = new Dictionary<int, int>();
        int r = 0, columns = t.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        foreach (var row in t.Elements<TableRow>())
        {
            int column = Math.Clamp(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0, 0, 1000);
            foreach (var cell in RowCells(row))
            {
                var props = cell.TableCellProperties;
                int span = Math.Clamp(props?.GridSpan?.Val?.Value ?? 1, 1, 1000);
                var merge = props?.VerticalMerge;
                bool continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continues && open.TryGetValue(column, out var above) && cells[above].Column == column)
                {
                    cells[above] = cells[above] with { RowSpan = r - cells[above].Row + 1 };
                }
                else
                {
                    cells.Add(new GridCell(r, column, CellText(cell)) { ColumnSpan = span });
                    if (merge is not null) open[column] = cells.Count - 1;
                    else open.Remove(column);
                }
                column += span;
            }
            columns = Math.Max(columns, column);
            r++;
        }
        if (r == 0 || columns == 0) return null;
        return new GridTable(0, r, columns, cells, null);
    }

    // Cells of a row, including those inside content controls around cells.
    private static IEnumerable<TableCell> RowCells(TableRow row)
    {
        foreach (var e in row.ChildElements)
        {
            if (e is TableCell c) yield return c;
            else if (e is SdtCell or CustomXmlCell)
                foreach (var inner in e.Descendants<TableCell>()) yield return inner;
        }
    }
}
