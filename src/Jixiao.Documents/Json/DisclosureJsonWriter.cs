using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Disclosures;
using Jixiao.Documents.Layout;
using Jixiao.Money;

namespace Jixiao.Documents.Json;

/// <summary>
/// Writes a disclosure's tables as JSON (schema: <c>docs/schema/tables.schema.json</c>): set, unit, year, amount unit,
/// then per table its parts, columns and rows. Amounts are JSON numbers written with the decimals they were printed
/// or computed with (<c>2.50</c> stays <c>2.50</c>); an unreadable or absent cell is <c>null</c>; Chinese is written as is.
/// </summary>
public static class DisclosureJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the JSON to <paramref name="path"/>, all or nothing; failures are <see cref="DocumentWriteException"/>.</summary>
    public static void Write(Disclosure disclosure, string path)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        AtomicFile.Write(path, stream => Write(disclosure, stream));
    }

    /// <summary>Writes the JSON to a stream as UTF-8.</summary>
    public static void Write(Disclosure disclosure, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, Options);
        WriteDisclosure(json, disclosure);
        json.Flush();
    }

    /// <summary>The JSON as a string.</summary>
    public static string ToJson(Disclosure disclosure)
    {
        using var buffer = new MemoryStream();
        Write(disclosure, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDisclosure(Utf8JsonWriter json, Disclosure disclosure)
    {
        var tables = disclosure.Tables.OrderBy(t => t.Template.Number).ToArray();
        json.WriteStartObject();
        json.WriteString("set", disclosure.Set.Id);
        json.WriteStartObject("unit");
        WriteOptional(json, "code", disclosure.UnitCode);
        WriteOptional(json, "name", disclosure.UnitName);
        json.WriteEndObject();
        if (disclosure.Year is { } year) json.WriteNumber("year", year.Value);
        else json.WriteNull("year");
        json.WriteString("unitOfAmount", AmountUnit(disclosure, tables));
        json.WriteStartArray("tables");
        foreach (var table in tables) WriteTable(json, table, disclosure.Year?.Value);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The document's amount unit: the tables' common unit, else the set's (万元).</summary>
    private static string AmountUnit(Disclosure disclosure, DisclosureTable[] tables)
    {
        var units = tables.Select(TableLayout.AmountUnit).Distinct().ToArray();
        return units.Length == 1 ? units[0] : disclosure.Set.Unit;
    }

    private static void WriteTable(Utf8JsonWriter json, DisclosureTable table, int? year)
    {
        json.WriteStartObject();
        json.WriteString("id", table.Template.Id);
        json.WriteNumber("number", table.Template.Number);
        json.WriteString("title", table.Template.Title);
        json.WriteString("unit", TableLayout.AmountUnit(table));
        WriteOptional(json, "note", TableLayout.NoteOf(table));
        json.WriteStartArray("parts");
        foreach (var part in TableLayout.PartsOf(table)) WritePart(json, part, year);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter json, DisclosurePart part, int? year)
    {
        var present = TableLayout.PresentColumns(part);
        json.WriteStartObject();
        json.WriteString("key", part.Template.Key);
        if (part.Template.Title.Length > 0) json.WriteString("title", part.Template.Title);
        json.WriteStartArray("columns");
        foreach (int c in present)
        {
            json.WriteStartObject();
            json.WriteString("key", part.Template.Columns[c].Key);
            json.WriteString("label", part.Template.Columns[c].LabelFor(year));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in part.Rows) WriteRow(json, row, present);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, DisclosureRow row, IReadOnlyList<int> present)
    {
        json.WriteStartObject();
        json.WriteString("key", row.Key);
        WriteOptional(json, "code", row.Code);
        json.WriteString("label", row.Label);
        if (row.GovernmentLabel is not null)
        {
            WriteOptional(json, "governmentCode", row.GovernmentCode);
            json.WriteString("governmentLabel", row.GovernmentLabel);
        }
        json.WritePropertyName("values");
        json.WriteRawValue(Values(row, present), skipInputValidation: false);
        json.WriteEndObject();
    }

    /// <summary>A row's values as one JSON array on one line: [6596.36, 298.30, null].</summary>
    private static string Values(DisclosureRow row, IReadOnlyList<int> present) =>
        "[" + string.Join(", ", present.Select(c => c < row.Values.Length && row.Values[c] is { } figure ? Number(figure) : "null")) + "]";

    /// <summary>A figure as a JSON number literal with its decimals: 2.50, 6596.36, 0.00.</summary>
    internal static string Number(Figure figure)
    {
        int decimals = Math.Clamp(figure.Decimals, 0, 28);
        var rounded = Math.Round(figure.Value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
