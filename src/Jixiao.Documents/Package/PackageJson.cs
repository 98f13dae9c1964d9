using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Documents.Package;

// The data package as JSON (docs/package-format.md, docs/schema/unit-budget.schema.json), one record per object of
// the schema and one property per field, in the order the writer writes them. Everything is nullable: the schema says
// what is required, and a package is mapped only after it was validated (PackageSchema), so the records never judge.

internal sealed record BudgetJson
{
    [JsonPropertyName("$schema")] public string? Schema { get; init; }
    public string? Format { get; init; }
    public UnitJson? Unit { get; init; }
    public int? FiscalYear { get; init; }
    public List<LineJson?>? Lines { get; init; }
    public List<ProjectJson?>? Projects { get; init; }
    public List<ThreePublicJson?>? ThreePublic { get; init; }
    public List<ProcurementJson?>? Procurement { get; init; }
    public List<AssetJson?>? Assets { get; init; }
    public List<UnitJson?>? SubUnits { get; init; }
    public BudgetJson? PriorYear { get; init; }
}

internal sealed record UnitJson(string? Code, string? Name, string? Nature)
{
    public string? ParentCode { get; init; }
    public string? Rank { get; init; }
    public string? FundingForm { get; init; }
    public int? AuthorizedStaff { get; init; }
    public int? ActualStaff { get; init; }
}

internal sealed record LineJson(string? Functional, string? Economic, string? Kind, string? Source, JsonDecimal? Amount)
{
    public string? Id { get; init; }

    public bool? CarryOver { get; init; }
    public string? Project { get; init; }
    public string? Unit { get; init; }
}

internal sealed record ProjectJson(string? Code, string? Name)
{
    public string? Purpose { get; init; }
    public TargetsJson? Targets { get; init; }
    public ExecutionJson? Execution { get; init; }
    public EvaluationJson? Evaluation { get; init; }
    public PublishedEvaluationJson? PublishedEvaluation { get; init; }
}

internal sealed record ThreePublicJson(string? Kind, string? Source, JsonDecimal? Amount);

internal sealed record ProcurementJson(string? Category, string? Name, string? Source, JsonDecimal? Amount)
{
    public string? Project { get; init; }
    public JsonDecimal? Quantity { get; init; }
    public string? MeasureUnit { get; init; }
}

internal sealed record AssetJson(string? Kind, JsonDecimal? Quantity, JsonDecimal? Value);

internal sealed record TargetsJson
{
    public DepartmentJson? Department { get; init; }
    public string? ImplementingUnit { get; init; }
    public string? Nature { get; init; }
    public int? PeriodYears { get; init; }
    public FundsJson? ImplementationFunds { get; init; }
    public FundsJson? AnnualFunds { get; init; }
    public List<TextJson?>? Texts { get; init; }
    public string? ImplementationGoal { get; init; }
    public string? AnnualGoal { get; init; }
    public List<IndicatorJson?>? ImplementationIndicators { get; init; }
    public List<IndicatorJson?>? AnnualIndicators { get; init; }
    public List<PlanPointJson?>? SpendingPlan { get; init; }
    public SignOffJson? SignOff { get; init; }
}

internal sealed record DepartmentJson(string? Code, string? Name);

internal sealed record FundsJson(JsonDecimal? Total, List<FundJson?>? Sources);

internal sealed record FundJson(string? Source, JsonDecimal? Amount);

internal sealed record TextJson(string? Heading, string? Text);

internal sealed record IndicatorJson(string? Level1, string? Level2, string? Name, string? Target)
{
    public string? Description { get; init; }
    public string? Basis { get; init; }
}

internal sealed record PlanPointJson(string? Label, int? Month, JsonDecimal? Percent);

internal sealed record SignOffJson(string? Head, string? Handler, string? Phone, string? Date);

internal sealed record ExecutionJson(List<FundJson?>? AdjustedBudget, List<FlowJson?>? Flows, List<ReadingJson?>? Readings, string? Explanation);

internal sealed record FlowJson(string? Period, string? Source, JsonDecimal? Released, JsonDecimal? Spent);

internal sealed record ReadingJson(string? Date, string? Level2, string? Indicator, string? Actual, string? Note);

