using System.Collections.Concurrent;
using System.Text.Json;
using Jixiao.Rules;

namespace Jixiao.Tables;

/// <summary>The table sets shipped as JSON in <c>Tables/Templates/</c> (set H, set S, …), loaded once.</summary>
public static class TableSets
{
    private static readonly ConcurrentDictionary<string, TableSet> Cache = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<IReadOnlyList<string>> Ids = new(() =>
        EmbeddedData.Names("Jixiao.Tables.Templates.").Select(n => n["Jixiao.Tables.Templates.".Length..^".json".Length]).ToArray());

    /// <summary>The ids of the shipped sets (H, S, …).</summary>
    public static IReadOnlyList<string> AvailableIds => Ids.Value;

    private static readonly Lazy<string> LayoutVersion = new(() =>
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var name in EmbeddedData.Names("Jixiao.Tables.Templates."))
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n" + EmbeddedData.ReadText(name)));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    });

    /// <summary>A short hash of the shipped table-set templates: which layouts a report was read and checked with.</summary>
    public static string Version => LayoutVersion.Value;

    /// <summary>Every shipped set.</summary>
    public static IEnumerable<TableSet> All => AvailableIds.Select(Get);

    /// <summary>The set with id <paramref name="id"/> (case-insensitive); throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    public static TableSet Get(string id)
    {
        var real = AvailableIds.FirstOrDefault(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"没有表套“{id}”（现有：{string.Join("、", AvailableIds)}）");
        return Cache.GetOrAdd(real, Load);
    }

    /// <summary>Parses a table set from its JSON form (the format of <c>Tables/Templates/*.json</c>).</summary>
    public static TableSet Parse(JsonElement root)
    {
        var tables = root.GetProperty("tables").EnumerateArray().Select(ParseTable).ToArray();
        var relations = root.TryGetProperty("relations", out var rel)
            ? rel.EnumerateArray().Select(ParseRelation).ToArray()
            : [];
        return new TableSet(Str(root, "id"), Str(root, "name"), OptStr(root, "unit") ?? "万元", tables, relations)
        {
            Document = OptStr(root, "document") switch
            {
                null or "budget" => Disclosures.DocumentKind.UnitBudget,
                "final_accounts" => Disclosures.DocumentKind.FinalAccounts,
                var other => throw new FormatException($"表套“{Str(root, "id")}”：document 应为 budget 或 final_accounts，而不是“{other}”"),
            },
        };
    }

    private static TableSet Load(string id)
    {
        using var doc = EmbeddedData.OpenJson($"Jixiao.Tables.Templates.{id}.json");
        return Parse(doc.RootElement);
    }

    private static TableTemplate ParseTable(JsonElement t) =>
        new(Str(t, "id"), t.GetProperty("number").GetInt32(), Str(t, "title"), Strings(t, "aliases"),
            t.GetProperty("parts").EnumerateArray().Select(ParsePart).ToArray(), OptStr(t, "emptyNote") ?? "注：本表无数据")
        {
            Required = !t.TryGetProperty("required", out var r) || r.GetBoolean(),
        };

    private static TablePart ParsePart(JsonElement p)
    {
        var kind = (OptStr(p, "rows") ?? "fixed") switch
        {
            "functional" => RowSourceKind.Functional,
            "economic" => RowSourceKind.Economic,
            "classes" => RowSourceKind.Classes,
            "projects" => RowSourceKind.Projects,
            "units" => RowSourceKind.Units,
            "fixed" => RowSourceKind.Fixed,
            var other => throw new FormatException($"未知的行来源“{other}”"),
        };
        var rows = p.TryGetProperty("fixed", out var f)
            ? f.EnumerateArray().Select(r => new RowTemplate(Str(r, "key"), Str(r, "label"), Strings(r, "aliases"), ParseMeasure(r, "measure"))
            {
                Indent = r.TryGetProperty("indent", out var i) ? i.GetInt32() : 0,
            }).ToArray()
            : [];
        var columns = p.GetProperty("columns").EnumerateArray()
            .Select(c => new ColumnTemplate(Str(c, "key"), Str(c, "label"), Strings(c, "aliases"), ParseMeasure(c, "measure")) { Group = OptStr(c, "group") }).ToArray();
        return new TablePart(Str(p, "key"), OptStr(p, "title") ?? "", kind, rows, columns, Sums(p, "rowSums"), Sums(p, "columnSums"))
        {
            Filter = ParseMeasure(p, "filter"),
            TotalLabel = OptStr(p, "totalLabel") ?? "合计",
            GovernmentNames = p.TryGetProperty("governmentNames", out var g) && g.GetBoolean(),
        };
    }

    private static SumRelation[] Sums(JsonElement p, string name) =>
        p.TryGetProperty(name, out var s)
            ? s.EnumerateArray().Select(x => new SumRelation(Str(x, "rule"), Str(x, "parent"), Strings(x, "children"))).ToArray()
            : [];

    private static Measure ParseMeasure(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var m)) return Measure.Any;
        return new Measure
        {
            Kinds = Strings(m, "kinds"),
            Sources = Strings(m, "sources"),
            Economic = Strings(m, "economic"),
            Natures = Strings(m, "natures"),
            CarryOver = m.TryGetProperty("carryOver", out var c) ? c.GetBoolean() : null,
            Item = OptStr(m, "item"),
            None = m.TryGetProperty("none", out var n) && n.GetBoolean(),
        };
    }

    private static CrossTableRelation ParseRelation(JsonElement r)
    {
        var rel = new CrossTableRelation(Str(r, "rule"), Str(r, "title"), ParseRef(r.GetProperty("a")), ParseRef(r.GetProperty("b")))
        {
            Severity = OptStr(r, "severity") is { } s ? Enum.Parse<Severity>(s, ignoreCase: true) : Severity.Error,
        };
        if (r.TryGetProperty("when", out var w)) rel = rel with { When = (ParseRef(w.GetProperty("a")), ParseRef(w.GetProperty("b"))) };
        if (r.TryGetProperty("natures", out _))
            rel = rel with
            {
                Natures = Strings(r, "natures").Select(n => Enum.TryParse<Catalogs.UnitNature>(n, ignoreCase: false, out var nature) && Enum.IsDefined(nature)
                    ? nature : throw new FormatException($"关系 {rel.RuleId}：未知的单位性质“{n}”（支持 Administrative、PublicInstitution）")).ToArray(),
            };
        return rel;
    }

    private static CellRef ParseRef(JsonElement e) =>
        new(Str(e, "table"), OptStr(e, "part") ?? "main", Str(e, "column"), OptStr(e, "row"), OptStr(e, "rows"));

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.GetString() is { } s ? s : throw new FormatException($"表套模板缺少字段“{name}”");

    private static string? OptStr(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
}
