using System.Text.Json;

namespace Jixiao.Documents.Tests.Json;

/// <summary>
/// Checks a JSON document against the subset of JSON Schema (2020-12) that <c>docs/schema/tables.schema.json</c>
/// uses: type (one or several), required, properties, additionalProperties: false, items, $ref to #/$defs, enum,
/// minimum, maximum, minItems. Returns the places that do not conform.
/// </summary>
internal static class JsonSchemaCheck
{
    public static List<string> Errors(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, schema, value, "$", errors);
        return errors;
    }

    public static string SchemaPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "schema", "tables.schema.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("docs/schema/tables.schema.json not found above " + AppContext.BaseDirectory);
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            if (!name.StartsWith("#/$defs/", StringComparison.Ordinal)) { errors.Add($"{at}: unsupported $ref {name}"); return; }
            Check(root, root.GetProperty("$defs").GetProperty(name["#/$defs/".Length..]), value, at, errors);
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{at}: {value.ValueKind} is not {type.GetRawText()}");
            return;
        }
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => o.GetRawText() == value.GetRawText()))
            errors.Add($"{at}: {value.GetRawText()} not in {options.GetRawText()}");
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDecimal() < min.GetDecimal()) errors.Add($"{at}: below {min}");
            if (schema.TryGetProperty("maximum", out var max) && value.GetDecimal() > max.GetDecimal()) errors.Add($"{at}: above {max}");
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
                foreach (var r in required.EnumerateArray())
                    if (!value.TryGetProperty(r.GetString()!, out _)) errors.Add($"{at}: missing {r.GetString()}");
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            bool closed = schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
                    Check(root, sub, property.Value, $"{at}.{property.Name}", errors);
                else if (closed) errors.Add($"{at}: unexpected property {property.Name}");
            }
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32()) errors.Add($"{at}: fewer than {minItems} items");
            if (schema.TryGetProperty("items", out var items))
            {
                int i = 0;
                foreach (var item in value.EnumerateArray()) Check(root, items, item, $"{at}[{i++}]", errors);
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => Is(t.GetString()!, value))
            : Is(type.GetString()!, value);

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
