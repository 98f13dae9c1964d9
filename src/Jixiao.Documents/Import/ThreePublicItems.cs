using Jixiao.Budget;
using Jixiao.Disclosures;

namespace Jixiao.Documents.Import;

/// <summary>
/// The “三公”经费 items of the 三公 table by source column: 公务用车购置费, 公务用车运行维护费, 公务接待费, and
/// 因公出国（境）费 as 教学科研人员 / 其他 — or, where a table prints only the parent row (因公出国（境）费,
/// 公务用车购置及运行费) without its split, as 其他因公出国（境）费 / 公务用车运行维护费 (with a note).
/// </summary>
internal static class ThreePublicItems
{
    private static readonly (string Row, ThreePublicKind Kind)[] Items =
    [
        ("abroad-research", ThreePublicKind.AbroadResearch),
        ("abroad-other", ThreePublicKind.AbroadOther),
        ("vehicle-purchase", ThreePublicKind.VehiclePurchase),
        ("vehicle-operation", ThreePublicKind.VehicleOperation),
        ("hospitality", ThreePublicKind.Hospitality),
    ];

    private static readonly (string Parent, string[] Children, ThreePublicKind Kind, string Name)[] Parents =
    [
        ("abroad", ["abroad-research", "abroad-other"], ThreePublicKind.AbroadOther, "其他因公出国（境）费"),
        ("vehicles", ["vehicle-purchase", "vehicle-operation"], ThreePublicKind.VehicleOperation, "公务用车运行维护费"),
    ];

    public static List<ThreePublicItem> Read(Disclosure d, ImportTables t, List<string> notes)
    {
        var items = new List<ThreePublicItem>();
        var part = PartRef.Find(d, t.ThreePublic, "main");
        if (part is null) return items;
        var columns = part.Part.Template.Columns
            .Where(c => c.Measure.Sources.Count == 1 && part.Has(c.Key))
            .Select(c => (c.Key, Source: Enum.Parse<FundingSource>(c.Measure.Sources[0]))).ToArray();

        foreach (var (row, kind) in Items) Add(row, kind, null);
        foreach (var (parent, children, kind, name) in Parents)
            Add(parent, kind, children, name);
        return items;

        void Add(string key, ThreePublicKind kind, string[]? minus, string? name = null)
        {
            var row = part.Row(key);
            if (row is null) return;
            long inSources = 0;
            foreach (var (column, source) in columns)
            {
                long v = part.Cell(row, column) - (minus?.Sum(m => part.Cell(m, column)) ?? 0);
                if (v <= 0) continue;
                items.Add(new ThreePublicItem(kind, source, Cents.ToYuan(v)));
                inSources += v;
                if (minus is not null && minus.Any(m => part.Part.Template.FixedRow(m) is not null))
                    notes.Add($"{part.Subject}“{row.Label.Trim()}”有 {Cents.Wan(v)} 万元未分列到其下各项，按{name}导入。");
            }
            long total = part.Cell(row, "total") - (minus?.Sum(m => part.Cell(m, "total")) ?? 0);
            if (total > inSources && inSources == 0)
            {
                items.Add(new ThreePublicItem(kind, FundingSource.GeneralPublic, Cents.ToYuan(total)));
                notes.Add($"{part.Subject}“{row.Label.Trim()}”合计 {Cents.Wan(total)} 万元未分列资金来源，按一般公共预算导入。");
            }
        }
    }
}
