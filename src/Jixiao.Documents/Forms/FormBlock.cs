namespace Jixiao.Documents.Forms;

/// <summary>A block of a form layout, in printed order (docs/form-layouts.md).</summary>
internal abstract record FormBlock;

/// <summary>（2023年度） under the title: <see cref="Format"/> with <c>{year}</c> in it.</summary>
internal sealed record YearBlock(string Format) : FormBlock;

/// <summary>
/// One printed row of labels and values (项目名称 | …; 总分 | 100 | 79.76; 负责人： | … under the table). A label's
/// values are the value cells after it up to the next label, read in that order.
/// </summary>
internal sealed record LineBlock(IReadOnlyList<LineCell> Cells, bool Outside) : FormBlock;

/// <summary>A cell of a <see cref="LineBlock"/>: a label (when <see cref="Label"/> is set) or a field's value.</summary>
internal sealed record LineCell(FormLabel? Label, string? Field, int At, int Span, CellFormat Format);

/// <summary>
/// A money table: a label cell down its rows, a heading row of columns, and rows of money (年度资金总额 and its 其中
/// rows). Each row adds up the printed sources of one kind; each column is one measure of the model.
/// </summary>
internal sealed record MoneyBlock(
    FormLabel Label,
    int LabelAt,
    int RowLabelAt,
    decimal Unit,
    IReadOnlyList<MoneyColumn> Columns,
    IReadOnlyList<MoneyRow> Rows,
    IReadOnlyList<SourceKind> SourceKinds,
    string? SplitNeeds) : FormBlock
{
    /// <summary>The key of a cell's value in <see cref="FormData"/>: the column's field at the row's sources.</summary>
    public static string Key(MoneyColumn column, MoneyRow row) => column.Field + "@" + row.Sources;
}

/// <summary>A column of a money table; a <see cref="TotalOnly"/> column prints a dash on the 其中 rows.</summary>
internal sealed record MoneyColumn(FormLabel Label, string Field, CellFormat Format, bool TotalOnly);

/// <summary>A row of a money table: <c>total</c>, or the kind of source it adds up.</summary>
internal sealed record MoneyRow(FormLabel Label, string Sources)
{
    /// <summary>The sources of the total row.</summary>
    public const string TotalSources = "total";

    public bool IsTotal => Sources == TotalSources;
}

/// <summary>A kind of printed source (上年结转资金 …): a source containing one of the words, or starting with one of the prefixes.</summary>
internal sealed record SourceKind(string Kind, IReadOnlyList<string> Contains, IReadOnlyList<string> StartsWith);

/// <summary>Text blocks side by side under one label (年度总体目标: 预期目标 | 实际完成情况), headings above texts.</summary>
internal sealed record TextsBlock(FormLabel Label, IReadOnlyList<TextColumn> Columns) : FormBlock;

/// <summary>A text under its heading; printed from <see cref="Field"/>, else the first of <see cref="Fallback"/> with text.</summary>
internal sealed record TextColumn(FormLabel Heading, string Field, IReadOnlyList<string> Fallback, int At, int Span);

/// <summary>The repeated indicator rows under their heading row; 一级 and 二级 merged over their rows.</summary>
internal sealed record IndicatorsBlock(IReadOnlyList<IndicatorColumn> Columns, bool FrameworkOrder) : FormBlock;

internal sealed record IndicatorColumn(FormLabel Label, string Field, CellFormat Format, int At, int Span);

/// <summary>How a value prints and reads.</summary>
internal enum CellFormat
{
    /// <summary>A name or a long text, left-aligned and wrapped.</summary>
    Text,
    /// <summary>A short value, centred.</summary>
    Value,
    /// <summary>Money kept in 元, printed in 万元 with two decimals (<c>118.80</c>, <c>0.00</c>).</summary>
    WanYuan,
    /// <summary>Points: bare when whole (<c>10</c>).</summary>
    Points,
    /// <summary>A score with two decimals (<c>9.90</c>).</summary>
    Score,
    /// <summary>A percentage with two decimals (<c>99.00%</c>); the value is the percent.</summary>
    Rate,
}
