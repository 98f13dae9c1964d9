using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Tables;

namespace Jixiao.Rules.Catalog;

/// <summary>What the catalog rules look at: the year's catalogs and every coded row of a disclosure.</summary>
internal static class CatalogScope
{
    /// <summary>A coded row: its table, part, the row, and the classification of its code.</summary>
    public sealed record CodedRow(DisclosureTable Table, DisclosurePart Part, DisclosureRow Row, CodeKind Kind);

    /// <summary>
    /// The catalogs of the document's own year (a year without catalogs: the nearest one, unconfirmed; the latest
    /// confirmed year when the document's year is unknown).
    /// </summary>
    public static CatalogSet CatalogsOf(Disclosure d) =>
        CatalogSet.ForNearest(d.Year ?? new FiscalYear(CatalogSet.LatestConfirmedYear));

    /// <summary>
    /// “2021年支出功能分类科目”, with a remark when the nearest year stood in for the document's or the year's catalog is
    /// not confirmed.
    /// </summary>
    public static string Describe(Classification c, Disclosure d, CatalogSet cat) =>
        d.Year is { } y && y.Value != c.Year ? $"{c.Year}年{c.Name}（{y.Value}年没有科目目录，按最近年度核对，未经确认）"
        : d.Year is null ? $"{c.Year}年{c.Name}（预算年度不明，按最新确认的目录核对）"
        : cat.Confirmed ? $"{c.Year}年{c.Name}" : $"{c.Year}年已知的{c.Name}{cat.ConfirmationNote}";

    /// <summary>
    /// A code or name missing from the catalog: an error against a confirmed year's catalog, a warning against an
    /// unconfirmed one (the year's list may have the code; docs/catalogs.md).
    /// </summary>
    public static Severity Missing(CatalogSet cat, Severity confirmed) =>
        cat.Confirmed || confirmed != Severity.Error ? confirmed : Severity.Warning;

    /// <summary>
    /// The severity of a code a list lacks: the rule's own where the year is confirmed and the list is known to hold
    /// everything under the code's parent (or the code's 类 is none of the year's 类); a warning where the list holds
    /// only part of that parent's codes, since the code may be real.
    /// </summary>
    public static Severity Missing(CatalogSet cat, Classification list, string code, Severity confirmed)
    {
        if (confirmed != Severity.Error) return confirmed;
        if (!cat.Confirmed) return Severity.Warning;
        if (ReferenceEquals(list, cat.Functional) && !cat.ExpenditureClasses.Any(c => code.StartsWith(c.Code, StringComparison.Ordinal))) return confirmed;
        return list.KnowsAllUnderParentOf(code) ? confirmed : Severity.Warning;
    }

    /// <summary>True for a 类 code the year's 收支总表 lists (a real class even where the functional list holds none of its codes).</summary>
    public static bool IsClass(CatalogSet cat, string code) => code.Length == 3 && cat.ExpenditureClasses.Any(c => c.Code == code);

    public static Classification Of(CatalogSet cat, CodeKind kind) => kind switch
    {
        CodeKind.Functional => cat.Functional,
        CodeKind.DepartmentalEconomic => cat.DepartmentalEconomic,
        _ => cat.GovernmentEconomic,
    };

    public static string KindName(CodeKind kind) => kind switch
    {
        CodeKind.Functional => "支出功能分类科目",
        CodeKind.DepartmentalEconomic => "部门预算支出经济分类科目",
        _ => "政府预算支出经济分类科目",
    };

    /// <summary>Every row with a code in a part whose rows come from a catalog (functional, economic, the 30 类).</summary>
    public static IEnumerable<CodedRow> CodedRows(Disclosure d)
    {
        foreach (var table in d.Tables)
        foreach (var part in table.Parts)
        {
            var source = part.Template.RowSource;
            if (source is not (RowSourceKind.Functional or RowSourceKind.Economic or RowSourceKind.Classes)) continue;
            foreach (var row in part.Rows)
            {
                if (row.Code is not { Length: > 0 } code) continue;
                var kind = source == RowSourceKind.Economic
                    ? code[0] == '5' ? CodeKind.GovernmentEconomic : CodeKind.DepartmentalEconomic
                    : CodeKind.Functional;
                yield return new CodedRow(table, part, row, kind);
            }
        }
    }

    /// <summary>Rows of economic parts whose printed name the catalog does not know (the reader kept them without a code).</summary>
    public static IEnumerable<(DisclosureTable Table, DisclosureRow Row)> UncodedEconomicRows(Disclosure d)
    {
        foreach (var table in d.Tables)
        foreach (var part in table.Parts)
        {
            if (part.Template.RowSource != RowSourceKind.Economic) continue;
            foreach (var row in part.Rows)
                if (row.Code is null && row.Key.StartsWith("name:", StringComparison.Ordinal)) yield return (table, row);
        }
    }

    /// <summary>The row as messages name it: 行“2101501 行政运行”.</summary>
    public static string RowName(DisclosureRow row) => Tables.TableSumRules.RowName(row);
}
