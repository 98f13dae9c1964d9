using System.Text.Json;
using Jixiao.Text;

namespace Jixiao.Rules.Catalog;

/// <summary>
/// Names that a code carried in earlier catalogs (<c>Rules/Data/outdated-names.json</c>): 类 210 was
/// 医疗卫生与计划生育支出 until 2018 and is 卫生健康支出 from 2019 on (tables.md). A later document that prints the old
/// name was made from an outdated list.
/// </summary>
internal static class OutdatedNames
{
    private static readonly Lazy<Dictionary<(CodeKind, string, string), int>> Data = new(Load);

    /// <summary>The last year <paramref name="printedName"/> was the official name of <paramref name="code"/>; null if it never was.</summary>
    public static int? LastYear(CodeKind kind, string code, string printedName) =>
        Data.Value.TryGetValue((kind, code, Names.Normalize(printedName)), out var until) ? until : null;

    private static Dictionary<(CodeKind, string, string), int> Load()
    {
        using var doc = EmbeddedData.OpenJson("Jixiao.Rules.Data.outdated-names.json");
        var map = new Dictionary<(CodeKind, string, string), int>();
        foreach (var (property, kind) in new[] { ("functional", CodeKind.Functional), ("departmental", CodeKind.DepartmentalEconomic) })
        {
            if (!doc.RootElement.TryGetProperty(property, out var list)) continue;
            foreach (var e in list.EnumerateArray())
                map[(kind, e.GetProperty("code").GetString()!, Names.Normalize(e.GetProperty("name").GetString()))] = e.GetProperty("until").GetInt32();
        }
        return map;
    }
}
