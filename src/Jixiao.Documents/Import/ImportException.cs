namespace Jixiao.Documents.Import;

/// <summary>
/// A published disclosure that cannot be turned into a unit budget (no expenditure tables, no fiscal year, no unit):
/// the document and what is missing. Nothing is imported when it is thrown.
/// </summary>
public sealed class ImportException(string document, string message) : Exception($"{document}：{message}")
{
    /// <summary>The document (its source, as the reader named it).</summary>
    public string Document { get; } = document;
}
