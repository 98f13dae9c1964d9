using ClosedXML.Excel;
using Jixiao.Text;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// An input sheet found in a workbook, with its columns located by header text (so a moved column is still found),
/// read as one <see cref="RowReader"/> per non-blank record.
/// </summary>
internal sealed class SheetTable
{
    private readonly IXLWorksheet _worksheet;
    private readonly InputSheet _sheet;
    private readonly ImportErrors _errors;
    private readonly Dictionary<InputColumn, int> _columns;

    private SheetTable(IXLWorksheet worksheet, InputSheet sheet, ImportErrors errors, Dictionary<InputColumn, int> columns)
    {
        _worksheet = worksheet;
        _sheet = sheet;
        _errors = errors;
        _columns = columns;
    }

    /// <summary>
    /// The sheet, or null when it is missing (an error unless the sheet is optional) or lacks a column that must be
    /// filled (an error).
    /// </summary>
    public static SheetTable? Open(XLWorkbook workbook, InputSheet sheet, ImportErrors errors)
    {
        if (!workbook.Worksheets.TryGetWorksheet(sheet.Name, out var worksheet))
        {
            if (sheet.IsOptional) return null;
            errors.Add(sheet.Name, 0, "", $"缺少工作表“{sheet.Name}”（请使用系统生成的填报模板，不要删除或改名工作表）");
            return null;
        }
        if (sheet.IsKeyValue) return new SheetTable(worksheet, sheet, errors, []);

        int lastColumn = worksheet.Row(1).LastCellUsed()?.Address.ColumnNumber ?? 0;
        var byHeader = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 1; c <= lastColumn; c++)
            byHeader.TryAdd(HeaderKey(CellText.Of(worksheet.Cell(1, c))), c);

        var columns = new Dictionary<InputColumn, int>();
        bool complete = true;
        foreach (var column in sheet.Columns)
        {
            if (byHeader.TryGetValue(HeaderKey(column.Header), out int c)) columns[column] = c;
            else if (column.Need != Need.Optional)
            {
                errors.Add(sheet.Name, 1, column.Header, $"缺少列“{column.Header}”（第1行表头应与模板一致）");
                complete = false;
            }
        }
        return complete ? new SheetTable(worksheet, sheet, errors, columns) : null;
    }

    /// <summary>The records of a table sheet, from row 2, skipping rows whose cells are all blank.</summary>
    public IEnumerable<RowReader> Rows()
    {
        int last = LastRow();
        for (int r = 2; r <= last; r++)
        {
            var cells = new Dictionary<InputColumn, (int Row, string Text)>();
            bool blank = true;
            foreach (var (column, c) in _columns)
            {
                var text = CellText.Of(_worksheet.Cell(r, c));
                if (text.Length > 0) blank = false;
                cells[column] = (r, text);
            }
            if (!blank) yield return new RowReader(_errors, _sheet.Name, cells, r);
        }
    }

    /// <summary>
    /// The items of the key/value 单位信息 sheet as one record: each item found by its label in column A, its value in
    /// column B. A missing item that must be filled is recorded.
    /// </summary>
    public RowReader Items()
    {
        int last = LastRow();
        var rowsByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 1; r <= last; r++)
            rowsByKey.TryAdd(HeaderKey(CellText.Of(_worksheet.Cell(r, 1))), r);

        var cells = new Dictionary<InputColumn, (int Row, string Text)>();
        foreach (var field in _sheet.Columns)
        {
            if (rowsByKey.TryGetValue(HeaderKey(field.Header), out int r))
                cells[field] = (r, CellText.Of(_worksheet.Cell(r, 2)));
            else if (field.Need == Need.Required)
                _errors.Add(_sheet.Name, 0, field.Header, $"缺少“{field.Header}”这一项（A 列项目名称应与模板一致）");
        }
        return new RowReader(_errors, _sheet.Name, cells, 0);
    }

    private int LastRow() => _worksheet.LastRowUsed(XLCellsUsedOptions.Contents)?.RowNumber() ?? 0;

    /// <summary>A header compared loosely: NFKC, no whitespace, and “（元）” optional.</summary>
    private static string HeaderKey(string header) => Names.Normalize(header).Replace("(元)", "", StringComparison.Ordinal);
}
