using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Package;

/// <summary>Writes a <see cref="UnitBudget"/> in the data package format with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static partial class PackageWriter
{
    public static void Write(UnitBudget budget, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Budget(w, budget, parentUnit: null);
        w.Flush();
    }

    private static void Budget(Utf8JsonWriter w, UnitBudget b, BudgetUnit? parentUnit)
    {
        w.WriteStartObject();
        if (parentUnit is null) w.WriteString("format", PackageReader.FormatName);
        if (b.Unit != parentUnit)
        {
            w.WritePropertyName("unit");
            Unit(w, b.Unit);
        }
        w.WriteNumber("fiscalYear", b.Year.Value);

        w.WriteStartArray("lines");
        foreach (var l in b.Lines)
        {
            w.WriteStartObject();
            w.WriteString("functional", l.Functional.Value);
            if (l.Economic is { } e) w.WriteString("economic", e.Value);
            w.WriteString("kind", PackageNames.Kinds.Name(l.Kind));
            w.WriteString("source", PackageNames.Sources.Name(l.Source));
            Amount(w, "amount", l.Amount.Value);
            if (l.CarryOver) w.WriteBoolean("carryOver", true);
            if (l.ProjectCode is { } p) w.WriteString("project", p);
            if (l.UnitCode is { } u) w.WriteString("unit", u);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (b.Projects.Count > 0)
        {
            w.WriteStartArray("projects");
            foreach (var p in b.Projects)
            {
                w.WriteStartObject();
                w.WriteString("code", p.Code);
                w.WriteString("name", p.Name);
                if (p.Purpose is { } purpose) w.WriteString("purpose", purpose);
                if (p.Targets is { } targets)
                {
                    w.WritePropertyName("targets");
                    Targets(w, targets);
                }
                if (p.Execution is { } execution)
                {
                    w.WritePropertyName("execution");
                    Execution(w, execution);
                }
                if (p.Evaluation is { } evaluation)
                {
                    w.WritePropertyName("evaluation");
                    Evaluation(w, evaluation);
                }
                if (p.PublishedEvaluation is { } published)
                {
                    w.WritePropertyName("publishedEvaluation");
                    Published(w, published, p.Name);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (b.ThreePublic.Count > 0)
        {
            w.WriteStartArray("threePublic");
            foreach (var t in b.ThreePublic)
            {
                w.WriteStartObject();
                w.WriteString("kind", PackageNames.ThreePublicKinds.Name(t.Kind));
                w.WriteString("source", PackageNames.Sources.Name(t.Source));
                Amount(w, "amount", t.Amount.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (b.Procurement.Count > 0)
        {
            w.WriteStartArray("procurement");
            foreach (var p in b.Procurement)
            {
                w.WriteStartObject();
                w.WriteString("category", PackageNames.ProcurementCategories.Name(p.Category));
                w.WriteString("name", p.Name);
                w.WriteString("source", PackageNames.Sources.Name(p.Source));
                Amount(w, "amount", p.Amount.Value);
                if (p.ProjectCode is { } code) w.WriteString("project", code);
                if (p.Quantity is { } q) w.WriteNumber("quantity", q);
                if (p.MeasureUnit is { } mu) w.WriteString("measureUnit", mu);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (b.Assets.Count > 0)
        {
            w.WriteStartArray("assets");
            foreach (var a in b.Assets)
            {
                w.WriteStartObject();
                w.WriteString("kind", PackageNames.AssetKinds.Name(a.Kind));
                if (a.Quantity is { } q) w.WriteNumber("quantity", q);
                Amount(w, "value", a.Value.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (b.SubUnits.Count > 0)
        {
            w.WriteStartArray("subUnits");
            foreach (var u in b.SubUnits) Unit(w, u);
            w.WriteEndArray();
        }
        if (b.PriorYear is { } py)
        {
            w.WritePropertyName("priorYear");
            Budget(w, py, b.Unit);
        }
        w.WriteEndObject();
    }

    private static void Unit(Utf8JsonWriter w, BudgetUnit u)
    {
        w.WriteStartObject();
        w.WriteString("code", u.Code);
        w.WriteString("name", u.Name);
        w.WriteString("nature", PackageNames.Natures.Name(u.Nature));
        if (u.ParentCode is { } p) w.WriteString("parentCode", p);
        if (u.Rank is { } r) w.WriteString("rank", r);
        if (u.FundingForm is { } f) w.WriteString("fundingForm", f);
        if (u.AuthorizedStaff is { } a) w.WriteNumber("authorizedStaff", a);
        if (u.ActualStaff is { } s) w.WriteNumber("actualStaff", s);
        w.WriteEndObject();
    }

    private static void Targets(Utf8JsonWriter w, TargetDeclaration d)
    {
        w.WriteStartObject();
        if (d.Department is { } dept)
        {
            w.WriteStartObject("department");
            if (dept.Code is { } code) w.WriteString("code", code);
            w.WriteString("name", dept.Name);
            w.WriteEndObject();
        }
        if (d.ImplementingUnit is { } unit) w.WriteString("implementingUnit", unit);
        if (d.Nature is { } nature) w.WriteString("nature", PackageNames.ProjectNatures.Name(nature));
        if (d.PeriodYears is { } years) w.WriteNumber("periodYears", years);
        Funds(w, "implementationFunds", d.ImplementationFunds);
        Funds(w, "annualFunds", d.AnnualFunds);
        Texts(w, d.Texts);
        if (d.ImplementationGoal is { } g1) w.WriteString("implementationGoal", g1);
        if (d.AnnualGoal is { } g2) w.WriteString("annualGoal", g2);
        Indicators(w, "implementationIndicators", d.ImplementationIndicators);
        Indicators(w, "annualIndicators", d.AnnualIndicators);
        if (d.SpendingPlan is { } plan)
        {
            w.WriteStartArray("spendingPlan");
            foreach (var point in plan.Points)
            {
                w.WriteStartObject();
                w.WriteString("label", point.Label);
                w.WriteNumber("month", point.Month);
                w.WritePropertyName("percent");
                w.WriteRawValue(point.CumulativePercent.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        SignOffOf(w, d.SignOff);
        w.WriteEndObject();
    }

    private static void SignOffOf(Utf8JsonWriter w, SignOff? signOff)
    {
        if (signOff is not { } s) return;
        w.WriteStartObject("signOff");
        if (s.Head is { } head) w.WriteString("head", head);
        if (s.Handler is { } handler) w.WriteString("handler", handler);
        if (s.Phone is { } phone) w.WriteString("phone", phone);
        if (s.Date is { } date) w.WriteString("date", date);
        w.WriteEndObject();
    }

    private static void Texts(Utf8JsonWriter w, IReadOnlyList<(string Heading, string Text)> texts)
    {
        if (texts.Count == 0) return;
        w.WriteStartArray("texts");
        foreach (var (heading, text) in texts)
        {
            w.WriteStartObject();
            w.WriteString("heading", heading);
            w.WriteString("text", text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Funds(Utf8JsonWriter w, string name, DeclaredFunds funds)
    {
        if (funds.StatedTotal is null && funds.Sources.Count == 0) return;
        w.WriteStartObject(name);
        if (funds.StatedTotal is { } total) Amount(w, "total", total.Value);
        w.WriteStartArray("sources");
        foreach (var (source, amount) in funds.Sources)
        {
            w.WriteStartObject();
            w.WriteString("source", PackageNames.FundSources.Name(source));
            Amount(w, "amount", amount.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Indicators(Utf8JsonWriter w, string name, IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var i in indicators)
        {
            w.WriteStartObject();
            // 一级 follows from 二级; written so that the file reads like the form.
            w.WriteString("level1", PackageNames.Level1Indicators.Name(i.Level1));
            w.WriteString("level2", PackageNames.Level2Indicators.Name(i.Level2));
            w.WriteString("name", i.Name);
            w.WriteString("target", i.Target.Text);
            if (i.Description is { } description) w.WriteString("description", description);
            if (i.Basis is { } basis) w.WriteString("basis", basis);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>An amount in 元 as a JSON number with two decimals (1004500.00).</summary>
    private static void Amount(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(value.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
