using System.Globalization;
using System.Text.Json;
using Jixiao.Evaluations;
using Jixiao.Monitoring;

namespace Jixiao.Documents.Package;

/// <summary>The year's data of a project: <c>execution</c>, <c>evaluation</c>, <c>publishedEvaluation</c> (docs/package-format.md).</summary>
internal static partial class PackageWriter
{
    private static void Execution(Utf8JsonWriter w, ProjectExecution x)
    {
        w.WriteStartObject();
        if (x.AdjustedBudget.Count > 0)
        {
            w.WriteStartArray("adjustedBudget");
            foreach (var (source, amount) in x.AdjustedBudget)
            {
                w.WriteStartObject();
                w.WriteString("source", PackageNames.FundSources.Name(source));
                Amount(w, "amount", amount.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (x.Flows.Count > 0)
        {
            w.WriteStartArray("flows");
            foreach (var f in x.Flows)
            {
                w.WriteStartObject();
                w.WriteString("period", f.Period.ToString());
                w.WriteString("source", PackageNames.FundSources.Name(f.Source));
                Amount(w, "released", f.Released.Value);
                Amount(w, "spent", f.Spent.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (x.Readings.Count > 0)
        {
            w.WriteStartArray("readings");
            foreach (var r in x.Readings)
            {
                w.WriteStartObject();
                w.WriteString("date", r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (r.Level2 is { } l2) w.WriteString("level2", PackageNames.Level2Indicators.Name(l2));
                w.WriteString("indicator", r.Indicator);
                w.WriteString("actual", r.Actual.Text);
                if (r.Note is { } note) w.WriteString("note", note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (x.Explanation is { } explanation) w.WriteString("explanation", explanation);
        w.WriteEndObject();
    }

    private static void Evaluation(Utf8JsonWriter w, EvaluationInput e)
    {
        w.WriteStartObject();
        w.WriteString("template", e.Template);
        if (e.Judged.Count > 0)
        {
            w.WriteStartArray("judged");
            foreach (var (item, judged) in e.Judged)
            {
                w.WriteStartObject();
                w.WriteString("item", item);
                Number(w, "score", judged.Score);
                if (judged.Band is { } band) w.WriteString("band", band);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (e.Indicators.Count > 0)
        {
            w.WriteStartArray("indicators");
            foreach (var i in e.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("name", i.Name);
                if (i.Level2 is { } l2) w.WriteString("level2", PackageNames.Level2Indicators.Name(l2));
                if (i.Points is { } points) Number(w, "points", points);
                if (i.Judged is { } judged)
                {
                    Number(w, "score", judged.Score);
                    if (judged.Band is { } band) w.WriteString("band", band);
                }
                if (i.Deviation is { } deviation) w.WriteString("deviation", deviation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Texts(w, e.Texts);
        Evaluators(w, e.Evaluators);
        SignOffOf(w, e.SignOff);
        w.WriteEndObject();
    }

    private static void Evaluators(Utf8JsonWriter w, IReadOnlyList<Evaluator> evaluators)
    {
        if (evaluators.Count == 0) return;
        w.WriteStartArray("evaluators");
        foreach (var p in evaluators)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            if (p.Title is { } title) w.WriteString("title", title);
            if (p.Office is { } office) w.WriteString("office", office);
            if (p.Phone is { } phone) w.WriteString("phone", phone);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Published(Utf8JsonWriter w, SelfEvaluation e, string projectName)
    {
        w.WriteStartObject();
        // the form's 项目名称 is the project's name, written once unless they differ
        if (e.ProjectName != projectName) w.WriteString("projectName", e.ProjectName);
        if (e.Title is { } title) w.WriteString("title", title);
        if (e.Year is { } year) w.WriteNumber("year", year);
        if (e.Department is { } department) w.WriteString("department", department);
        if (e.BudgetUnit is { } unit) w.WriteString("budgetUnit", unit);
        if (e.Nature is { } nature) w.WriteString("nature", PackageNames.ProjectNatures.Name(nature));
        if (e.Period is { } period) w.WriteString("period", period);
        Funds(w, e.Funds);
        Texts(w, e.Texts);
        if (e.Indicators.Count > 0)
        {
            w.WriteStartArray("indicators");
            foreach (var i in e.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("level2", PackageNames.Level2Indicators.Name(i.Level2));
                w.WriteString("name", i.Name);
                w.WriteString("target", i.Target.Text);
                w.WriteString("actual", i.Actual.Text);
                if (i.StatedProgress is { } progress) w.WriteString("progress", progress);
                if (i.Points is { } points) Number(w, "points", points);
                if (i.Score is { } score) Number(w, "score", score);
                if (i.Deviation is { } deviation) w.WriteString("deviation", deviation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (e.Scores.Count > 0)
        {
            w.WriteStartArray("scores");
            foreach (var s in e.Scores)
            {
                w.WriteStartObject();
                w.WriteString("section", s.Section);
                w.WriteString("group", s.Group);
                w.WriteString("name", s.Name);
                Number(w, "points", s.Points);
                if (s.Score is { } score) Number(w, "score", score);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (e.Sections.Count > 0)
        {
            w.WriteStartArray("sections");
            foreach (var s in e.Sections)
            {
                w.WriteStartObject();
                w.WriteString("section", s.Section);
                Number(w, "points", s.Points);
                if (s.Score is { } score) Number(w, "score", score);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (e.Total is { } total)
        {
            w.WriteStartObject("total");
            Number(w, "points", total.Points);
            if (total.Score is { } score) Number(w, "score", score);
            w.WriteEndObject();
        }
        if (e.Grade is { } grade) w.WriteString("grade", grade);
        Evaluators(w, e.Evaluators);
        SignOffOf(w, e.SignOff);
        if (e.Template is { } template) w.WriteString("template", template);
        w.WriteEndObject();
    }

    private static void Funds(Utf8JsonWriter w, EvaluationFunds f)
    {
        if (f.InitialBudget is null && f.Budgeted.Count == 0 && f.Released is null && f.Spent.Count == 0) return;
        w.WriteStartObject("funds");
        if (f.InitialBudget is { } initial) Amount(w, "initialBudget", initial.Value);
        PrintedAmounts(w, "budgeted", f.Budgeted);
        if (f.Released is { } released) Amount(w, "released", released.Value);
        PrintedAmounts(w, "spent", f.Spent);
        w.WriteEndObject();
    }

    private static void PrintedAmounts(Utf8JsonWriter w, string name, IReadOnlyList<(string Source, Money.Yuan Amount)> lines)
    {
        if (lines.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var (source, amount) in lines)
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            Amount(w, "amount", amount.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A score or 分值 as stated: the decimal as it is (3, 2.92, 94.92), no digits added or dropped.</summary>
    private static void Number(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
