namespace Jixiao.Tables;

/// <summary>One table of a disclosure set: number, title, the titles other provinces print, its parts, the empty note.</summary>
public sealed record TableTemplate(
    string Id,
    int Number,
    string Title,
    IReadOnlyList<string> TitleAliases,
    IReadOnlyList<TablePart> Parts,
    string EmptyNote)
{
    /// <summary>Required by the national rule (财预〔2016〕143号) or the province.</summary>
    public bool Required { get; init; } = true;

    public TablePart? Part(string key) => Parts.FirstOrDefault(p => p.Key == key);
}
