using Jixiao.Tables;

namespace Jixiao.Disclosures;

/// <summary>The rows of one part of a table (the whole table, or the income / expenditure half of a 收支总表).</summary>
public sealed class DisclosurePart(TablePart template)
{
    public TablePart Template { get; } = template;
    public List<DisclosureRow> Rows { get; } = [];

    /// <summary>For each template column, whether the document printed it (false: absent, e.g. a province without 经营支出).</summary>
    /// <summary>A printed row could not be placed on a row of the template (its label fits two): a row missing from the part may be that one.</summary>
    public bool Unplaced { get; set; }

    public bool[] ColumnPresent { get; set; } = Enumerable.Repeat(true, template.Columns.Count).ToArray();

    /// <summary>The coded rows of the top level printed (the 类, or the 款 of a table printing no 类): what its 合计 adds up.</summary>
    public List<DisclosureRow> TopRows()
    {
        int top = int.MaxValue;
        foreach (var r in Rows) if (r.Code is { } c && c.Length < top) top = c.Length;
        return Rows.Where(r => r.Code?.Length == top).ToList();
    }

    public DisclosureRow? Row(string key)
    {
        foreach (var r in Rows) if (r.Key == key) return r;
        return null;
    }
}
