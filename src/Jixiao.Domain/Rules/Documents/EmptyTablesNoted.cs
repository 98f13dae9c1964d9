using Jixiao.Disclosures;
using Jixiao.Text;

namespace Jixiao.Rules.Documents;

/// <summary>
/// DOC-02: a table with no non-zero figure is published with its note (注：本表无数据 / 注：无…，空表列示。), and a table
/// that has figures carries no such note.
/// </summary>
public sealed class EmptyTablesNoted : IDisclosureRule
{
    public static readonly RuleInfo Info = new("DOC-02", Severity.Warning, "空表应注明“本表无数据”或“空表列示”，有数据的表不应有此注", "tables.md 空表列示");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    /// <summary>True when a note says the table is empty (本表无数据, 空表列示, 无…数据).</summary>
    public static bool SaysEmpty(string? note)
    {
        var n = Names.Normalize(note);
        return n.Contains("无数据", StringComparison.Ordinal) || n.Contains("空表", StringComparison.Ordinal)
            || n.Contains("本表无", StringComparison.Ordinal);
    }

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        foreach (var table in disclosure.Tables)
        {
            bool empty = table.IsEmpty;
            bool noted = SaysEmpty(table.Note);
            int? line = table.Line == 0 ? null : table.Line;
            if (empty && !noted)
            {
                results.Add(new Finding(Info.Id, Info.Severity, table.Subject, "表注",
                    $"{table.Subject}没有数据，但未注明“{table.Template.EmptyNote}”" + (table.Note is null ? "" : $"（表注为“{table.Note}”）"))
                { Expected = table.Template.EmptyNote, Actual = table.Note ?? "（无表注）", Line = line });
            }
            else if (!empty && noted)
            {
                var (row, value) = FirstFigure(table);
                results.Add(new Finding(Info.Id, Info.Severity, table.Subject, "表注",
                    $"{table.Subject}注明“{table.Note}”，但表中有数据（如行“{row}”{value}）")
                { Expected = "无此注或表中无数据", Actual = table.Note, Line = line });
            }
            else results.Pass(Info.Id);
        }
    }

    private static (string Row, string Value) FirstFigure(DisclosureTable table)
    {
        foreach (var part in table.Parts)
        foreach (var row in part.Rows)
        foreach (var v in row.Values)
            if (v is { } f && f.Value != 0m) return (Tables.TableSumRules.RowName(row), f.Format());
        return ("", "");
    }
}
