using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Disclosures;
using Jixiao.Rules;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The JSON of <c>jixiao check --json</c>:
/// <c>{"documents":[{"source","kind","unit","year","findings":[{"rule","severity","subject","location","message","expected","actual"}],"rules":[{"rule","outcome"}]}]}</c>.
/// </summary>
public static class CheckJson
{
    public static string Write(IEnumerable<DocumentReport> reports)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (var r in reports)
            {
                w.WriteStartObject();
                w.WriteString("source", r.Source);
                w.WriteString("kind", r.Kind.ToJson());
                if (r.Unit is null) w.WriteNull("unit"); else w.WriteString("unit", r.Unit);
                if (r.Year is null) w.WriteNull("year"); else w.WriteNumber("year", r.Year.Value);
                w.WriteStartArray("findings");
                foreach (var f in r.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("rule", f.RuleId);
                    w.WriteString("severity", f.Severity.ToJson());
                    w.WriteString("subject", f.Subject);
                    w.WriteString("location", f.Location);
                    w.WriteString("message", f.Message);
                    if (f.Expected is null) w.WriteNull("expected"); else w.WriteString("expected", f.Expected);
                    if (f.Actual is null) w.WriteNull("actual"); else w.WriteString("actual", f.Actual);
                    if (f.Line is { } line) w.WriteNumber("line", line);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("rules");
                foreach (var (rule, outcome) in r.Rules)
                {
                    w.WriteStartObject();
                    w.WriteString("rule", rule.Id);
                    w.WriteString("outcome", outcome.ToJson());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
