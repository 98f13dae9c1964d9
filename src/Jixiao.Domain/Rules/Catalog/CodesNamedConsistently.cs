using Jixiao.Catalogs;
using Jixiao.Disclosures;
using Jixiao.Text;

namespace Jixiao.Rules.Catalog;

/// <summary>
/// CAT-03: across the tables of one document a code keeps one name, and a name one code. Two names for one code
/// (类 210 printed 医疗卫生与计划生育支出 in 表1 and 卫生健康支出 in 表2) are a warning; one name printed with two codes
/// is an error (a mistyped code), unless the catalog itself gives that name to both (行政运行 under every 款,
/// 20899 / 2089999 其他社会保障和就业支出); against an unconfirmed year's catalog that lacks one of the codes it is a
/// warning. Different figures for one code are the XT rules' concern.
/// </summary>
public sealed class CodesNamedConsistently : IDisclosureRule
{
    public static readonly RuleInfo Info = new("CAT-03", Severity.Error, "同一编码在各表中名称一致，同一名称对应同一编码", "tables.md 勾稽关系");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    private sealed record Use(string Name, string Shown, string Code, DisclosureTable Table, DisclosureRow Row);

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var cat = CatalogScope.CatalogsOf(disclosure);
        var uses = new List<(CodeKind Kind, Use Use)>();
        foreach (var (table, _, row, kind) in CatalogScope.CodedRows(disclosure))
        {
            var shown = Names.StripNumbering(row.Label.Trim());
            var name = Names.Normalize(row.Label);
            if (name.Length > 0) uses.Add((kind, new Use(name, shown, row.Code!, table, row)));
        }

        foreach (var byCode in uses.GroupBy(u => (u.Kind, u.Use.Code)))
        {
            var names = byCode.Select(u => u.Use).GroupBy(u => u.Name).ToList();
            if (byCode.Select(u => u.Use.Table).Distinct().Count() < 2) continue; // within one table: CAT-02's concern
            if (names.Count == 1) { results.Pass(Info.Id); continue; }
            var first = byCode.First().Use;
            results.Add(new Finding(Info.Id, Severity.Warning, "各表科目名称", $"编码 {byCode.Key.Code}",
                $"编码 {byCode.Key.Code} 在各表中名称不一：{Describe(names)}")
            {
                Expected = "各表同一名称",
                Actual = string.Join("／", names.Select(g => g.First().Shown)),
                Line = first.Row.Line == 0 ? null : first.Row.Line,
            });
        }

        foreach (var byName in uses.Where(u => u.Use.Row.CodePrinted).GroupBy(u => (u.Kind, u.Use.Name)))
        {
            var codes = byName.Select(u => u.Use).GroupBy(u => u.Code).ToList();
            if (codes.Count == 1) continue;
            var classification = CatalogScope.Of(cat, byName.Key.Kind);
            bool catalogAgrees = codes.All(g => classification.TryGet(g.Key, out var e) && Classification.NameMatches(e, g.First().Shown));
            if (catalogAgrees) { results.Pass(Info.Id); continue; }
            // Against an unconfirmed year's catalog a code it lacks may be the year's own: a warning, not an error.
            bool unsure = !cat.Confirmed && codes.Any(g => !classification.Contains(g.Key));
            var first = byName.First().Use;
            var detail = string.Join("，", codes.Select(g =>
                $"{string.Join("、", g.Select(u => $"表{u.Table.Template.Number}").Distinct())} 为 {g.Key}"));
            results.Add(new Finding(Info.Id, unsure ? Severity.Warning : Severity.Error, "各表科目编码", $"名称“{first.Shown}”",
                $"名称“{first.Shown}”对应 {codes.Count} 个编码：{detail}；{classification.Year}年{classification.Name}中" +
                string.Join("，", codes.Select(g => classification.TryGet(g.Key, out var e) ? $"{g.Key} 为“{e.Name}”" : $"没有 {g.Key}"))
                + (unsure ? cat.ConfirmationNote : ""))
            {
                Expected = "一个编码",
                Actual = string.Join("／", codes.Select(g => g.Key)),
                Line = first.Row.Line == 0 ? null : first.Row.Line,
            });
        }
    }

    private static string Describe(List<IGrouping<string, Use>> names) =>
        string.Join("，", names.Select(g =>
            $"{string.Join("、", g.Select(u => $"表{u.Table.Template.Number}").Distinct())} 为“{g.First().Shown}”"));
}
