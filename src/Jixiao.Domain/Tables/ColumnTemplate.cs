namespace Jixiao.Tables;

/// <summary>A value column of a table: its key, printed label, other printed labels, and what it measures.</summary>
public sealed record ColumnTemplate(string Key, string Label, IReadOnlyList<string> Aliases, Measure Measure)
{
    /// <summary>
    /// The merged header printed above this column and its neighbours of the same group (本年收入 over the source
    /// columns of set S 表2, 财政拨款 over the three 财政拨款 sources of 表12 / 表13); null when the column stands alone.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>Stands for the budget year in a label (set S 表1: <c>{year}年合计</c>, printed 2023年合计 in a 2023 budget).</summary>
    public const string YearToken = "{year}";

    /// <summary>The label as printed in a budget of <paramref name="year"/> (本年 when the year is unknown).</summary>
    public string LabelFor(int? year) => LabelFor(Label, year);

    /// <summary><paramref name="label"/> with <see cref="YearToken"/> replaced by <paramref name="year"/> (本 when unknown).</summary>
    public static string LabelFor(string label, int? year) =>
        label.Contains(YearToken, StringComparison.Ordinal)
            ? label.Replace(YearToken, year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "本", StringComparison.Ordinal)
            : label;
}
