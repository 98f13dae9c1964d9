using System.Globalization;
using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Jixiao.Documents.Package;

/// <summary>
/// Validates a package against its JSON schema (docs/schema/unit-budget.schema.json, embedded) with JsonSchema.Net,
/// and says each error in Chinese at its JSON path: what was expected comes from the schema itself (the object's
/// <c>title</c>, the field's <c>description</c>, its enumeration, range or type), what was found from the package.
/// </summary>
internal static class PackageSchema
{
    private const int MaxFound = 40;
    private const string Missing = "（缺少）";

    private static readonly Lazy<(JsonSchema Schema, JsonDocument Text)> Loaded = new(() =>
    {
        using var stream = typeof(PackageSchema).Assembly.GetManifestResourceStream("Jixiao.Documents.Package.unit-budget.schema.json")
            ?? throw new InvalidOperationException("unit-budget.schema.json is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        // A registry of its own: the schema's $id must not clash with another load of it in the same process.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return (JsonSchema.FromText(text, options), JsonDocument.Parse(text));
    });

    /// <summary>Every error of <paramref name="root"/> against the schema, one per JSON path; empty when it is valid.</summary>
    public static List<PackageError> Validate(JsonElement root, string file)
    {
        var (schema, _) = Loaded.Value;
        if (schema.Evaluate(root, new EvaluationOptions { OutputFormat = global::Json.Schema.OutputFormat.Flag }).IsValid) return [];
        var results = schema.Evaluate(root, new EvaluationOptions { OutputFormat = global::Json.Schema.OutputFormat.Hierarchical });
        var failed = new List<(string Location, string Keyword, string Message, string SchemaPointer, int Depth)>();
        Collect(results, failed);
        var errors = new List<PackageError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in failed.OrderBy(f => f.Depth))
        {
            // An error inside an object or array makes its parents fail too (items, properties, the oneOf that allows
            // null): only the innermost is the package's error, and one per place.
            bool inner = failed.Any(g => g.Location.Length > f.Location.Length && g.Location.StartsWith(f.Location + "/", StringComparison.Ordinal));
            if (f.Keyword == "required")
            {
                var node = Node(f.SchemaPointer);
                var present = Navigate(root, f.Location);
                foreach (var name in node?.TryGetProperty("required", out var req) == true ? req.EnumerateArray().Select(r => r.GetString()!) : [])
                {
                    if (present is not { ValueKind: JsonValueKind.Object } o || o.TryGetProperty(name, out _)) continue;
                    string at = PathOf(root, f.Location) is var p && IsName(name) ? $"{p}.{name}" : $"{PathOf(root, f.Location)}['{name}']";
                    if (!seen.Add(at)) continue;
                    var property = Property(node!.Value, name);
                    errors.Add(new PackageError(file, at, Describe(property, "required"), Missing));
                }
                continue;
            }
            if (inner || failed.Any(g => g.Location == f.Location && g.Keyword == "required")) continue;
            string path = PathOf(root, f.Location);
            if (!seen.Add(path)) continue;
            var found = Navigate(root, f.Location);
            if (IsUnknownField(f.SchemaPointer, out var parent))
            {
                string name = Unescape(f.Location[(f.Location.LastIndexOf('/') + 1)..]);
                var fields = parent.TryGetProperty("properties", out var ps) ? ps.EnumerateObject().Select(x => x.Name) : [];
                string title = parent.TryGetProperty("title", out var t) ? t.GetString()! : "对象";
                errors.Add(new PackageError(file, path, $"{title}的字段之一（{string.Join("、", fields)}）", $"未知字段“{Short(name)}”"));
                continue;
            }
            // A value that fits no branch of a oneOf (a number or a string, an object or null) is described by the
            // schema that offers the branches, not by the last branch tried.
            int branch = f.SchemaPointer.IndexOf("/oneOf/", StringComparison.Ordinal);
            var (pointer, keyword) = branch < 0 ? (f.SchemaPointer, f.Keyword) : (f.SchemaPointer[..branch], "oneOf");
            errors.Add(new PackageError(file, path, Describe(Node(pointer), keyword), found is { } v ? Found(v) : Missing));
        }
        if (errors.Count == 0) errors.Add(new PackageError(file, "$", "符合数据包格式（docs/schema/unit-budget.schema.json）的 JSON", "不符合"));
        return errors;
    }

