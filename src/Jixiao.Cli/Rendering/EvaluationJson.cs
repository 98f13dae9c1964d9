using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The JSON of <c>jixiao evaluate --json</c>, money in 元:
/// <c>{"source","evaluations":[{"project":{"code","name"},"year","template":{"id","name"},"complete","points","total","grade",
/// "funds":{"initialBudget","budgeted","released","spent"},
/// "sections":[{"name","points","score","items":[{"group","name","points","formula","score","explanation","rejection","flags"}]}],
/// "indicators":[{"level1","level2","name","target","actual","progress","points","score","deviation"}],"problems","notes"}]}</c>.
/// </summary>
internal static class EvaluationJson
{
    public static string Write(string source, IReadOnlyList<OwnEvaluation> evaluations)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteStartArray("evaluations");
            foreach (var e in evaluations) Write(w, e);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter w, OwnEvaluation e)
    {
        w.WriteStartObject();
        w.WriteStartObject("project");
        w.WriteString("code", e.Project.Code);
        w.WriteString("name", e.Project.Name);
        w.WriteEndObject();
        Number(w, "year", e.Form.Year);
        w.WriteStartObject("template");
        w.WriteString("id", e.Template.Id);
        w.WriteString("name", e.Template.Name);
        w.WriteEndObject();
        w.WriteBoolean("complete", e.IsComplete);
        w.WriteNumber("points", e.Template.Points);
        Number(w, "total", e.Sheet.Total);
        String(w, "grade", e.Sheet.Grade);

        w.WriteStartObject("funds");
        Money(w, "initialBudget", e.Form.Funds.InitialBudget);
        Money(w, "budgeted", e.Input.Funds.Budgeted);
        Money(w, "released", e.Input.Funds.Released);
        Money(w, "spent", e.Input.Funds.Spent);
        w.WriteEndObject();

        w.WriteStartArray("sections");
        foreach (var s in e.Sheet.Sections)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteNumber("points", s.Points);
            Number(w, "score", s.Score);
            w.WriteStartArray("items");
            foreach (var i in s.Items)
            {
                w.WriteStartObject();
                w.WriteString("group", i.Group);
                w.WriteString("name", i.Name);
                w.WriteNumber("points", i.Points);
                w.WriteString("formula", Camel(i.Formula.ToString()));
                Number(w, "score", i.Score);
                w.WriteString("explanation", i.Explanation);
                String(w, "rejection", i.Rejection);
                Strings(w, "flags", i.Flags);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("indicators");
        foreach (var i in e.Form.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("level1", Targets.IndicatorFramework.Name(i.Level1));
            w.WriteString("level2", Targets.IndicatorFramework.Name(i.Level2));
            w.WriteString("name", i.Name);
            w.WriteString("target", i.Target.Text);
            w.WriteString("actual", i.Actual.Text);
            String(w, "progress", i.StatedProgress);
            Number(w, "points", i.Points);
            Number(w, "score", i.Score);
            String(w, "deviation", i.Deviation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "problems", e.Sheet.Problems);
        Strings(w, "notes", e.Notes);
        w.WriteEndObject();
    }

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];

    private static void Money(Utf8JsonWriter w, string name, Yuan? amount)
    {
        if (amount is { } a) w.WriteNumber(name, a.Value); else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
