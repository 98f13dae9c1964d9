using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Cli.Commands;
using Jixiao.Targets;
using Jixiao.Targets.Library;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The JSON of <c>jixiao indicators --json</c>:
/// <c>{"sources":[{"name","title","forms"}],"skipped":[{"file","reason"}],"forms","category","like",
/// "similarProjects":[{"name","code","source","year","similarity"}],
/// "indicators":[{"level1","level2","name","key","forms","projects","usedBySimilar","printedNames":[{"name","forms"}],
/// "units":[{"unit","forms"}],"values":[{"value","forms"}],"range":{"unit","min","max"},"comparisons":[{"comparison","forms"}],
/// "description","basis"}]}</c>. Indicators in the order of the text (二级 in framework order); a bare number's unit is "".
/// </summary>
internal static class IndicatorLibraryJson
{
    public static string Write(LibrarySources sources, IndicatorSelection selection, int? top)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("sources");
            foreach (var s in sources.Sources)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                NullableString(w, "title", s.Title);
                w.WriteNumber("forms", s.Forms);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("skipped");
            foreach (var (file, reason) in sources.Skipped)
            {
                w.WriteStartObject();
                w.WriteString("file", file);
                w.WriteString("reason", reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("forms", sources.Library.Projects.Count);
            NullableString(w, "category", selection.Category?.Name);
            NullableString(w, "like", selection.Like);
            w.WriteStartArray("similarProjects");
            foreach (var s in selection.SimilarProjects)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Project.Name);
                NullableString(w, "code", s.Project.Code);
                NullableString(w, "source", s.Project.Source);
                if (s.Project.Year is { } year) w.WriteNumber("year", year); else w.WriteNull("year");
                w.WriteNumber("similarity", Math.Round(s.Similarity, 4));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("indicators");
            foreach (var group in selection.Indicators.GroupBy(i => i.Entry.Level2))
                foreach (var row in top is { } n ? group.Take(n) : group)
                    Indicator(w, row);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Indicator(Utf8JsonWriter w, RankedIndicator row)
    {
        var e = row.Entry;
        w.WriteStartObject();
        w.WriteString("level1", IndicatorFramework.Name(e.Level1));
        w.WriteString("level2", IndicatorFramework.Name(e.Level2));
        w.WriteString("name", e.Name);
        w.WriteString("key", e.Key);
        w.WriteNumber("forms", e.Forms);
        w.WriteStartArray("projects");
        foreach (var name in e.Projects.Select(p => p.Name).Distinct()) w.WriteStringValue(name);
        w.WriteEndArray();
        w.WriteStartArray("usedBySimilar");
        foreach (var s in row.UsedBySimilar) w.WriteStringValue(s.Project.Name);
        w.WriteEndArray();
        Tallies(w, "printedNames", "name", e.PrintedNames, x => x);
        Tallies(w, "units", "unit", e.Units, x => x);
        Tallies(w, "values", "value", e.Values, x => x);
        if (e.Range is { } r)
        {
            w.WriteStartObject("range");
            w.WriteString("unit", r.Unit.Text);
            w.WriteNumber("min", r.Min.Value);
            w.WriteNumber("max", r.Max.Value);
            w.WriteEndObject();
        }
        else w.WriteNull("range");
        Tallies(w, "comparisons", "comparison", e.Comparisons, ComparisonSign.Of);
        NullableString(w, "description", e.ExampleDescription);
        NullableString(w, "basis", e.ExampleBasis);
        w.WriteEndObject();
    }

    private static void Tallies<T>(Utf8JsonWriter w, string name, string field, IReadOnlyList<Tallied<T>> tallies, Func<T, string> text)
    {
        w.WriteStartArray(name);
        foreach (var t in tallies)
        {
            w.WriteStartObject();
            w.WriteString(field, text(t.Value));
            w.WriteNumber("forms", t.Forms);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
