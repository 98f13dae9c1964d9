namespace Jixiao.Tables;

/// <summary>
/// One half of a table: most tables have one part (<c>main</c>); the 收支总表 has an income and an expenditure part
/// printed side by side.
/// </summary>
public sealed record TablePart(
    string Key,
    string Title,
    RowSourceKind RowSource,
    IReadOnlyList<RowTemplate> Rows,
    IReadOnlyList<ColumnTemplate> Columns,
    IReadOnlyList<SumRelation> RowSums,
    IReadOnlyList<SumRelation> ColumnSums)
{
    /// <summary>The measure of every row (e.g. 一般公共预算 only); combined with each row's and column's.</summary>
    public Measure Filter { get; init; } = Measure.Any;

    /// <summary>The label of the total row of catalog / project parts (合计).</summary>
    public string TotalLabel { get; init; } = "合计";

    /// <summary>
    /// Economic rows print the departmental name and, beside it, the government name it maps to
    /// (部门预算支出经济科目名称 | 政府预算支出经济科目名称 | figures…), each optionally after its code.
    /// </summary>
    public bool GovernmentNames { get; init; }

    public int ColumnIndex(string key)
    {
        for (int i = 0; i < Columns.Count; i++) if (Columns[i].Key == key) return i;
        return -1;
    }

    public RowTemplate? FixedRow(string key) => Rows.FirstOrDefault(r => r.Key == key);
}
