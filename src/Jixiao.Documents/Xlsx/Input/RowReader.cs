using Jixiao.Codes;
using Jixiao.Documents.Text;
using Jixiao.Money;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// Reads the cells of one record (a row of a table sheet, or the items of the 单位信息 sheet) as typed values. Each
/// reader method returns null and records an error naming sheet, row and column when the cell does not hold what the
/// column expects; it never throws.
/// </summary>
internal sealed class RowReader(ImportErrors errors, string sheet, IReadOnlyDictionary<InputColumn, (int Row, string Text)> cells, int row)
{
    private readonly int _errorsBefore = errors.Count;

    /// <summary>The row number (for a key/value sheet, the first item's).</summary>
    public int Row { get; } = row;

    /// <summary>True when no error was recorded since this reader was made.</summary>
    public bool IsClean => errors.Count == _errorsBefore;

    /// <summary>The trimmed text, or null for a blank cell (or a column the sheet does not have).</summary>
    public string? Text(InputColumn column) =>
        cells.TryGetValue(column, out var cell) && cell.Text.Length > 0 ? cell.Text : null;

    /// <summary>
    /// The trimmed text; records “必填” when blank and the column is required. A column the sheet lacks altogether has
    /// already been reported when the sheet was opened, so it is not reported again here.
    /// </summary>
    public string? Required(InputColumn column)
    {
        var text = Text(column);
        if (text is null && column.Need == Need.Required && cells.ContainsKey(column)) Error(column, "必填，实际为空");
        return text;
    }

    public void Error(InputColumn column, string message) =>
        errors.Add(sheet, cells.TryGetValue(column, out var cell) ? cell.Row : Row, column.Header, message);

    /// <summary>A value of a closed list; null when blank (recorded if required) or not in the list (recorded).</summary>
    public T? Choice<T>(InputColumn column, Vocabulary<T> vocabulary) where T : struct
    {
        var text = Required(column);
        if (text is null) return null;
        if (vocabulary.TryParse(text, out var value)) return value;
        Error(column, $"应为{vocabulary.Quoted}之一，实际为“{text}”");
        return null;
    }

    /// <summary>An amount in 元: not negative, at most two decimals.</summary>
    public Yuan? Amount(InputColumn column)
    {
        var number = Number(column, "金额（元，可带千位分隔符）");
        if (number is not { } value) return null;
        if (value < 0) { Error(column, $"应为不小于 0 的金额，实际为“{Text(column)}”"); return null; }
        value = AmountLimits.Denoise(value, value.Scale, 2, out _); // 100000.00000000001 typed as text: Excel's float noise
        if (value > AmountLimits.MaxYuan) { Error(column, $"应为不超过 10 万亿元的金额，实际为“{Text(column)}”"); return null; }
        if (Math.Round(value, 2) != value) { Error(column, $"应为不超过两位小数的金额，实际为“{Text(column)}”"); return null; }
        return new Yuan(value);
    }

    /// <summary>A quantity: a number, not negative.</summary>
    public decimal? Quantity(InputColumn column)
    {
        var number = Number(column, "数量（数字）");
        if (number is not { } value) return null;
        if (value < 0) { Error(column, $"应为不小于 0 的数量，实际为“{Text(column)}”"); return null; }
        return value;
    }

    /// <summary>A head count: a whole number, not negative.</summary>
    public int? Count(InputColumn column)
    {
        var number = Number(column, "人数（整数）");
        if (number is not { } value) return null;
        if (value < 0 || value != Math.Floor(value) || value > int.MaxValue)
        {
            Error(column, $"应为不小于 0 的整数，实际为“{Text(column)}”");
            return null;
        }
        return (int)value;
    }

    /// <summary>A number of years from 1 to 99, typed <c>3</c> or <c>3年</c>.</summary>
    public int? Years(InputColumn column)
    {
        var text = Required(column);
        if (text is null) return null;
        var digits = text.EndsWith('年') ? text[..^1].TrimEnd() : text;
        if (CellNumbers.Parse(digits, out var value, out _) == CellValueKind.Number && value is >= 1 and <= 99 && value == Math.Floor(value))
            return (int)value;
        Error(column, $"应为 1–99 的整数年数（如 1 或 3年），实际为“{text}”");
        return null;
    }

    /// <summary>A percentage from 0 to 100, typed <c>25</c>, <c>25%</c> or <c>25.00%</c> (a cell Excel shows as 25% reads as <c>25%</c>).</summary>
    public decimal? Percent(InputColumn column)
    {
        var text = Required(column);
        if (text is null) return null;
        var kind = CellNumbers.Parse(text, out var value, out _);
        if (kind == CellValueKind.Blank && column.Need != Need.Required) return null;
        if (kind is CellValueKind.Number or CellValueKind.Percent && value is >= 0 and <= 100) return value;
        Error(column, $"应为 0–100 的百分数（如 25 或 25%），实际为“{text}”");
        return null;
    }

    /// <summary>A fiscal year, 2000–2099, written 2021 or 2021年.</summary>
    public FiscalYear? Year(InputColumn column)
    {
        var text = Required(column);
        if (text is null) return null;
        if (FiscalYear.TryParse(text, out var year)) return year;
        Error(column, $"应为 {FiscalYear.MinValue}–{FiscalYear.MaxValue} 的四位年份，实际为“{text}”");
        return null;
    }

    /// <summary>Points or a score (分值, 得分): not negative, at most two decimals.</summary>
    public decimal? Score(InputColumn column)
    {
        var number = Number(column, "分数（数字）");
        if (number is not { } value) return null;
        if (value < 0 || Math.Round(value, 2) != value)
        {
            Error(column, $"应为不小于 0、最多两位小数的分数，实际为“{Text(column)}”");
            return null;
        }
        return value;
    }

    /// <summary>
    /// A date: an Excel date cell (read as <c>2023-06-30</c>), or text <c>2023-06-30</c>, <c>2023/6/30</c>, <c>2023.6.30</c>
    /// or <c>2023年6月30日</c>; null when blank (recorded if required) or not a date (recorded).
    /// </summary>
    public DateOnly? Date(InputColumn column)
    {
        var text = Required(column);
        if (text is null) return null;
        if (CellDates.TryParse(text, out var date)) return date;
        Error(column, $"应为日期（如 2023-06-30），实际为“{text}”");
        return null;
    }

    private decimal? Number(InputColumn column, string expected)
    {
        var text = Required(column);
        if (text is null) return null;
        var kind = CellNumbers.Parse(text, out var value, out _);
        if (kind == CellValueKind.Number) return value;
        if (kind == CellValueKind.Blank && column.Need != Need.Required) return null;
        Error(column, $"应为{expected}，实际为“{text}”");
        return null;
    }
}
