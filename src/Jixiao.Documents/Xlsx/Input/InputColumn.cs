namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// A column of an input sheet (or an item of the key/value 单位信息 sheet): its Chinese header, what it holds, whether it
/// must be filled, its width in the template, and the guide shown in the 说明 sheet and as the cell's input message.
/// </summary>
internal sealed record InputColumn(string Header, CellKind Kind, Need Need, double Width, string Guide)
{
    /// <summary>The drop-down values of a <see cref="CellKind.Choice"/> column.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>
    /// True when the drop-down only suggests: a value typed outside it gets a warning, not a stop, because the reader
    /// accepts more than the list shows (a date in 期间, a template's id in 评分模板).
    /// </summary>
    public bool LooseChoices { get; init; }

    /// <summary>Where a code column's drop-down comes from.</summary>
    public CodeSource Codes { get; init; }

    /// <summary>
    /// The header as the template prints it in row 1, with line breaks where a long header reads best broken
    /// (<c>年度</c> / <c>中央财政资金</c> / <c>（元）</c>); the reader ignores white space in headers, so both spellings match.
    /// </summary>
    public string PrintedHeader
    {
        get => _printedHeader ?? Header;
        init => _printedHeader = value;
    }

    private readonly string? _printedHeader;

    /// <summary>True for a column of long text (goals, the text blocks of a target form): the template wraps it.</summary>
    public bool Wrap { get; init; }

    /// <summary>必填 / 选填 / 视情况.</summary>
    public string NeedLabel => Need switch { Need.Required => "必填", Need.Optional => "选填", _ => "视情况" };

    /// <summary>The guide with the drop-down values of a choice column listed first.</summary>
    public string FullGuide => Choices.Count == 0 ? Guide : $"从下拉列表选择：{string.Join("、", Choices)}。{Guide}";
}
