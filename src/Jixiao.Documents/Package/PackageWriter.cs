using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Budget;

namespace Jixiao.Documents.Package;

/// <summary>Writes a <see cref="UnitBudget"/> in the data package format with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class PackageWriter
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

    /// <summary>An amount in 元 as a JSON number with two decimals (1004500.00).</summary>
    private static void Amount(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(value.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
