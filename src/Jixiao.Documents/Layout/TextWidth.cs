using System.Globalization;

namespace Jixiao.Documents.Layout;

/// <summary>Printed widths in character units: a CJK or full-width character counts 2, others 1.</summary>
internal static class TextWidth
{
    /// <summary>The amount format of every table: thousands separators, two decimals.</summary>
    public const string AmountFormat = "#,##0.00";

    public static double Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        double w = 0;
        foreach (var c in text) w += IsWide(c) ? 2 : 1;
        return w;
    }

    /// <summary>How many lines <paramref name="text"/> wraps to in a column <paramref name="width"/> units wide.</summary>
    public static int Lines(string? text, double width)
    {
        double usable = Math.Max(1, width - 1.5);
        return Math.Max(1, (int)Math.Ceiling(Of(text) / usable));
    }

    /// <summary>An amount as printed: 6,596.36.</summary>
    public static string Amount(decimal value) => value.ToString(AmountFormat, CultureInfo.InvariantCulture);

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
          or >= '\u2E80' and <= '\uA4CF'
          or >= '\uAC00' and <= '\uD7A3'
          or >= '\uF900' and <= '\uFAFF'
          or >= '\uFE30' and <= '\uFE4F'
          or >= '\uFF00' and <= '\uFF60'
          or >= '\uFFE0' and <= '\uFFE6'
          or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2014';
}
