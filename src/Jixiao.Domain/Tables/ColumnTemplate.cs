namespace Jixiao.Tables;

/// <summary>A value column of a table: its key, printed label, other printed labels, and what it measures.</summary>
public sealed record ColumnTemplate(string Key, string Label, IReadOnlyList<string> Aliases, Measure Measure)
{
    /// <summary>
    /// The merged header printed above this column and its neighbours of the same group (本年收入 over the source
    /// columns of set S 表2, 财政拨款 over the three 财政拨款 sources of 表12 / 表13); null when the column stands alone.
    /// </summary>
    public string? Group { get; init; }
}
