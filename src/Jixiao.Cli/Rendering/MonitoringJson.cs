using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Budget;
using Jixiao.Evaluations.Scoring;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The JSON of <c>jixiao monitor --json</c> (docs/monitoring.md): <c>{"unit","fiscalYear","date","months",
/// "timeProgressPercent","thresholds":{"name","redBelow","greenFrom","blueFrom","attainmentAheadOfSpending","unspentAtYearEnd"},
/// "projects":[{"code","name","budget","budgetBasis","reportsQuarterly","throughMonth","timeProgressPercent","released","spent","executionRatePercent",
/// "spending":{"ratioPercent","light","explanation"},"plan":{"plannedPercent","ratioPercent","light","explanation"}|null,
/// "indicators":[{"level1","level2","name","target","actual","asOf","note","status","sharePercent","accumulates","expectedPercent",
/// "ratioPercent","light","explanation"}],"unread":[{"level2","name","target"}],"warnings":[{"kind","message"}]}],
/// "summary":{"projects","spending","plan","indicators","warnings"}}</c>. Money in 元 with two decimals; percentages with two
/// decimals; a light is <c>red</c>, <c>yellow</c>, <c>green</c>, <c>blue</c> or null. Field names are camelCase and never
/// change; values that name a kind (status, warning kind, budget basis, light) are snake_case, as <c>jixiao check --json</c>
/// writes them (<c>not_met</c>, <c>cannot_tell</c>).
/// </summary>
internal static class MonitoringJson
{
    public static string Write(UnitBudget budget, MonitoringReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var t = report.Thresholds;
            w.WriteStartObject();
            w.WriteString("unit", budget.Unit.Name);
            w.WriteNumber("fiscalYear", budget.Year.Value);
            w.WriteString("date", report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("months", report.Months);
            Percent(w, "timeProgressPercent", report.TimeProgress);
            w.WriteStartObject("thresholds");
            w.WriteString("name", t.Name);
            w.WriteNumber("redBelow", t.RedBelow);
            w.WriteNumber("greenFrom", t.GreenFrom);
            w.WriteNumber("blueFrom", t.BlueFrom);
            w.WriteNumber("attainmentAheadOfSpending", t.AttainmentAheadOfSpending);
            w.WriteNumber("unspentAtYearEnd", t.UnspentAtYearEnd);
            w.WriteEndObject();
            w.WriteStartArray("projects");
            foreach (var p in report.Projects) Project(w, p);
            w.WriteEndArray();
            Summary(w, report.Projects);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Project(Utf8JsonWriter w, ProjectMonitoring p)
    {
        w.WriteStartObject();
        w.WriteString("code", p.Project.Code);
        w.WriteString("name", p.Project.Name);
        Money(w, "budget", p.Budget.Value);
        w.WriteString("budgetBasis", p.Basis switch { BudgetBasis.Adjusted => "adjusted", BudgetBasis.Lines => "lines", _ => "none" });
        w.WriteBoolean("reportsQuarterly", p.ReportsQuarterly);
        w.WriteNumber("throughMonth", p.ThroughMonth);
        Percent(w, "timeProgressPercent", p.TimeProgress);
        if (p.HasFlows) { Money(w, "released", p.Released.Value); Money(w, "spent", p.Spent.Value); }
        else { w.WriteNull("released"); w.WriteNull("spent"); }
        Percent(w, "executionRatePercent", p.ExecutionRate);
        w.WritePropertyName("spending");
        Light(w, p.Spending, null);
        w.WritePropertyName("plan");
        if (p.Plan is { } plan) Light(w, plan, p.PlannedShare);
        else w.WriteNullValue();
        w.WriteStartArray("indicators");
        foreach (var i in p.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("level1", IndicatorFramework.Name(i.Indicator.Level1));
            w.WriteString("level2", IndicatorFramework.Name(i.Indicator.Level2));
            w.WriteString("name", i.Indicator.Name);
            w.WriteString("target", i.Indicator.Target.Text);
            w.WriteString("actual", i.Reading.Actual.Text);
            w.WriteString("asOf", i.Reading.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (i.Reading.Note is { } said) w.WriteString("note", said); else w.WriteNull("note");
            w.WriteString("status", i.Completion.Status switch
            {
                CompletionStatus.Met => "met",
                CompletionStatus.NotMet => "not_met",
                _ => "cannot_tell",
            });
            Percent(w, "sharePercent", i.Share);
            w.WriteBoolean("accumulates", i.Accumulates);
            Percent(w, "expectedPercent", i.Expected);
            Percent(w, "ratioPercent", i.Progress.Ratio);
            LightName(w, i.Progress.Light);
            w.WriteString("explanation", i.Progress.Explanation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("unread");
        foreach (var u in p.Unread)
        {
            w.WriteStartObject();
            w.WriteString("level2", IndicatorFramework.Name(u.Level2));
            w.WriteString("name", u.Name);
            w.WriteString("target", u.Target.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in p.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("kind", warning.Kind switch
            {
                MonitoringWarningKind.AttainmentAheadOfSpending => "attainment_ahead_of_spending",
                MonitoringWarningKind.UnspentAtYearEnd => "unspent_at_year_end",
                _ => "no_data",
            });
            w.WriteString("message", warning.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Light(Utf8JsonWriter w, ProgressLight light, decimal? planned)
    {
        w.WriteStartObject();
        if (planned is not null) Percent(w, "plannedPercent", planned);
        Percent(w, "ratioPercent", light.Ratio);
        LightName(w, light.Light);
        w.WriteString("explanation", light.Explanation);
        w.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter w, IReadOnlyList<ProjectMonitoring> projects)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("projects", projects.Count);
        Counts(w, "spending", projects.Select(p => p.Spending.Light), blue: false);
        Counts(w, "plan", projects.Where(p => p.Plan is not null).Select(p => p.Plan!.Light), blue: false);
        Counts(w, "indicators", projects.SelectMany(p => p.Indicators).Select(i => i.Progress.Light), blue: true);
        w.WriteNumber("warnings", projects.Sum(p => p.Warnings.Count));
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, IEnumerable<MonitoringLight?> lights, bool blue)
    {
        var all = lights.ToList();
        w.WriteStartObject(name);
        w.WriteNumber("red", all.Count(l => l == MonitoringLight.Red));
        w.WriteNumber("yellow", all.Count(l => l == MonitoringLight.Yellow));
        w.WriteNumber("green", all.Count(l => l == MonitoringLight.Green));
        if (blue) w.WriteNumber("blue", all.Count(l => l == MonitoringLight.Blue));
        w.WriteNumber("none", all.Count(l => l is null));
        w.WriteEndObject();
    }

    private static void LightName(Utf8JsonWriter w, MonitoringLight? light)
    {
        if (light is { } l)
            w.WriteString("light", l switch
            {
                MonitoringLight.Red => "red",
                MonitoringLight.Yellow => "yellow",
                MonitoringLight.Green => "green",
                _ => "blue",
            });
        else w.WriteNull("light");
    }

    /// <summary>Money in 元, always two decimals (120000 → 120000.00), rounded half away from zero as the text rounds.</summary>
    private static void Money(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    /// <summary>A share as a percentage with two decimals (0.25 → 25.00); null stays null.</summary>
    private static void Percent(Utf8JsonWriter w, string name, decimal? share)
    {
        w.WritePropertyName(name);
        if (share is { } s)
            w.WriteRawValue(Math.Round(s * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
        else w.WriteNullValue();
    }
}
