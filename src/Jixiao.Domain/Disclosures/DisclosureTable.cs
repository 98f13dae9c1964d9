using Jixiao.Tables;

namespace Jixiao.Disclosures;

/// <summary>A table of a disclosure, recognised as one of a set's templates, with its parts and rows.</summary>
public sealed class DisclosureTable(TableTemplate template, string printedTitle)
{
    public TableTemplate Template { get; } = template;

    /// <summary>The title as printed.</summary>
    public string PrintedTitle { get; } = printedTitle;

    public List<DisclosurePart> Parts { get; } = [];

    /// <summary>The unit of amounts as printed (万元 / 元); the set's unit when not printed.</summary>
    public string Unit { get; set; } = "万元";

    /// <summary>The note under the table (“注：本表无数据”), if any.</summary>
    public string? Note { get; set; }

    /// <summary>Header lines as printed (unit code and name, 预算年度, 单位).</summary>
    public List<string> HeaderLines { get; } = [];

    public int Line { get; init; }

    /// <summary>
    /// True when the table's columns were inferred from where its text stands (printed without ruling lines): a figure
    /// may be in the wrong column, so a check it fails is a warning to verify, never an error.
    /// </summary>
    public bool Uncertain { get; set; }

    /// <summary>True when the reader could not place the table's figures (its columns): rules that read it report parse_error.</summary>
    public bool Unparsed { get; set; }

    /// <summary>Figures are exact (computed from 元 data) rather than printed and rounded.</summary>
    public bool Exact { get; init; }

    public DisclosurePart? Part(string key)
    {
        foreach (var p in Parts) if (p.Template.Key == key) return p;
        return null;
    }

    /// <summary>True when no row has a non-zero figure.</summary>
    public bool IsEmpty => Parts.All(p => p.Rows.All(r => r.Values.All(v => v is null || v.Value.Value == 0m)));

    /// <summary>The name used in messages: 表3 单位预算支出总表.</summary>
    public string Subject => $"表{Template.Number} {Template.Title}";
}
