using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tests.Targets.Rendering;

/// <summary>
/// A written workbook read back with the Open XML SDK alone (not the library that wrote it): per sheet, in order, the
/// cells' texts and numbers by address, their number formats, and the merged ranges.
/// </summary>
internal sealed class XlsxSheets
{
    public sealed record Sheet(string Name, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, string> Formats, IReadOnlyList<string> Merged)
    {
        /// <summary>The rows after which a page breaks (a manual break).</summary>
        public IReadOnlyList<uint> BreaksAfter { get; init; } = [];

        /// <summary>The page setup: paper size (9 = A4), whether it is fitted to pages, and how many wide and tall (1 when not written).</summary>
        public (uint? PaperSize, bool FitToPage, uint Wide, uint Tall) Page { get; init; }

        /// <summary>The text of a cell (a number as stored, <c>150000</c>), or "" when the cell is empty.</summary>
        public string this[string address] => Texts.GetValueOrDefault(address, "");

        /// <summary>The number format code of a cell, or null for General.</summary>
        public string? Format(string address) => Formats.GetValueOrDefault(address);

        /// <summary>The row of the first cell in <paramref name="column"/> whose text is <paramref name="text"/>.</summary>
        public int Row(string column, string text)
        {
            foreach (var (address, value) in Texts.OrderBy(t => RowOf(t.Key)))
                if (value == text && ColumnOf(address) == column) return RowOf(address);
            throw new KeyNotFoundException($"{Name}：{column} 列中没有“{text}”");
        }

        /// <summary>The merged range that starts at <paramref name="address"/> (<c>B20:B23</c>), or null.</summary>
        public string? MergeAt(string address) => Merged.FirstOrDefault(m => m.StartsWith(address + ":", StringComparison.Ordinal));
    }

    public IReadOnlyList<Sheet> Sheets { get; }

    public XlsxSheets(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!;
        var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var formats = book.WorkbookStylesPart?.Stylesheet;
        var sheets = new List<Sheet>();
        foreach (var s in book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(s.Id!);
            var texts = new Dictionary<string, string>();
            var cellFormats = new Dictionary<string, string>();
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                string address = cell.CellReference!;
                // A styled empty cell may be typed as a shared string without a value.
                string? value = cell.DataType?.Value == CellValues.SharedString
                    ? cell.CellValue is { } index ? shared[int.Parse(index.Text, CultureInfo.InvariantCulture)] : null
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
                if (!string.IsNullOrEmpty(value)) texts[address] = value;
                if (FormatCode(formats, cell.StyleIndex?.Value) is { } code) cellFormats[address] = code;
            }
            var merged = part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
            var page = part.Worksheet.GetFirstChild<PageSetup>();
            bool fit = part.Worksheet.GetFirstChild<SheetProperties>()?.PageSetupProperties?.FitToPage?.Value ?? false;
            sheets.Add(new Sheet(s.Name!, texts, cellFormats, merged)
            {
                Page = (page?.PaperSize?.Value, fit, page?.FitToWidth?.Value ?? 1u, page?.FitToHeight?.Value ?? 1u),
                BreaksAfter = part.Worksheet.Descendants<RowBreaks>().SelectMany(b => b.Elements<Break>()).Select(b => b.Id!.Value).ToList(),
            });
        }
        Sheets = sheets;
    }

    public Sheet this[string name] => Sheets.Single(s => s.Name == name);

    private static string? FormatCode(Stylesheet? styles, uint? styleIndex)
    {
        if (styles?.CellFormats is null || styleIndex is not { } index) return null;
        var numberFormatId = styles.CellFormats.Elements<CellFormat>().ElementAt((int)index).NumberFormatId?.Value;
        if (numberFormatId is null or 0) return null;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == numberFormatId)?.FormatCode?.Value
            ?? $"builtin:{numberFormatId}";
    }

    private static int RowOf(string address) => int.Parse(new string(address.SkipWhile(char.IsAsciiLetter).ToArray()), CultureInfo.InvariantCulture);

    private static string ColumnOf(string address) => new(address.TakeWhile(char.IsAsciiLetter).ToArray());
}
