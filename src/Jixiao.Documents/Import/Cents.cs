using System.Globalization;
using Jixiao.Disclosures;
using Jixiao.Money;

namespace Jixiao.Documents.Import;

/// <summary>Amounts inside the importer: whole 分 (0.01 元) as <see cref="long"/>, from figures printed in 万元 or 元.</summary>
internal static class Cents
{
    /// <summary>分 in one 万元.</summary>
    public const long PerWanYuan = 1_000_000;

    /// <summary>The figure in 分, given the unit of its table (万元 or 元); fractions of a 分 are rounded away from zero.</summary>
    public static long Of(Figure figure, string unit) => Of(figure.Value, unit);

    public static long Of(decimal value, string unit)
    {
        decimal factor = unit == "元" ? 100m : PerWanYuan;
        return (long)Math.Round(value * factor, 0, MidpointRounding.AwayFromZero);
    }

    /// <summary>The amount in 元, for a budget line.</summary>
    public static Yuan ToYuan(long cents) => new(cents / 100m);

    /// <summary>The amount as published in 万元, “5.00”.</summary>
    public static string Wan(long cents) => (cents / (decimal)PerWanYuan).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A figure of a part's column, in 分; 0 when the column is absent, the cell blank or unreadable.</summary>
    public static long Cell(DisclosureTable table, DisclosurePart part, DisclosureRow row, string column)
    {
        int c = part.Template.ColumnIndex(column);
        if (c < 0 || c >= row.Values.Length || !part.ColumnPresent[c]) return 0;
        return row.Values[c] is { } f ? Of(f, table.Unit) : 0;
    }

    /// <summary>True when the part prints the column.</summary>
    public static bool Has(DisclosurePart part, string column)
    {
        int c = part.Template.ColumnIndex(column);
        return c >= 0 && part.ColumnPresent[c];
    }
}