    /// <summary>
    /// The errors of the failed nodes only: a branch of a <c>oneOf</c> that another branch satisfied failed too, and is
    /// no error of the package.
    /// </summary>
    private static void Collect(EvaluationResults r, List<(string, string, string, string, int)> failed)
    {
        if (r.IsValid) return;
        foreach (var (keyword, message) in r.Errors ?? new Dictionary<string, string>())
            failed.Add((r.InstanceLocation.ToString(), keyword, message, Fragment(r.SchemaLocation), r.EvaluationPath.ToString().Length));
        foreach (var d in r.Details ?? []) Collect(d, failed);
    }

    /// <summary>The schema pointer of a result (the fragment of its absolute location).</summary>
    private static string Fragment(Uri location)
    {
        var s = Uri.UnescapeDataString(location.OriginalString);
        int hash = s.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? "" : s[(hash + 1)..];
    }

    private static JsonElement? Node(string pointer)
    {
        var e = Loaded.Value.Text.RootElement;
        foreach (var seg in Segments(pointer))
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(seg, out var c)) e = c;
            else if (e.ValueKind == JsonValueKind.Array && int.TryParse(seg, CultureInfo.InvariantCulture, out int i) && i < e.GetArrayLength()) e = e[i];
            else return null;
        }
        return e;
    }

    private static JsonElement? Ref(JsonElement node) =>
        node.TryGetProperty("$ref", out var r) && r.GetString() is { } s && s.StartsWith('#') ? Node(s[1..]) : null;

    /// <summary>The schema of a field of an object schema (through its <c>$ref</c>).</summary>
    private static JsonElement? Property(JsonElement objectSchema, string name)
    {
        var o = Ref(objectSchema) ?? objectSchema;
        return o.TryGetProperty("properties", out var ps) && ps.TryGetProperty(name, out var p) ? p : null;
    }

    /// <summary>
    /// A false schema under <c>additionalProperties</c>: a field the object does not have. Its parent is the object's
    /// schema (with its title and fields).
    /// </summary>
    private static bool IsUnknownField(string pointer, out JsonElement parent)
    {
        parent = default;
        // (JsonSchema.Net 8.0.5 names the false schema's location with a segment after additionalProperties)
        int at = pointer.IndexOf("/additionalProperties", StringComparison.Ordinal);
        if (at < 0 || Node(pointer[..at]) is not { } p) return false;
        parent = p;
        return true;
    }

    /// <summary>What a schema asks for, in Chinese: its description (and its target's), then what the keyword checks.</summary>
    private static string Describe(JsonElement? schema, string keyword)
    {
        if (schema is not { } s) return "符合格式的值";
        var parts = new List<string>();
        var target = Ref(s) ?? OneOfTarget(s);
        foreach (var node in new[] { (JsonElement?)s, target })
            if (node is { } n && n.TryGetProperty("description", out var d) && d.GetString() is { Length: > 0 } text && !parts.Contains(text)) parts.Add(text);
        var full = target is { } tt && !s.TryGetProperty("enum", out _) && !s.TryGetProperty("type", out _) ? tt : s;
        string described = string.Join("：", parts);
        string hint = Hint(full, keyword, described);
        if (described.Length == 0) return hint.Length > 0 ? hint.Trim('（', '）') : "符合格式的值";
        return described + hint;
    }

    /// <summary>The non-null branch of <c>oneOf: [{$ref}, {type: null}]</c>.</summary>
    private static JsonElement? OneOfTarget(JsonElement s)
    {
        if (!s.TryGetProperty("oneOf", out var one)) return null;
        foreach (var b in one.EnumerateArray())
            if (Ref(b) is { } t) return t;
        return null;
    }

    private static string Hint(JsonElement s, string keyword, string described)
    {
        if (s.TryGetProperty("enum", out var values))
        {
            var names = values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
                .Where(n => n.Any(c => c > 0x7F)).ToList();
            return $"（{string.Join("、", names.Take(12))}{(names.Count > 12 ? "…" : "")}）";
        }
        if (s.TryGetProperty("const", out var c)) return $"（“{c.GetString()}”）";
        string type = Types(s);
        if (s.TryGetProperty("minimum", out var min) && s.TryGetProperty("maximum", out var max))
        {
            string range = $"{min.GetRawText()}–{max.GetRawText()}";
            if (described.Contains(range, StringComparison.Ordinal)) return "";
            return type.StartsWith("整数", StringComparison.Ordinal) ? $"（{range} 的整数）" : $"（{range} 之间的数）";
        }
        return keyword switch
        {
            "type" when type.Length > 0 => $"（{type}）",
            "minLength" or "pattern" when described.Length == 0 => "（不为空的文字）",
            _ => described.Length == 0 && type.Length > 0 ? $"（{type}）" : "",
        };
    }

    private static string Types(JsonElement s)
    {
        if (!s.TryGetProperty("type", out var t)) return "";
        var names = (t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()!) : [t.GetString()!]).Select(n => n switch
        {
            "string" => "文字",
            "number" => "数字",
            "integer" => "整数",
            "boolean" => "true 或 false",
            "array" => "数组",
            "object" => "JSON 对象",
            _ => "null",
        });
        // 文字或 null, true 或 false 或 null: a space before a word in Latin letters
        var list = names.ToList();
        var text = new StringBuilder(list[0]);
        for (int i = 1; i < list.Count; i++)
            text.Append(char.IsAsciiLetter(list[i - 1][^1]) ? " 或" : "或").Append(char.IsAsciiLetter(list[i][0]) ? " " : "").Append(list[i]);
        return text.ToString();
    }

    private static IEnumerable<string> Segments(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(Unescape);

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static JsonElement? Navigate(JsonElement root, string pointer)
    {
        var e = root;
        foreach (var seg in Segments(pointer))
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(seg, out var c)) e = c;
            else if (e.ValueKind == JsonValueKind.Array && int.TryParse(seg, CultureInfo.InvariantCulture, out int i) && i < e.GetArrayLength()) e = e[i];
            else return null;
        }
        return e;
    }

    /// <summary>The JSON path of a JSON pointer (<c>/lines/12/amount</c> is <c>$.lines[12].amount</c>).</summary>
    public static string PathOf(JsonElement root, string pointer)
    {
        var path = new StringBuilder("$");
        var e = root;
        foreach (var seg in Segments(pointer))
        {
            if (e.ValueKind == JsonValueKind.Array && int.TryParse(seg, CultureInfo.InvariantCulture, out int i))
            {
                path.Append('[').Append(seg).Append(']');
                e = i < e.GetArrayLength() ? e[i] : default;
            }
            else
            {
                path.Append(IsName(seg) ? "." + seg : $"['{seg.Replace("'", "\\'", StringComparison.Ordinal)}']");
                e = e.ValueKind == JsonValueKind.Object && e.TryGetProperty(seg, out var c) ? c : default;
            }
        }
        return path.ToString();
    }

    private static bool IsName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>The JSON text of a value as found, shortened.</summary>
    public static string Found(JsonElement e)
    {
        string text = e.ValueKind switch
        {
            JsonValueKind.Object => "对象 {…}",
            JsonValueKind.Array => $"数组（{e.GetArrayLength()} 项）",
            _ => e.GetRawText(),
        };
        return Short(text);
    }

    public static string Short(string s) => s.Length <= MaxFound ? s : s[..MaxFound] + "…";
}
