using System.Numerics;

namespace Jixiao.Tables.Rendering;

/// <summary>
/// A row of a rendered part: key (<c>total</c>, a code, a fixed key, a project or unit code), printed code, label, and
/// for a departmental economic row printed with its government counterpart (set S table 6) the government code and name.
/// </summary>
internal readonly record struct RowInfo(string Key, string? Code, string Label)
{
    public string? GovernmentCode { get; init; }
    public string? GovernmentLabel { get; init; }
}

/// <summary>
/// One table part laid out over a budget's atoms: its rows, and for every atom the cells it adds to, as (row, column
/// bit mask) hits in compressed rows. Built in one pass over the atoms; summing any vector of atom values into the
/// part's cells is then a loop over integers and bits.
/// </summary>
internal sealed class PartLayout
{
    public PartLayout(TableTemplate table, TablePart part, RowInfo[] rows, int[] hitStart, int[] hitRow, ulong[] hitColumns)
    {
        Table = table;
        Part = part;
        Rows = rows;
        ColumnCount = part.Columns.Count;
        HitStart = hitStart;
        HitRow = hitRow;
        HitColumns = hitColumns;
    }

    public TableTemplate Table { get; }
    public TablePart Part { get; }
    public RowInfo[] Rows { get; }
    public int ColumnCount { get; }

    /// <summary>Hits of atom a are <c>HitStart[a] .. HitStart[a+1]-1</c>.</summary>
    public int[] HitStart { get; }
    public int[] HitRow { get; }
    public ulong[] HitColumns { get; }

    public int CellCount => Rows.Length * ColumnCount;

    /// <summary>The cells (row-major) summed from one value per atom.</summary>
    public long[] Sum(ReadOnlySpan<long> atomValues)
    {
        var cells = new long[CellCount];
        int cols = ColumnCount;
        for (int a = 0; a < atomValues.Length; a++)
        {
            long v = atomValues[a];
            if (v == 0) continue;
            for (int h = HitStart[a]; h < HitStart[a + 1]; h++)
            {
                int rowBase = HitRow[h] * cols;
                ulong bits = HitColumns[h];
                while (bits != 0)
                {
                    cells[rowBase + BitOperations.TrailingZeroCount(bits)] += v;
                    bits &= bits - 1;
                }
            }
        }
        return cells;
    }

    private Dictionary<string, int>? _byKey;

    /// <summary>The index of the row with <paramref name="key"/>, or -1.</summary>
    public int RowIndex(string key)
    {
        if (_byKey is null)
        {
            var d = new Dictionary<string, int>(Rows.Length, StringComparer.Ordinal);
            for (int r = 0; r < Rows.Length; r++) d.TryAdd(Rows[r].Key, r);
            _byKey = d;
        }
        return _byKey.TryGetValue(key, out int i) ? i : -1;
    }

    /// <summary>“表3 单位预算支出总表 行“2101501 行政运行”列“基本支出”” for messages.</summary>
    public string Describe(int cell)
    {
        var row = Rows[cell / ColumnCount];
        var col = Part.Columns[cell % ColumnCount];
        var part = Table.Parts.Count > 1 ? $"（{(Part.Title.Length > 0 ? Part.Title : Part.Key)}）" : "";
        return $"表{Table.Number} {Table.Title}{part} 行“{(row.Code is null ? row.Label : row.Code + " " + row.Label)}” 列“{col.Label}”";
    }
}
