using System.Globalization;
using Jixiao.Money;

namespace Jixiao.Documents.Targets.Rendering;

/// <summary>
/// A number as a form prints it: the value stored in the cell, the Excel format, and the text that format shows
/// (the HTML page prints the same text). Money arrives in 元 and is converted with decimal arithmetic only.
/// </summary>
internal readonly record struct PrintedNumber(decimal Number, string Format, string Text)
{
    /// <summary>
    /// 元 as the Shanxi 申报表 prints it: thousands separators, no decimals for whole 元 (<c>150,000</c>), two when
    /// there are 角 or 分 (<c>1,234.50</c>).
    /// </summary>
    public static PrintedNumber Yuan(Yuan amount)
    {
        bool whole = amount.Value == decimal.Truncate(amount.Value);
        string format = whole ? "#,##0" : "#,##0.00";
        return new(amount.Value, format, amount.Value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// 万元 as the Hebei 绩效目标表 prints it: two decimals without separators (<c>1077.00</c>, <c>3000.00</c>), and a
    /// bare <c>0</c> for no money (其他资金 0). A 元 amount with more than two decimals in 万元 is rounded half away from
    /// zero, as a single published figure is.
    /// </summary>
    public static PrintedNumber WanYuan(Yuan amount)
    {
        decimal wan = amount.ToWanYuan().Value;
        return new(wan, "0.00;-0.00;0", wan == 0 ? "0" : wan.ToString("0.00", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// 万元 as the Shanxi 绩效自评表 prints it: always two decimals, a 0 too (<c>12920.21</c>, <c>0.00</c>); rounded half
    /// away from zero as <see cref="WanYuan(Yuan)"/>.
    /// </summary>
    public static PrintedNumber WanYuanFixed(Yuan amount)
    {
        decimal wan = amount.ToWanYuan().Value;
        return new(wan, "0.00", wan.ToString("0.00", CultureInfo.InvariantCulture));
    }

    /// <summary>A score or its points as the 评分表 prints it: points bare when whole (<c>3</c>), a score with two decimals (<c>2.92</c>).</summary>
    public static PrintedNumber Points(decimal value, bool twoDecimals)
    {
        string format = twoDecimals || value != decimal.Truncate(value) ? "0.00" : "0";
        return new(value, format, value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>A cumulative share of the 资金支出计划 (<c>25.00%</c>): the cell holds the fraction 0.25.</summary>
    public static PrintedNumber Share(decimal percent) =>
        new(percent / 100m, "0.00%", percent.ToString("0.00", CultureInfo.InvariantCulture) + "%");
}
