using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Text;

namespace Jixiao.Documents.Import;

/// <summary>
/// The projects of a disclosure with their money: the 项目支出预算表 (set S: 本年预算 and 上年结转, per source) when it
/// lists any, else the projects declared in the performance tables (code, name, 预算数). Codes come from the
/// performance tables; a project printed without one gets <c>XM01</c>, <c>XM02</c> … (and a note).
/// </summary>
internal static class ProjectList
{
    /// <summary>A project to place: code, name, amount in 分, and the part of it whose source a table printed.</summary>
    public sealed class Entry(string? code, string name)
    {
        public string? Code { get; set; } = code;
        public string Name { get; } = name;
        public long Cents { get; set; }
        public List<(FundingSource Source, bool CarryOver, long Cents)> Known { get; } = [];
    }

    /// <param name="precision">The tables' precision in 分 (10 000 for 万元 tables): declared amounts are rounded to it.</param>
    public static List<Entry> Read(Disclosure d, ImportTables t, long precision, List<string> notes)
    {
        var list = new List<Entry>();
        var byName = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var current = t.Projects is { } id ? PartRef.Find(d, id, "main") : null;
        var carried = t.CarriedProjects is { } cid ? PartRef.Find(d, cid, "main") : null;
        bool fromTable = false;
        foreach (var (part, carry) in new[] { (current, false), (carried, true) })
        {
            if (part is null) continue;
            foreach (var row in part.Part.Rows)
            {
                if (row.Key == "total" || string.IsNullOrWhiteSpace(row.Label)) continue;
                fromTable = true;
                var key = Names.Normalize(row.Label);
                if (!byName.TryGetValue(key, out var entry))
                {
                    entry = new Entry(null, row.Label.Trim());
                    byName[key] = entry;
                    list.Add(entry);
                }
                entry.Cents += part.Cell(row, "total");
                foreach (var column in part.Part.Template.Columns)
                {
                    if (column.Measure.Sources.Count != 1 || !part.Has(column.Key)) continue;
                    long v = part.Cell(row, column.Key);
                    if (v > 0) entry.Known.Add((Enum.Parse<FundingSource>(column.Measure.Sources[0]), carry, v));
                }
            }
        }

        if (fromTable)
        {
            foreach (var p in d.Projects)
            {
                if (byName.TryGetValue(Names.Normalize(p.Name), out var entry)) entry.Code ??= Clean(p.Code);
                else notes.Add($"绩效目标表中的项目“{p.Name}”不在{current?.Short ?? "项目支出预算表"}中，未导入。");
            }
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in d.Projects)
            {
                var code = Clean(p.Code);
                if (!seen.Add(code ?? "name:" + Names.Normalize(p.Name)))
                {
                    notes.Add($"项目“{p.Name}”{(code is null ? "" : $"（{code}）")}在绩效目标表中出现两次，只导入第一次。");
                    continue;
                }
                var entry = new Entry(code, p.Name.Trim());
                if (p.Amount is { } f)
                {
                    long exact = Cents.Of(f, p.Unit);
                    long rounded = (long)Math.Round(exact / (decimal)precision, 0, MidpointRounding.AwayFromZero) * precision;
                    if (rounded != exact)
                        notes.Add($"项目“{p.Name}”的预算数 {f.Format()} {p.Unit}按表的精度取 {Cents.Wan(rounded)} 万元。");
                    entry.Cents = rounded;
                }
                else notes.Add($"项目“{p.Name}”的预算数无法识别，只列入项目清单，不列预算行。");
                list.Add(entry);
            }
        }

        var taken = new HashSet<string>(list.Where(e => e.Code is not null).Select(e => e.Code!), StringComparer.Ordinal);
        var made = new List<string>();
        int n = 0;
        foreach (var e in list.Where(e => e.Code is null))
        {
            string code;
            do code = $"XM{++n:00}"; while (!taken.Add(code));
            e.Code = code;
            made.Add($"{code} {e.Name}");
        }
        if (made.Count > 0)
            notes.Add($"{made.Count} 个项目公开文件未印项目编码，按顺序编为：{string.Join("；", made)}。");
        return list;
    }

    private static string? Clean(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}
