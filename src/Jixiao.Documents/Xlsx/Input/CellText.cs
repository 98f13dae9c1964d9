using System.Globalization;
using ClosedXML.Excel;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// A cell's content as trimmed text, whatever Excel stored: numbers without exponent or grouping, a number shown as a
/// percentage as the person typed it (<c>25%</c>, not <c>0.25</c>), formulas by their saved result.
/// </summary>
internal static class CellText
{
    public static string Of(IXLCell cell)
    {
        if (cell.IsEmpty()) return "";
        object? value = cell.HasFormula ? cell.CachedValue : null;
        if (value is null || value is string { Length: 0 })
        {
            // A plain cell, or a formula saved without its result (ClosedXML evaluates it; an unsupported function leaves it blank).
            try
            {
                value = cell.Value;
            }
            catch (Exception)
            {
                value = null;
            }
        }
        return value switch
        {
            null => "",
            string s => s.Trim(),
            double d when IsPercent(cell) => Percent(d),
            double d => Number(d),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            _ => (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim(),
        };
    }

    /// <summary>
    /// True when the cell shows its number as a percentage: Excel stores a typed <c>25%</c> as 0.25 with the built-in
    /// format 9 (<c>0%</c>) or 10 (<c>0.00%</c>), or a custom format with a % outside quotes.
    /// </summary>
    private static bool IsPercent(IXLCell cell)
    {
        var format = cell.Style.NumberFormat;
        if (format.NumberFormatId is 9 or 10) return true;
        bool quoted = false;
        foreach (char c in format.Format ?? "")
        {
            if (c == '"') quoted = !quoted;
            else if (c == '%' && !quoted) return true;
        }
        return false;
    }

    /// <summary>0.25 → <c>25%</c>, read through <c>decimal</c> like <see cref="Number"/>.</summary>
    private static string Percent(double d) =>
        double.IsFinite(d) && Math.Abs(d) < 7.9e25
            ? ((decimal)d * 100m).ToString("G29", CultureInfo.InvariantCulture) + "%"
            : Number(d);

    /// <summary>A number as a person typed it: 1004500, 12.345 (decimal conversion keeps 15 significant digits, dropping binary noise).</summary>
    private static string Number(double d)
    {
        if (double.IsFinite(d) && Math.Abs(d) < 7.9e27)
            return ((decimal)d).ToString(CultureInfo.InvariantCulture);
        return d.ToString("R", CultureInfo.InvariantCulture);
    }
}
