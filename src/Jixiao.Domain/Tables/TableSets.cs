using System.Text.Json;
using Jixiao.Rules;

namespace Jixiao.Tables;

/// <summary>
/// The table sets: those shipped as JSON in <c>Tables/Templates/</c> (set H, set S, F, N), and once <see cref="Configure"/>
/// is called a user folder's (docs/table-sets.md). <see cref="Current"/> is what readers use unless given a library.
/// </summary>
public static class TableSets
{
    private const string Prefix = "Jixiao.Tables.Templates.";

    private static readonly Lazy<TableSetLibrary> ShippedLibrary = new(() =>
        new TableSetLibrary(EmbeddedData.Names(Prefix).Select(LoadShipped)));

    private static TableSetLibrary? _configured;

    /// <summary>The shipped sets alone.</summary>
    public static TableSetLibrary Shipped => ShippedLibrary.Value;

    /// <summary>The shipped sets and the user folder's (after <see cref="Configure"/>).</summary>
    public static TableSetLibrary Current => Volatile.Read(ref _configured) ?? Shipped;

    /// <summary>Adds the sets of a user folder to the shipped ones (a set of a shipped id replaces it) for every later reader.</summary>
    public static void Configure(IReadOnlyList<TableSet> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        Volatile.Write(ref _configured, extra.Count == 0 ? null : Shipped.With(extra));
    }

    /// <summary>The ids of the current sets (H, S, F, N, then the user's).</summary>
    public static IReadOnlyList<string> AvailableIds => Current.Ids;

    /// <summary>A short hash of the current table-set templates: which layouts a report was read and checked with.</summary>
    public static string Version => Current.Version;

    /// <summary>Every current set.</summary>
    public static IEnumerable<TableSet> All => Current.Sets;

    /// <summary>The current set with id <paramref name="id"/> (case-insensitive); throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    public static TableSet Get(string id) => Current.Get(id);

    /// <summary>
    /// Reads a province's table set from a file (the format of <c>Tables/Templates/*.json</c>) and checks that it can be
    /// rendered and checked: every measure known, every relation naming a table, part and column of the set. Throws
    /// <see cref="TableSetFileException"/> naming the file and what is wrong.
    /// </summary>
    public static TableSet ReadFile(string path)
    {
        byte[] bytes;
        try { bytes = System.IO.File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new TableSetFileException(path, $"无法读取：{e.Message}", e); }
        TableSet set;
        try
        {
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            set = Parse(doc.RootElement) with { Digest = Digest(bytes), File = path };
            Validate(set);
        }
        catch (JsonException e) { throw new TableSetFileException(path, $"不是有效的 JSON（第 {e.LineNumber + 1} 行）：{e.Message}", e); }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or ArgumentException)
        {
            throw new TableSetFileException(path, e.Message, e);
        }
        catch (InvalidOperationException e) { throw new TableSetFileException(path, $"字段的类型不对（对象、数组、字符串或数字放错了位置）：{e.Message}", e); }
        return set;
    }

    private static void Validate(TableSet set)
    {
        if (set.Tables.Count == 0) throw new FormatException("tables 为空：表套至少要有一张表");
        foreach (var dup in set.Tables.GroupBy(t => t.Id).Where(g => g.Count() > 1))
            throw new FormatException($"表的 id“{dup.Key}”出现了 {dup.Count()} 次");
        _ = Rendering.CompiledSet.Of(set);
        foreach (var rel in set.Relations)
        foreach (var r in new[] { rel.A, rel.B }.Concat(rel.When is { } w ? [w.A, w.B] : []))
        {
            var table = set.Table(r.Table) ?? throw new FormatException($"关系 {rel.RuleId}：表套中没有表“{r.Table}”");
            var part = table.Part(r.Part) ?? throw new FormatException($"关系 {rel.RuleId}：表 {r.Table} 没有部分“{r.Part}”（有：{string.Join("、", table.Parts.Select(p => p.Key))}）");
            if (!part.Columns.Any(c => c.Key == r.Column))
                throw new FormatException($"关系 {rel.RuleId}：表 {r.Table} 没有列“{r.Column}”（有：{string.Join("、", part.Columns.Select(c => c.Key))}）");
        }
    }

    private static string Digest(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..12];

    /// <summary>Parses a table set from its JSON form (the format of <c>Tables/Templates/*.json</c>).</summary>
    public static TableSet Parse(JsonElement root)
    {
        var tables = Req(root, "tables").EnumerateArray().Select(ParseTable).ToArray();
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

    private static TableSet LoadShipped(string name)
    {
        using var doc = EmbeddedData.OpenJson(name);
        return Parse(doc.RootElement) with { Digest = Digest(System.Text.Encoding.UTF8.GetBytes(EmbeddedData.ReadText(name))) };
    }

    private static TableTemplate ParseTable(JsonElement t) =>
        new(Str(t, "id"), Req(t, "number").GetInt32(), Str(t, "title"), Strings(t, "aliases"),
            Req(t, "parts").EnumerateArray().Select(ParsePart).ToArray(), OptStr(t, "emptyNote") ?? "注：本表无数据")
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
        var columns = Req(p, "columns").EnumerateArray()
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
        var rel = new CrossTableRelation(Str(r, "rule"), Str(r, "title"), ParseRef(Req(r, "a")), ParseRef(Req(r, "b")))
        {
            Severity = OptStr(r, "severity") is { } s ? Enum.Parse<Severity>(s, ignoreCase: true) : Severity.Error,
        };
        if (r.TryGetProperty("when", out var w)) rel = rel with { When = (ParseRef(Req(w, "a")), ParseRef(Req(w, "b"))) };
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

    private static JsonElement Req(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v
            : throw new FormatException($"表套模板缺少字段“{name}”{(e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var id) ? $"（在“{id}”中）" : "")}");

    private static string? OptStr(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
}
