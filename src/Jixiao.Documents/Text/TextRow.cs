using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Text;

/// <summary>
/// A row of a document: its cells in order (empty strings kept) and the line it starts on; for a source with
/// positions (PDF), its page and each cell's box.
/// </summary>
public sealed record TextRow(IReadOnlyList<string> Cells, int Line)
{
    /// <summary>The page (1-based), or 0 for a source without pages.</summary>
    public int Page { get; init; }

    /// <summary>Each cell's box (parallel to <see cref="Cells"/>), or null for a source without positions.</summary>
    public IReadOnlyList<GridBox?>? Boxes { get; init; }

    /// <summary>True for a row of a table drawn as one (its cells are column positions).</summary>
    public bool InTable { get; init; }

    /// <summary>True for a row of a table printed without lines, whose columns were inferred from text positions.</summary>
    public bool Inferred { get; init; }

    /// <summary>True for a row of a table whose columns could not be placed: its figures are not to be read.</summary>
    public bool Unplaced { get; init; }

    /// <summary>The non-empty cells.</summary>
    public IEnumerable<string> Filled => Cells.Where(c => !string.IsNullOrWhiteSpace(c));

    public override string ToString() => string.Join(" | ", Cells);
}
