using System.Globalization;
using System.Text;
using Jixiao.Money;

namespace Jixiao.Documents.Text;

/// <summary>Reads the amount printed in a table cell, without backtracking: one pass over its characters.</summary>
public static class CellNumbers
{
    /// <summary>
    /// Parses a cell: blank or a dash (—, -, －) is a blank; digits with optional thousands separators, sign, decimal
    /// point, a trailing % and accounting parentheses are a number. Anything else is unreadable.
    /// </summary>
    public static CellValueKind Parse(string? cell, out decimal value, out int decimals)
    {
        value = 0m;
        decimals = 0;
        if (cell is null) return CellValueKind.Blank;
        var s = cell.Trim();
        if (s.Length == 0) return CellValueKind.Blank;
        if (s.Length <= 3 && s.All(c => c is '-' or '—' or '－' or '–' or '/' or '─')) return CellValueKind.Blank;
        if (s == "无") return CellValueKind.Blank;

        var sb = new StringBuilder(s.Length);
        bool negative = false, seenDigit = false, seenPoint = false, percent = false;
        int i = 0;
        if (s[0] is '(' or '（' && s[^1] is ')' or '）') { negative = true; s = s[1..^1]; }
        foreach (var raw in s)
        {
            char c = raw is >= '０' and <= '９' ? (char)(raw - '０' + '0') : raw;
            if (c == '．') c = '.';
            if (char.IsAsciiDigit(c)) { sb.Append(c); seenDigit = true; if (seenPoint) decimals++; }
            else if (c == '.' && !seenPoint) { sb.Append('.'); seenPoint = true; }
            else if (c is ',' or '，' && seenDigit && !seenPoint) { }
            else if (c is '-' or '－' or '−' && i == 0) negative = !negative;
            else if (c is '+' && i == 0) { }
            else if (c is '%' or '％' && i == s.Length - 1 && seenDigit) percent = true;
            else if (c == ' ') { }
            else return CellValueKind.Unreadable;
            i++;
        }
        if (!seenDigit) return CellValueKind.Unreadable;
        // more than 10¹⁵ is damage, not a figure in any unit (AmountLimits): no later conversion may overflow
        if (sb.Length > 40 || !decimal.TryParse(sb.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || value > AmountLimits.MaxPrintedNumber)
        {
            value = 0m;
            return CellValueKind.Unreadable;
        }
        if (negative) value = -value;
        return percent ? CellValueKind.Percent : CellValueKind.Number;
    }

    /// <summary>
    /// Parses an amount cell in a unit whose 分 is the <paramref name="fenDecimals"/>-th decimal (2 for 元, 6 for 万元):
    /// Excel's float noise (<c>100000.00000000001</c>) is rounded to the 分, while a real fraction of a 分 (<c>1.234</c> 元)
    /// or an amount beyond <see cref="AmountLimits.MaxYuan"/> is unreadable (<see cref="AmountLimits.Amount"/>).
    /// </summary>
    public static CellValueKind ParseAmount(string? cell, int fenDecimals, out decimal value, out int decimals)
    {
        var kind = Parse(cell, out value, out decimals);
        if (kind != CellValueKind.Number) return kind;
        if (AmountLimits.Amount(value, decimals, fenDecimals, out int kept) is not { } amount)
        {
            value = 0m;
            return CellValueKind.Unreadable;
        }
        (value, decimals) = (amount, kept);
        return kind;
    }

    /// <summary>
    /// The cell as a figure: a number with max(its decimals, <paramref name="minDecimals"/>), a blank as 0. Float noise
    /// (<see cref="AmountLimits.NoiseDecimals"/> decimals or more) is dropped below a 万元's 分, the finest unit a table prints.
    /// </summary>
    public static Figure? ToFigure(string? cell, int minDecimals)
    {
        var kind = Parse(cell, out var v, out var d);
        if (kind == CellValueKind.Number) v = AmountLimits.Denoise(v, d, 6, out d);
        return kind switch
        {
            CellValueKind.Blank => Figure.Printed(0m, minDecimals),
            CellValueKind.Number => Figure.Printed(v, Math.Min(10, Math.Max(d, minDecimals))),
            _ => null,
        };
    }

    /// <summary>True when the cell is blank or a number.</summary>
    public static bool IsNumericOrBlank(string? cell) => Parse(cell, out _, out _) is CellValueKind.Blank or CellValueKind.Number;

    public static bool IsNumber(string? cell) => Parse(cell, out _, out _) == CellValueKind.Number;
}

/// <summary>What a cell holds.</summary>
public enum CellValueKind { Blank, Number, Percent, Unreadable }
