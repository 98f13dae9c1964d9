using System.Text.Json.Serialization;

namespace Jixiao.Documents.Corpus;

/// <summary>A finding a planted defect must draw: an error of <see cref="Rule"/> (or any error) on the cell.</summary>
public sealed record ExpectedFinding(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("part")] string Part,
    [property: JsonPropertyName("row")] string Row,
    [property: JsonPropertyName("column")] string Column);
