using Jixiao.Disclosures;

namespace Jixiao.Documents.Import;

/// <summary>A part of a read table, with its figures in 分 by row code and column key.</summary>
internal sealed class PartRef
{
    private readonly Dictionary<string, DisclosureRow> _byKey = new(StringComparer.Ordinal);

    private PartRef(DisclosureTable table, DisclosurePart part)
    {
        Table = table;
        Part = part;
        foreach (var r in part.Rows) _byKey.TryAdd(r.Key, r);
    }

    public DisclosureTable Table { get; }

    public DisclosurePart Part { get; }

    /// <summary>“表5 单位预算一般公共预算财政拨款支出表”.</summary>
    public string Subject => Table.Subject;

    /// <summary>表5.</summary>
    public string Short => $"表{Table.Template.Number}";

    /// <summary>The part of the disclosure's table <paramref name="tableId"/>; null when the table was not read or has no such part.</summary>
    public static PartRef? Find(Disclosure d, string tableId, string partKey) =>
        d.Table(tableId) is { } t && t.Part(partKey) is { } p ? new PartRef(t, p) : null;

    public DisclosureRow? Row(string key) => _byKey.GetValueOrDefault(key);

    public bool Has(string column) => Cents.Has(Part, column);

    public long Cell(DisclosureRow row, string column) => Cents.Cell(Table, Part, row, column);

    /// <summary>The figure of row <paramref name="key"/>; 0 when the row is not printed.</summary>
    public long Cell(string key, string column) => Row(key) is { } r ? Cell(r, column) : 0;

    /// <summary>Half a unit of the last printed digit, in 分 (0.005 万元 = 50 元; 0.005 元).</summary>
    public decimal HalfUnit => Table.Unit == "元" ? 0.5m : Cents.PerWanYuan / 200m;
}
