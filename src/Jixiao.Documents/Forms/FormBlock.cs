namespace Jixiao.Documents.Forms;

/// <summary>A block of a form layout, in printed order (docs/form-layouts.md).</summary>
internal abstract record FormBlock
{
    /// <summary>The block starts a new page when printed (the Shanxi goals and indicators on a page of their own).</summary>
    public bool PageBreakBefore { get; init; }
}

/// <summary>（2023年度） under the title: <see cref="Format"/> with <c>{year}</c> in it.</summary>
internal sealed record YearBlock(string Format) : FormBlock;

/// <summary>
/// One printed row of labels and values (项目名称 | …; 总分 | 100 | 79.76; 负责人： | … under the table). A label's
/// values are the value cells after it up to the next label, read in that order.
/// </summary>
internal sealed record LineBlock(IReadOnlyList<LineCell> Cells, bool Outside, bool Optional) : FormBlock
{
    /// <summary>The unit an <see cref="CellFormat.Amount"/> is printed in when the form does not say (10000: 万元).</summary>
    public decimal Unit { get; init; } = 10_000m;
}

/// <summary>
/// The line under the title naming the unit the form is for and the money's unit on its right (362001兴隆县医疗保障局本级 |
/// 单位：万元). Read from the first row after the title (or the title's own row): a code glued to a name, or 单位名称：…;
/// a <c>单位：元</c> anywhere sets the unit the form's amounts are read in.
/// </summary>
internal sealed record UnitLineBlock(string Field, int At, int Span, int UnitAt, int UnitSpan, decimal Unit) : FormBlock;

/// <summary>
/// A label down several rows, each row a line of labels and values (预算规模及资金用途: 预算数 | 1077.00 | 其中：财政资金 | …,
/// then the use of the money): a row without a label of its own takes its values in order, as the next row of the block.
/// </summary>
internal sealed record RowsBlock(FormLabel Label, int LabelAt, IReadOnlyList<LineBlock> Rows, bool Optional) : FormBlock
{
    public decimal Unit => Rows.Count > 0 ? Rows[0].Unit : 10_000m;
}

/// <summary>
/// 资金支出计划（%）: its points on one row spread over the columns <see cref="From"/>…<see cref="To"/>, their cumulative
/// shares on the next; more points than columns take further pairs of rows. A form without a plan prints
/// <see cref="Points"/> with empty shares.
/// </summary>
internal sealed record PlanBlock(FormLabel Label, int LabelAt, int From, int To, IReadOnlyList<string> Points) : FormBlock;

/// <summary>
/// A cell of a <see cref="LineBlock"/>: a label (when <see cref="Label"/> is set), a field's value, or a text printed as
/// it stands (<see cref="Constant"/>: 年　月　日) that the reader passes over. <see cref="Suffix"/> is printed after the
/// value and dropped when read (经常性 + 项目).
/// </summary>
internal sealed record LineCell(FormLabel? Label, string? Field, int At, int Span, CellFormat Format, string? Constant = null, string? Suffix = null)
{
    /// <summary>A value the extraction split over cells is joined on lines of its own (a numbered list: 1.… 2.…), not with spaces.</summary>
    public bool JoinLines { get; init; }

    /// <summary>A label printed as a plain cell rather than a heading (the row names of the Shanxi money table).</summary>
    public bool Plain { get; init; }
}

/// <summary>
/// Money as printed sources in groups (the Shanxi 项目资金情况: 预算资金 | 市级预算资金 | 12920.21): labels and amounts
/// read in printed order — a group's label, then each source label followed by its amount; a <see cref="SourceGroup.Single"/>
/// group (预算下达资金) takes its own amount. <see cref="Unit"/> is the printed unit unless the printed label's gloss says 元.
/// </summary>
internal sealed record SourcesBlock(FormLabel Label, int LabelAt, int GroupAt, int SourceAt, int AmountAt, int AmountSpan, decimal Unit,
    IReadOnlyList<SourceGroup> Groups) : FormBlock;

/// <summary>A group of a <see cref="SourcesBlock"/>: its label and the money field it fills (funds.budgeted, funds.released …).</summary>
internal sealed record SourceGroup(FormLabel Label, string Field, bool Single);

