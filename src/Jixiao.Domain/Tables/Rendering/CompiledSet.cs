using System.Runtime.CompilerServices;

namespace Jixiao.Tables.Rendering;

/// <summary>A table set with every measure compiled once (cached per <see cref="TableSet"/> instance).</summary>
internal sealed class CompiledSet
{
    private static readonly ConditionalWeakTable<TableSet, CompiledSet> Cache = new();

    private CompiledSet(TableSet set)
    {
        Set = set;
        var parts = new List<CompiledPart>();
        foreach (var t in set.Tables)
        foreach (var p in t.Parts)
        {
            string where = $"表套 {set.Id} 表 {t.Id} 部分 {p.Key}";
            if (p.Columns.Count > 64) throw new FormatException($"{where}：列数超过 64");
            var columns = new CompiledMeasure[p.Columns.Count];
            for (int c = 0; c < columns.Length; c++) columns[c] = CompiledMeasure.Compile(p.Columns[c].Measure, $"{where} 列 {p.Columns[c].Key}");
            var rows = new CompiledMeasure[p.Rows.Count];
            for (int r = 0; r < rows.Length; r++) rows[r] = CompiledMeasure.Compile(p.Rows[r].Measure, $"{where} 行 {p.Rows[r].Key}");
            parts.Add(new CompiledPart(t, p, CompiledMeasure.Compile(p.Filter, $"{where} 筛选"), rows, columns));
        }
        Parts = parts;
    }

    public TableSet Set { get; }

    /// <summary>Every part of every table, in order.</summary>
    public IReadOnlyList<CompiledPart> Parts { get; }

    public static CompiledSet Of(TableSet set) => Cache.GetValue(set, s => new CompiledSet(s));
}

/// <summary>A table part with its measures compiled: part filter, one per fixed row, one per column.</summary>
internal sealed record CompiledPart(TableTemplate Table, TablePart Part, CompiledMeasure Filter, CompiledMeasure[] FixedRows, CompiledMeasure[] Columns)
{
    public static readonly CompiledMeasure Any = CompiledMeasure.Compile(Measure.Any, "");
}
