using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Disclosures;
using Jixiao.Evaluations;
using Jixiao.Codes;
using Jixiao.Evaluations.Scoring;
using Jixiao.Rules;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The JSON of <c>jixiao check --json</c>:
/// <c>{"documents":[{"source","kind","unit","year","findings":[{"rule","severity","subject","location","message","expected","actual"}],"rules":[{"rule","outcome"}]}]}</c>;
/// a document of self-evaluations adds <c>evaluations</c>: each form as read beside what follows from its figures
/// (docs/self-evaluation.md). Money in 元.
/// </summary>
public static class CheckJson
{
    private static string Version(System.Reflection.Assembly assembly) =>
        (assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false).FirstOrDefault() as System.Reflection.AssemblyInformationalVersionAttribute)?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "0";

    public static string Write(IEnumerable<DocumentReport> reports)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (var r in reports) WriteDocument(w, r);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One document's object, each line indented by <paramref name="indent"/> spaces (to stand in the documents array).</summary>
    public static string WriteDocument(DocumentReport r, int indent)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteDocument(w, r);
        var pad = new string(' ', indent);
        return pad + System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\n", "\n" + pad, StringComparison.Ordinal);
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentReport r)
    {
        w.WriteStartObject();
        w.WriteString("source", r.Source);
        w.WriteString("kind", r.Kind.ToJson());
        if (r.Unit is null) w.WriteNull("unit"); else w.WriteString("unit", r.Unit);
        if (r.Year is null) w.WriteNull("year"); else w.WriteNumber("year", r.Year.Value);
        if (r.Sha256 is null) w.WriteNull("sha256"); else w.WriteString("sha256", r.Sha256);
        if (r.Set is { } set) w.WriteString("set", set.Id); else w.WriteNull("set");
        w.WriteStartObject("versions");
        w.WriteString("jixiao", Version(typeof(CheckJson).Assembly));
        w.WriteString("reader", Version(typeof(Jixiao.Documents.DocumentLoader).Assembly));
        w.WriteString("rules", RuleCatalog.Version(r.Rules.Select(x => x.Rule)));
        w.WriteString("layouts", r.Set?.Digest ?? Jixiao.Tables.TableSets.Version);
        w.WriteEndObject();
        w.WriteStartArray("findings");
        int index = 0;
        foreach (var f in r.Findings)
        {
            w.WriteStartObject();
            w.WriteNumber("id", index++);
            w.WriteString("rule", f.RuleId);
            w.WriteString("severity", f.Severity.ToJson());
            w.WriteString("subject", f.Subject);
            w.WriteString("location", f.Location);
            w.WriteString("message", f.Message);
            if (f.Expected is null) w.WriteNull("expected"); else w.WriteString("expected", f.Expected);
            if (f.Actual is null) w.WriteNull("actual"); else w.WriteString("actual", f.Actual);
            if (f.Line is { } line) w.WriteNumber("line", line);
            if (f.Page is { } page) w.WriteNumber("page", page);
            if (f.Cell is { } cell)
            {
                w.WriteStartObject("cell");
                w.WriteString("table", cell.Table);
                w.WriteString("part", cell.Part);
                w.WriteString("row", cell.Row);
                w.WriteString("column", cell.Column);
                w.WriteEndObject();
            }
            if (f.CausedBy is { } root) w.WriteNumber("caused_by", root);
            if (f.Box is { } box)
            {
                w.WriteStartArray("box");
                w.WriteNumberValue(Math.Round(box.Left, 1));
                w.WriteNumberValue(Math.Round(box.Bottom, 1));
                w.WriteNumberValue(Math.Round(box.Right, 1));
                w.WriteNumberValue(Math.Round(box.Top, 1));
                w.WriteEndArray();
            }
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
        if (r.SelfEvaluations.Count > 0)
        {
            w.WriteStartArray("evaluations");
            // a form on a template not shipped is shown as read, without the template's recomputation
            foreach (var e in r.SelfEvaluations)
                WriteEvaluation(w, SelfEvaluationReview.TemplateOf(e) is { } template ? SelfEvaluationReview.Of(e, template) : null, e);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteEvaluation(Utf8JsonWriter w, SelfEvaluationReview? review, SelfEvaluation e)
    {
        w.WriteStartObject();
        w.WriteString("project", e.ProjectName);
        Text(w, "template", review?.Template.Id ?? e.Template);
        Text(w, "title", e.Title);
        if (e.Year is { } year) w.WriteNumber("year", year); else w.WriteNull("year");
        Text(w, "department", e.Department);
        Text(w, "budgetUnit", e.BudgetUnit);
        Text(w, "period", e.Period);

        w.WriteStartObject("funds");
        Lines(w, "budgeted", e.Funds.Budgeted);
        w.WriteNumber("budgetedTotal", e.Funds.BudgetedTotal.Value);
        if (e.Funds.Released is { } released) w.WriteNumber("released", released.Value); else w.WriteNull("released");
        Lines(w, "spent", e.Funds.Spent);
        w.WriteNumber("spentTotal", e.Funds.SpentTotal.Value);
        w.WriteEndObject();

        w.WriteStartArray("indicators");
        FiscalYear? fiscal = e.Year is >= FiscalYear.MinValue and <= FiscalYear.MaxValue ? new FiscalYear(e.Year.Value) : null;
        var rows = review?.Indicators ?? e.Indicators.Select(r => (Row: r, Completion: Completion.Of(r.Target, r.Actual, r.Level2, r.Name, fiscal))).ToArray();
        foreach (var (row, completion) in rows)
        {
            w.WriteStartObject();
            w.WriteString("level1", Jixiao.Targets.IndicatorFramework.Name(row.Level1));
            w.WriteString("level2", Jixiao.Targets.IndicatorFramework.Name(row.Level2));
            w.WriteString("name", row.Name);
            w.WriteString("target", row.Target.Text);
            w.WriteString("actual", row.Actual.Text);
            Text(w, "progress", row.StatedProgress);
            Number(w, "points", row.Points);
            Number(w, "score", row.Score);
            w.WriteStartObject("completion");
            w.WriteString("status", completion.Status switch
            {
                CompletionStatus.Met => "met",
                CompletionStatus.NotMet => "not_met",
                _ => "cannot_tell",
            });
            if (completion.SharePercent is { } percent) w.WriteNumber("percent", percent); else w.WriteNull("percent");
            w.WriteString("text", completion.ToString());
            w.WriteEndObject();
            if (row.Line > 0) w.WriteNumber("line", row.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("scores");
        foreach (var item in review?.Items ?? e.Scores.Select(i => new ItemReview(i, null)).ToArray())
        {
            w.WriteStartObject();
            w.WriteString("section", item.Item.Section);
            w.WriteString("group", item.Item.Group);
            w.WriteString("name", item.Item.Name);
            w.WriteNumber("points", item.Item.Points);
            Number(w, "score", item.Item.Score);
            Number(w, "templatePoints", item.TemplateItem?.Points);
            Number(w, "computed", item.Computed);
            Text(w, "explanation", item.Explanation);
            if (item.Item.Line > 0) w.WriteNumber("line", item.Item.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("sections");
        foreach (var (section, sum) in review?.Sections ?? e.Sections.Select(s => (s, (decimal?)null)).ToArray())
        {
            w.WriteStartObject();
            w.WriteString("section", section.Section);
            w.WriteNumber("points", section.Points);
            Number(w, "score", section.Score);
            Number(w, "sumOfItems", sum);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartObject("total");
        Number(w, "points", e.Total?.Points);
        Number(w, "score", e.Total?.Score);
        Number(w, "sumOfSections", review?.SumOfSections);
        w.WriteEndObject();
        w.WriteStartObject("grade");
        Text(w, "stated", e.Grade?.Trim());
        Text(w, "ofTotal", review?.GradeOfTotal);
        w.WriteEndObject();

        w.WriteStartArray("evaluators");
        foreach (var p in e.Evaluators)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            Text(w, "title", p.Title);
            Text(w, "office", p.Office);
            Text(w, "phone", p.Phone);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (e.SignOff is { } s)
        {
            w.WriteStartObject("signOff");
            Text(w, "head", s.Head);
            Text(w, "handler", s.Handler);
            Text(w, "phone", s.Phone);
            Text(w, "date", s.Date);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Lines(Utf8JsonWriter w, string name, IReadOnlyList<(string Source, Jixiao.Money.Yuan Amount)> lines)
    {
        w.WriteStartArray(name);
        foreach (var (source, amount) in lines)
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteNumber("amount", amount.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
