using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources.Xlsx;

/// <summary>
/// Reads a disclosure published as a workbook into a <see cref="GridDocument"/>: every visible sheet in order, its
/// used cells as one table (merged cells as spans, hidden rows left out), its title rows — one text alone in a row
/// above the table — as lines before it and a closing note as a line after it. A number shows as the cell displays
/// it: rounded to its format's decimals, with the thousands separator, percent or date the format asks for (a figure
/// stored as 2940.0500000001 under <c>0.00</c> reads 2940.05). Sheets are streamed row by row.
/// </summary>
public static class XlsxGridReader
{
    /// <summary>
    /// Reads <paramref name="path"/>; <paramref name="source"/> is the name used in messages (the original of a converted
    /// file); <paramref name="cancellationToken"/> is looked at before each sheet.
    /// </summary>
    public static GridDocument Read(string path, string? source = null, CancellationToken cancellationToken = default)
    {
        source ??= path;
        if (new FileInfo(path).Length == 0) throw new DocumentReadException(source, "文件是空的");
        SpreadsheetDocument doc;
        try
        {
            doc = SpreadsheetDocument.Open(path, false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException(source, $"不是可读取的 Excel 工作簿（.xlsx）：{Reason(e)}", e);
        }
        using (doc)
        {
            try
            {
                return Read(doc, source, cancellationToken);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not DocumentReadException and not OperationCanceledException)
            {
                throw new DocumentReadException(source, $"Excel 工作簿已损坏，无法读取：{Reason(e)}", e);
            }
        }
    }

    internal static string Reason(Exception e) => e switch
    {
        InvalidDataException or FileFormatException => "文件不是 Office Open XML 压缩包",
        OpenXmlPackageException => "压缩包中缺少或有损坏的部件",
        _ => e.Message,
    };

    private static GridDocument Read(SpreadsheetDocument doc, string source, CancellationToken cancellationToken)
    {
        var workbook = doc.WorkbookPart ?? throw new DocumentReadException(source, "不是 Excel 工作簿（压缩包中没有 xl/workbook.xml）");
        var strings = SharedStrings(workbook);
        var formats = CellFormats(workbook);
        var blocks = new List<GridBlock>();
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        foreach (var sheet in sheets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sheet.State is { } state && state.Value != SheetStateValues.Visible) continue;
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
            blocks.AddRange(SheetGrid.Blocks(Cells(part, strings, formats)));
        }
        return new GridDocument(source, 0, blocks, []);
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return list;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            list.Add(ItemText((SharedStringItem)reader.LoadCurrentElement()!));
        }
        return list;
    }

    // The text of a string item, its phonetic guide (rPh) left out.
    private static string ItemText(OpenXmlElement item)
    {
        var sb = new StringBuilder();
        foreach (var t in item.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>())
            if (t.Parent is not PhoneticRun) sb.Append(t.Text);
        return sb.ToString();
    }

    private static List<NumberFormat> CellFormats(WorkbookPart workbook)
    {
        var result = new List<NumberFormat>();
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        if (styles is null) return result;
        var custom = new Dictionary<uint, NumberFormat>();
        foreach (var f in styles.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (f.NumberFormatId?.Value is { } fid) custom[fid] = NumberFormat.Parse(f.FormatCode?.Value ?? "");
        foreach (var xf in styles.CellFormats?.Elements<CellFormat>() ?? [])
        {
            uint id = xf.NumberFormatId?.Value ?? 0;
            result.Add(custom.TryGetValue(id, out var f) ? f : NumberFormat.BuiltIn(id));
        }
        return result;
    }

    /// <summary>The cells of a sheet (0-based rows and columns of the sheet), merged ranges as spans, hidden rows left out.</summary>
    private static List<GridCell> Cells(WorksheetPart part, List<string> strings, List<NumberFormat> formats)
    {
        var cells = new Dictionary<(int, int), GridCell>();
        var merges = new List<(int R0, int C0, int R1, int C1)>();
        var hidden = new HashSet<int>();
        int rowNumber = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (!reader.IsStartElement) continue;
                if (reader.ElementType == typeof(Row))
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    rowNumber = row.RowIndex?.Value is { } ri ? (int)ri - 1 : rowNumber + 1;
                    if (row.Hidden?.Value == true) { hidden.Add(rowNumber); continue; }
                    int column = -1;
                    foreach (var cell in row.Elements<Cell>())
                    {
                        column = cell.CellReference?.Value is { } reference && Reference(reference) is { } at ? at.Column : column + 1;
                        var text = CellText(cell, strings, formats);
                        if (text.Length > 0) cells[(rowNumber, column)] = new GridCell(rowNumber, column, text);
                    }
                }
                else if (reader.ElementType == typeof(MergeCell))
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    if (merge.Reference?.Value?.Split(':') is [var a, var b] && Reference(a) is { } from && Reference(b) is { } to)
                        merges.Add((Math.Min(from.Row, to.Row), Math.Min(from.Column, to.Column), Math.Max(from.Row, to.Row), Math.Max(from.Column, to.Column)));
                }
            }
        }
        // A merged range reaches no further than the cells with text (a range over whole rows or columns would not).
        int lastRow = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Item1), lastColumn = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Item2);
        foreach (var (r0, c0, rEnd, cEnd) in merges)
        {
            if (r0 > lastRow || c0 > lastColumn) continue;
            int r1 = Math.Min(rEnd, lastRow), c1 = Math.Min(cEnd, lastColumn);
            // The merged range shows its top-left cell's value only.
            var text = cells.TryGetValue((r0, c0), out var anchor) ? anchor.Text : "";
            foreach (var key in cells.Keys.Where(k => k.Item1 >= r0 && k.Item1 <= r1 && k.Item2 >= c0 && k.Item2 <= c1).ToList())
                cells.Remove(key);
            if (hidden.Contains(r0) || text.Length == 0) continue;
            cells[(r0, c0)] = new GridCell(r0, c0, text) { RowSpan = r1 - r0 + 1, ColumnSpan = c1 - c0 + 1 };
        }
        return cells.Values.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
    }

    private static string CellText(Cell cell, List<string> strings, List<NumberFormat> formats)
    {
        var type = cell.DataType?.Value;
        string raw;
        if (type == CellValues.InlineString) raw = cell.InlineString is { } inline ? ItemText(inline) : cell.CellValue?.Text ?? "";
        else
        {
            var v = cell.CellValue?.Text;
            if (v is null) return "";
            if (type == CellValues.SharedString)
                raw = int.TryParse(v, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
            else if (type == CellValues.Boolean) raw = v == "1" ? "TRUE" : "FALSE";
            else if (type == CellValues.String || type == CellValues.Error) raw = v;
            else
            {
                int style = (int)(cell.StyleIndex?.Value ?? 0);
                raw = (style < formats.Count ? formats[style] : NumberFormat.General).Display(v);
            }
        }
        return SourceText.Join(raw.Split('\n'));
    }

    /// <summary>A cell reference such as <c>AB12</c> as 0-based row and column; null when it is not one.</summary>
    internal static (int Row, int Column)? Reference(string reference)
    {
        int i = 0, column = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
            if (column > 16384) return null;
        }
        if (i == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), out var row) || row < 1) return null;
        return (row - 1, column - 1);
    }
}
