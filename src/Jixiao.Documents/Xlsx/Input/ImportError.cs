namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// One problem found while importing a workbook: the file, the sheet, the row number as Excel shows it (0 when the
/// problem concerns the whole file or sheet), the column header (or the 单位信息 item), and what was expected vs found.
/// </summary>
public sealed record ImportError(string File, string Sheet, int Row, string Column, string Message)
{
    /// <summary>The place in the workbook, e.g. <c>预算明细 第12行 金额（元）</c>; empty for a problem with the file itself.</summary>
    public string Place
    {
        get
        {
            var parts = new List<string>(3);
            if (Sheet.Length > 0) parts.Add(Sheet);
            if (Row > 0) parts.Add($"第{Row}行");
            if (Column.Length > 0) parts.Add(Column);
            return string.Join(" ", parts);
        }
    }

    /// <summary><c>预算明细 第12行 金额（元）：应为不超过两位小数的金额，实际为“12.345”</c>, without the file name.</summary>
    public string Describe() => Place.Length > 0 ? $"{Place}：{Message}" : Message;

    /// <summary>The file name followed by <see cref="Describe"/>.</summary>
    public override string ToString() => $"{File}：{Describe()}";
}
