namespace Jixiao.Documents.Text;

/// <summary>A row of a text extraction: its cells in order (empty strings kept) and the line it starts on.</summary>
public sealed record TextRow(IReadOnlyList<string> Cells, int Line)
{
    /// <summary>The non-empty cells.</summary>
    public IEnumerable<string> Filled => Cells.Where(c => !string.IsNullOrWhiteSpace(c));

    public override string ToString() => string.Join(" | ", Cells);
}