internal sealed record EvaluationJson(string? Template)
{
    public List<JudgedJson?>? Judged { get; init; }
    public List<IndicatorEntryJson?>? Indicators { get; init; }
    public List<TextJson?>? Texts { get; init; }
    public List<EvaluatorJson?>? Evaluators { get; init; }
    public SignOffJson? SignOff { get; init; }
}

internal sealed record JudgedJson(string? Item, JsonDecimal? Score, string? Band);

internal sealed record IndicatorEntryJson(string? Name)
{
    public string? Level2 { get; init; }
    public JsonDecimal? Points { get; init; }
    public JsonDecimal? Score { get; init; }
    public string? Band { get; init; }
    public string? Deviation { get; init; }
}

internal sealed record EvaluatorJson(string? Name, string? Title, string? Office, string? Phone);

internal sealed record PublishedEvaluationJson
{
    public string? ProjectName { get; init; }
    public string? Title { get; init; }
    public int? Year { get; init; }
    public string? Department { get; init; }
    public string? BudgetUnit { get; init; }
    public string? Nature { get; init; }
    public string? Period { get; init; }
    public EvaluationFundsJson? Funds { get; init; }
    public List<TextJson?>? Texts { get; init; }
    public List<IndicatorResultJson?>? Indicators { get; init; }
    public List<ScoredItemJson?>? Scores { get; init; }
    public List<SectionScoreJson?>? Sections { get; init; }
    public StatedScoreJson? Total { get; init; }
    public string? Grade { get; init; }
    public List<EvaluatorJson?>? Evaluators { get; init; }
    public SignOffJson? SignOff { get; init; }
    public string? Template { get; init; }
}

internal sealed record EvaluationFundsJson(JsonDecimal? InitialBudget, List<PrintedAmountJson?>? Budgeted, JsonDecimal? Released, List<PrintedAmountJson?>? Spent);

internal sealed record PrintedAmountJson(string? Source, JsonDecimal? Amount);

internal sealed record IndicatorResultJson(string? Level2, string? Name, string? Target, string? Actual)
{
    public string? Progress { get; init; }
    public JsonDecimal? Points { get; init; }
    public JsonDecimal? Score { get; init; }
    public string? Deviation { get; init; }
}

internal sealed record ScoredItemJson(string? Section, string? Group, string? Name, JsonDecimal? Points, JsonDecimal? Score);

internal sealed record SectionScoreJson(string? Section, JsonDecimal? Points, JsonDecimal? Score);

internal sealed record StatedScoreJson(JsonDecimal? Points, JsonDecimal? Score);

/// <summary>
/// A number of the package as written: a JSON number or a string of digits (amounts may be either), kept as its text
/// so that the mapping judges it in <see cref="decimal"/> — never through <see cref="double"/> — and names it as found.
/// </summary>
[JsonConverter(typeof(JsonDecimalConverter))]
internal readonly record struct JsonDecimal(string Text, bool IsString)
{
    /// <summary>An amount in 元 as the writer writes it: a JSON number with two decimals (1004500.00).</summary>
    public static JsonDecimal Amount(decimal value) => new(value.ToString("0.00", CultureInfo.InvariantCulture), false);

    /// <summary>A score or 分值 as stated: the decimal as it is (3, 2.92, 94.92), no digits added or dropped.</summary>
    public static JsonDecimal Number(decimal value) => new(value.ToString(CultureInfo.InvariantCulture), false);

    /// <summary>The value found, as the JSON text shows it (a string in quotes).</summary>
    public string Found => IsString ? JsonSerializer.Serialize(Text, PackageJsonContext.Default.String) : Text;
}

internal sealed class JsonDecimalConverter : JsonConverter<JsonDecimal>
{
    public override JsonDecimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => new JsonDecimal(Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan), false),
        JsonTokenType.String => new JsonDecimal(reader.GetString()!, true),
        _ => throw new JsonException("数字或文字"),
    };

    public override void Write(Utf8JsonWriter writer, JsonDecimal value, JsonSerializerOptions options)
    {
        if (value.IsString) writer.WriteStringValue(value.Text);
        else writer.WriteRawValue(value.Text, skipInputValidation: true);
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(BudgetJson))]
[JsonSerializable(typeof(string))]
internal sealed partial class PackageJsonContext : JsonSerializerContext
{
    /// <summary>As the package is written: Chinese as it is (not \u escapes), two spaces of indent.</summary>
    public static PackageJsonContext Writing { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
