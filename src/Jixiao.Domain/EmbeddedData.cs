using System.Collections.Frozen;
using System.Text.Json;

namespace Jixiao;

/// <summary>
/// The JSON data shipped inside the domain assembly (catalogs, table templates, rule data), addressed by a dotted
/// name such as <c>Jixiao.Catalogs.Data.2021.functional.json</c> whatever path separator the build used.
/// </summary>
internal static class EmbeddedData
{
    private static readonly FrozenDictionary<string, string> ByDottedName =
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .ToFrozenDictionary(n => n.Replace('/', '.').Replace('\\', '.'), n => n, StringComparer.Ordinal);

    /// <summary>All resource names (dotted) that start with <paramref name="prefix"/>.</summary>
    public static IEnumerable<string> Names(string prefix) =>
        ByDottedName.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static JsonDocument OpenJson(string dottedName)
    {
        if (!ByDottedName.TryGetValue(dottedName, out var real))
            throw new InvalidOperationException($"内置数据缺失：{dottedName}");
        using var s = typeof(EmbeddedData).Assembly.GetManifestResourceStream(real)!;
        return JsonDocument.Parse(s, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
    }

    public static string ReadText(string dottedName)
    {
        if (!ByDottedName.TryGetValue(dottedName, out var real))
            throw new InvalidOperationException($"内置数据缺失：{dottedName}");
        using var s = typeof(EmbeddedData).Assembly.GetManifestResourceStream(real)!;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
