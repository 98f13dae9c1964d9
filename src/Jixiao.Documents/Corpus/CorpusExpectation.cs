using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Documents.Corpus;

/// <summary>
/// The sidecar <c>NAME.expected.json</c> of a corpus document: what rendered it (layout = table set, format, source
/// budget, variant), every figure it prints as the disclosure that rendered it holds it, and the findings its planted
/// defect must draw. A figure is one string <c>table TAB part TAB row key TAB column key TAB value</c>, compact because a
/// document prints some 800 of them; each row's label is given once in <see cref="Labels"/>.
/// </summary>
public sealed record CorpusExpectation
{
    [JsonPropertyName("layout")] public required string Layout { get; init; }
    [JsonPropertyName("format")] public required string Format { get; init; }
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("variant")] public required string Variant { get; init; }
    /// <summary>
    /// The document, relative to the sidecar, when it is not <c>NAME.*</c> beside it (a real document kept in
    /// <c>tests/corpus/real</c> and not copied).
    /// </summary>
    [JsonPropertyName("document")] public string? Document { get; init; }
    /// <summary>What the variant changes, in words.</summary>
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    /// <summary>Each figure as <c>table\tpart\trow\tcolumn\tvalue</c>.</summary>
    [JsonPropertyName("figures")] public required IReadOnlyList<string> Figures { get; init; }
    /// <summary>The label of each row, by <c>table/part/row</c> (a table printing names only is read keyed by name).</summary>
    [JsonPropertyName("labels")] public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    /// <summary>The findings the planted defect must draw (empty for a clean variant).</summary>
    [JsonPropertyName("findings")] public IReadOnlyList<ExpectedFinding> Findings { get; init; } = [];
    /// <summary>
    /// The cells an error may name on this document without being false: the planted cell and every cell the errors of
    /// the planted defect compare (a changed total also breaks the sums it is part of). Each <c>[table, part, row, column]</c>.
    /// </summary>
    [JsonPropertyName("explains")] public IReadOnlyList<string[]> Explains { get; init; } = [];
    /// <summary>The warnings the rendered disclosure draws itself, <c>RULE table/part/row/column</c>: not false warnings.</summary>
    [JsonPropertyName("baselineWarnings")] public IReadOnlyList<string> BaselineWarnings { get; init; } = [];

    /// <summary>
    /// The errors the document as printed rightly draws, <c>RULE subject location</c>: Jixiao's table writers do not print
    /// the 绩效目标表, so a set S 表12 project has none (XT-11). Not false errors.
    /// </summary>
    /// <summary>
    /// True for a variant the reader is not required to read (traditional characters in labels): refused, it is counted
    /// as an allowed “not read” and its figures and findings are left out of the score; read, it is scored as any other.
    /// </summary>
    [JsonPropertyName("mayNotRead")] public bool MayNotRead { get; init; }

    [JsonPropertyName("printedErrors")] public IReadOnlyList<string> PrintedErrors { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CorpusExpectation Read(string path) =>
        JsonSerializer.Deserialize<CorpusExpectation>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path}: empty expectation");

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
