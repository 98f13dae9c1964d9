using System.Globalization;
using ClosedXML.Excel;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>A cell's content as trimmed text, whatever Excel stored: numbers without exponent or grouping, formulas by their saved result.</summary>
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
            double d => Number(d),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            _ => (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim(),
        };
    }

    /// <summary>A number as a person typed it: 1004500, 12.345 (decimal conversion keeps 15 significant digits, dropping binary noise).</summary>
    private static string Number(double d)
    {
        if (double.IsFinite(d) && Math.Abs(d) < 7.9e27)
            return ((decimal)d).ToString(CultureInfo.InvariantCulture);
        return d.ToString("R", CultureInfo.InvariantCulture);
    }
}
