using Jixiao.Disclosures;

namespace Jixiao.Rules.Catalog;

/// <summary>
/// CAT-01: every functional or economic code a table prints is listed in the year's catalog
/// (<see cref="Catalogs.CatalogSet.ForNearest"/>); so is a government economic code printed beside a departmental one.
/// A code the reader found from a printed name is the catalog's own and is not checked here. Against an unconfirmed
/// year's catalog (<see cref="Catalogs.CatalogSet.Confirmed"/>) a missing code is a warning: the year's real list may have it.
/// </summary>
public sealed class CodesInCatalog : IDisclosureRule
{
    public static readonly RuleInfo Info = new("CAT-01", Severity.Error, "科目编码应为当年科目目录所列编码", "tables.md 科目目录");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var cat = CatalogScope.CatalogsOf(disclosure);
        foreach (var (table, _, row, kind) in CatalogScope.CodedRows(disclosure))
        {
            if (row.CodePrinted) Check(disclosure, results, table, row, row.Code!, kind, cat);
            if (row.GovernmentCode is { } gov) Check(disclosure, results, table, row, gov, CodeKind.GovernmentEconomic, cat);
        }
    }

    private static void Check(Disclosure d, RuleResults results, DisclosureTable table, DisclosureRow row, string code, CodeKind kind,
        Catalogs.CatalogSet cat)
    {
        var classification = CatalogScope.Of(cat, kind);
        if (classification.Contains(code) || kind == CodeKind.Functional && CatalogScope.IsClass(cat, code))
        {
            results.Pass(Info.Id);
            return;
        }
        var severity = CatalogScope.Missing(cat, classification, code, Info.Severity);
        results.Add(new Finding(Info.Id, severity, table.Subject, $"行“{CatalogScope.RowName(row)}”",
            $"{table.Subject}行“{CatalogScope.RowName(row)}”：编码 {code} 不在{CatalogScope.Describe(classification, d, cat)}中"
            + (severity == Severity.Warning && cat.Confirmed ? "（Jixiao 所载目录只收录了该上级科目下的部分编码，请核对）" : ""))
        {
            Expected = $"{classification.Year}年{classification.Name}所列编码",
            Actual = code,
            Line = row.Line == 0 ? null : row.Line,
        });
    }
}