/// <summary>
/// A score table (评分表): a heading row, then per section its stated row (投入： 20 19.92) and its items (二级 group,
/// blank: continues; 三级 name; points; score). Section rows are printed in varied columns, so the figures are read from
/// the right of a row. <see cref="SectionFormat"/> prints a section's name (<c>{section}：</c>).
/// </summary>
internal sealed record ScoresBlock(FormLabel Label, int LabelAt, IReadOnlyList<string> Sections, string SectionFormat,
    IReadOnlyList<TableColumn> Columns) : FormBlock;

/// <summary>A table of people (评价人员): a heading row of columns, then one row per person.</summary>
internal sealed record PeopleBlock(FormLabel Label, int LabelAt, IReadOnlyList<TableColumn> Columns) : FormBlock;

/// <summary>
/// The model's texts under headings no other block prints (an evaluator's own 项目效益分析), each as a row of its
/// heading at <see cref="LabelAt"/> and its text at <see cref="At"/>: printed so that nothing entered is lost; not read
/// back, since the reader looks for the layout's labels only.
/// </summary>
internal sealed record OtherTextsBlock(int LabelAt, int At, int Span) : FormBlock;

/// <summary>A column of a score or people table: its heading, the row's field, its place and format.</summary>
internal sealed record TableColumn(FormLabel Label, string Field, int At, int Span, CellFormat Format);

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
internal sealed record TextsBlock(FormLabel Label, IReadOnlyList<TextColumn> Columns) : FormBlock
{
    /// <summary>A form without the block is no read problem.</summary>
    public bool Optional { get; init; }
}

/// <summary>A text under its heading; printed from <see cref="Field"/>, else the first of <see cref="Fallback"/> with text.</summary>
internal sealed record TextColumn(FormLabel Heading, string Field, IReadOnlyList<string> Fallback, int At, int Span);

/// <summary>The repeated indicator rows under their heading row; 一级 and 二级 merged over their rows.</summary>
internal sealed record IndicatorsBlock(IReadOnlyList<IndicatorColumn> Columns, bool FrameworkOrder, string Name = "绩效指标") : FormBlock
{
    /// <summary>A form without the table is no read problem: its indicators are unknown (a summary form).</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// Rows are read from their raw cells, blanks kept (a merged cell leaves one), the 一级 cell may be dropped, and the
    /// table is the form's end: the first row that is no indicator row begins the document's next section.
    /// </summary>
    public bool RawCells { get; init; }

    /// <summary>The field a row of one short cell continues (指标值确定依据 cut onto the next row); null when none does.</summary>
    public string? Continues { get; init; }

    /// <summary>The half of a two-column form the table holds (<c>annual</c>, <c>implementation</c>); null for a one-column form.</summary>
    public string? Half { get; init; }

    /// <summary>A label printed down the table's rows, heading row included (绩效指标); null when the table has none.</summary>
    public FormLabel? Label { get; init; }

    public int LabelAt { get; init; } = 1;

    /// <summary>Every fixed 二级 of the framework is printed, an empty one as an empty row (其他满意度指标 only when used).</summary>
    public bool EveryLevel2 { get; init; }

    /// <summary>
    /// True when the columns hold the two halves of a two-column form side by side (<see cref="IndicatorColumn.Half"/>):
    /// 一级 shared, then each half's 二级, 三级 and the rest.
    /// </summary>
    public bool SideBySide => Columns.Any(c => c.Half is not null);

    /// <summary>The columns of one half, its 二级 first (a one-column table: every column but 一级).</summary>
    public IReadOnlyList<IndicatorColumn> HalfColumns(string half) =>
        [.. Columns.Where(c => c.Field != "level1" && (c.Half ?? Half ?? "annual") == half)];
}

/// <summary>A column of an indicator table; <see cref="Half"/> names the half it belongs to when the halves stand side by side.</summary>
internal sealed record IndicatorColumn(FormLabel Label, string Field, CellFormat Format, int At, int Span)
{
    public string? Half { get; init; }
}

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
    /// <summary>
    /// Money kept in 元, printed in the block's unit as the target forms print it: 万元 with two decimals and a bare 0
    /// (<c>1077.00</c>, <c>0</c>), 元 with separators (<c>150,000</c>); read in the unit the form's unit line names.
    /// </summary>
    Amount,
}
