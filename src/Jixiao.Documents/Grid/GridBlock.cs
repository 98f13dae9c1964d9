namespace Jixiao.Documents.Grid;

/// <summary>One block of a document in reading order: a line of text (with its pieces where it is spaced out in
/// columns) or a table.</summary>
public sealed record GridBlock
{
    private GridBlock() { }

    /// <summary>The pieces of a line of text outside tables (one piece for running text).</summary>
    public IReadOnlyList<GridText>? Line { get; private init; }

    public GridTable? Table { get; private init; }

    public int Page { get; private init; }

    public static GridBlock OfLine(int page, IReadOnlyList<GridText> pieces) => new() { Line = pieces, Page = page };

    public static GridBlock OfTable(GridTable table) => new() { Table = table, Page = table.Page };
}

/// <summary>A piece of text outside a table, with its box where the source has positions.</summary>
public sealed record GridText(string Text, GridBox? Box);
