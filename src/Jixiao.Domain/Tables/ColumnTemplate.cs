namespace Jixiao.Tables;

/// <summary>A value column of a table: its key, printed label, other printed labels, and what it measures.</summary>
public sealed record ColumnTemplate(string Key, string Label, IReadOnlyList<string> Aliases, Measure Measure);
