using Jixiao.Catalogs;
using Jixiao.Disclosures;
using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Rules.Catalog;

/// <summary>
/// CAT-02: a row's printed name is the catalog's name for its code (compared after <see cref="Names.Normalize"/>).
/// A name the code carried in an earlier list (<see cref="OutdatedNames"/>, e.g. 医疗卫生与计划生育支出 for 类 210) is a
/// warning: the document was made from an outdated list. Another accepted name (an alias) is an info that gives the
/// official name. Any other name is a warning, and so is an economic name the catalog does not know at all. Beside a
/// departmental economic name, the printed government name must be the one the 对照表 maps it to (行政 or 事业).
/// Against an unconfirmed year's catalog the warnings say so (<see cref="CatalogSet.ConfirmationNote"/>).
/// </summary>
public sealed class NamesMatchCatalog : IDisclosureRule
{
    public static readonly RuleInfo Info = new("CAT-02", Severity.Warning, "科目名称应与当年科目目录一致", "tables.md 科目目录");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var cat = CatalogScope.CatalogsOf(disclosure);
        int year = disclosure.Year?.Value ?? cat.Year;
        foreach (var (table, part, row, kind) in CatalogScope.CodedRows(disclosure))
        {
            var classification = CatalogScope.Of(cat, kind);
            if (!classification.TryGet(row.Code!, out var entry)) continue; // CAT-01
            CheckName(results, table, part, row, kind, entry, classification, cat, year);
            if (row.GovernmentLabel is not null && kind == CodeKind.DepartmentalEconomic) CheckGovernmentName(results, table, row, entry, cat);
        }
        foreach (var (table, row) in CatalogScope.UncodedEconomicRows(disclosure))
        {
            results.Add(new Finding(Info.Id, Info.Severity, table.Subject, $"行“{row.Label}”",
                $"{table.Subject}行“{row.Label}”：名称不在{cat.DepartmentalEconomic.Year}年{cat.DepartmentalEconomic.Name}中，无法确定其编码{cat.ConfirmationNote}")
            {
                Expected = "目录中的科目名称",
                Actual = row.Label,
                Line = row.Line == 0 ? null : row.Line,
            });
        }
    }

    private static void CheckName(RuleResults results, DisclosureTable table, DisclosurePart part, DisclosureRow row, CodeKind kind,
        CatalogEntry entry, Classification classification, CatalogSet cat, int year)
    {
        var printed = Names.Normalize(row.Label);
        if (printed.Length == 0) return; // no name printed
        if (printed == Names.Normalize(entry.Name))
        {
            results.Pass(Info.Id);
            return;
        }
        var where = $"行“{CatalogScope.RowName(row)}”";
        var shown = Names.StripNumbering(row.Label.Trim());
        int? line = row.Line == 0 ? null : row.Line;
        if (OutdatedNames.LastYear(kind, entry.Code, row.Label) is { } until && until < year)
        {
            results.Add(new Finding(Info.Id, Severity.Warning, table.Subject, where,
                $"{table.Subject}{where}：“{shown}”是{until}年及以前的科目名称，{classification.Year}年{classification.Name}中 {entry.Code} 为“{entry.Name}”，名称已过时")
            { Expected = entry.Name, Actual = shown, Line = line });
            return;
        }
        bool alias = Classification.NameMatches(entry, row.Label)
            || (part.Template.RowSource == RowSourceKind.Classes && cat.FindExpenditureClass(row.Label)?.Code == entry.Code);
        if (alias)
        {
            results.Add(new Finding(Info.Id, Severity.Info, table.Subject, where,
                $"{table.Subject}{where}：“{shown}”是 {entry.Code} 的常用别名，规范名称为“{entry.Name}”")
            { Expected = entry.Name, Actual = shown, Line = line });
            return;
        }
        results.Add(new Finding(Info.Id, Severity.Warning, table.Subject, where,
            $"{table.Subject}{where}：名称“{shown}”与{classification.Year}年{classification.Name}不符，{entry.Code} 应为“{entry.Name}”{cat.ConfirmationNote}")
        { Expected = entry.Name, Actual = shown, Line = line });
    }

    private static void CheckGovernmentName(RuleResults results, DisclosureTable table, DisclosureRow row, CatalogEntry departmental, CatalogSet cat)
    {
        var mapped = new List<(UnitNature Nature, CatalogEntry Entry)>();
        foreach (var nature in new[] { UnitNature.Administrative, UnitNature.PublicInstitution })
            if (cat.MapToGovernment(departmental.Code, nature) is { } g) mapped.Add((nature, g));
        if (mapped.Count == 0) return; // the 对照表 does not map this code
        if (mapped.Any(m => Classification.NameMatches(m.Entry, row.GovernmentLabel!)))
        {
            results.Pass(Info.Id);
            return;
        }
        var expected = string.Join("或", mapped.DistinctBy(m => m.Entry.Code).Select(m => $"{m.Entry.Code} {m.Entry.Name}（{m.Nature.ToChinese()}）"));
        results.Add(new Finding(Info.Id, Severity.Warning, table.Subject, $"行“{CatalogScope.RowName(row)}”，政府预算支出经济科目",
            $"{table.Subject}行“{CatalogScope.RowName(row)}”：政府预算支出经济科目“{row.GovernmentLabel}”与对照表不符，{departmental.Code} {departmental.Name}应对应{expected}")
        {
            Expected = expected,
            Actual = row.GovernmentLabel,
            Line = row.Line == 0 ? null : row.Line,
        });
    }
}
