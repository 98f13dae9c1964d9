using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// The explanations of one disclosure as the text rules see them: every paragraph split into statements and read, and
/// each stated amount resolved against the vocabulary in its context (the total it is listed under, the statement,
/// the section heading). Built per check; cheap (one linear pass per paragraph).
/// </summary>
internal sealed class TextAnalysis
{
    private readonly Dictionary<StatedAmount, AmountReading> _readings = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StatedAmount, (TextBlock Block, ParsedStatement Statement)> _home = new(ReferenceEqualityComparer.Instance);

    private TextAnalysis(Disclosure d, TextLabels labels)
    {
        Disclosure = d;
        Labels = labels;
        Catalogs = CatalogSet.AvailableYears.Count == 0 ? null
            : CatalogSet.ForNearest(d.Year ?? new FiscalYear(CatalogSet.LatestConfirmedYear));
        var blocks = new List<TextBlock>();
        foreach (var (p, ordinal) in TextBlock.Number(d.Paragraphs))
        {
            var block = new TextBlock(p, ordinal, StatementParser.Parse(p.Text), SectionContext(p.Section));
            blocks.Add(block);
            foreach (var s in block.Statements)
            foreach (var a in s.Amounts) _home[a] = (block, s);
        }
        Blocks = blocks;
    }

    public Disclosure Disclosure { get; }

    public TextLabels Labels { get; }

    public CatalogSet? Catalogs { get; }

    public IReadOnlyList<TextBlock> Blocks { get; }

    public int? FiscalYear => Disclosure.Year?.Value;

    /// <summary>
    /// The analysis of <paramref name="d"/>'s paragraphs; within one check the text rules share it (parsing every
    /// paragraph once instead of once per rule).
    /// </summary>
    public static TextAnalysis Of(Disclosure d, TextLabels? labels = null)
    {
        if (labels is not null || d.CheckScope is not { } scope) return new(d, labels ?? TextLabels.Default);
        if (scope.TryGetValue(typeof(TextAnalysis), out var cached)) return (TextAnalysis)cached;
        var analysis = new TextAnalysis(d, TextLabels.Default);
        scope[typeof(TextAnalysis)] = analysis;
        return analysis;
    }

    /// <summary>Every statement with its paragraph.</summary>
    public IEnumerable<(TextBlock Block, ParsedStatement Statement)> Statements()
    {
        foreach (var b in Blocks)
        foreach (var s in b.Statements) yield return (b, s);
    }

    /// <summary>How <paramref name="amount"/> reads (memoised).</summary>
    public AmountReading Read(StatedAmount amount)
    {
        if (_readings.TryGetValue(amount, out var r)) return r;
        string? context = ContextOf(amount);
        var match = Labels.Resolve(amount.Label, Catalogs);
        var targets = match?.For(context) ?? [];
        if (_home[amount].Block.SectionContext == ProjectContext)
        {
            // a project's description speaks of the project's own money: catalog names there are not the tables' rows
            targets = targets.Where(t => t.Kind is not (LabelTargetKind.Economic or LabelTargetKind.Functional)).ToArray();
        }
        bool prior = amount.LastYearMarker || (FiscalYear is { } fy && amount.LabelYears.Any(y => y < fy));
        r = new AmountReading(match, targets, context, prior);
        _readings[amount] = r;
        return r;
    }

    /// <summary>Resolves a free label (the whole of a share, the subject of a change) in the context of a statement.</summary>
    public AmountReading ReadLabel(string label, TextBlock block, ParsedStatement statement, StatedAmount? near)
    {
        var context = near is not null ? ContextOf(near) : StatementContext(block, statement);
        var match = Labels.Resolve(label, Catalogs);
        return new AmountReading(match, match?.For(context) ?? [], context, false);
    }

    /// <summary>The table figures an amount stands for, in this year's tables (or last year's for a prior-year amount).</summary>
    public IReadOnlyList<TableFigure> FiguresOf(AmountReading reading, Disclosure? source = null)
    {
        var d = source ?? Disclosure;
        var list = new List<TableFigure>();
        foreach (var t in reading.Targets)
        foreach (var f in Labels.Figures(t, d))
            if (!list.Any(x => x.Cell == f.Cell)) list.Add(f);
        return list;
    }

    public (TextBlock Block, ParsedStatement Statement) HomeOf(StatedAmount amount) => _home[amount];

    private string? ContextOf(StatedAmount amount)
    {
        if (amount.Parent is { } parent)
        {
            var pr = Read(parent);
            return pr.Targets.Select(Labels.ContextOf).FirstOrDefault(c => c is not null) ?? pr.Context;
        }
        var (block, statement) = _home[amount];
        return StatementContext(block, statement);
    }

    private static string? StatementContext(TextBlock block, ParsedStatement statement)
    {
        if (StatementParser.Key(statement.Text).Contains("三公", StringComparison.Ordinal)) return "三公";
        return block.SectionContext;
    }

    /// <summary>The context of the performance (绩效) sections, where amounts belong to one project.</summary>
    public const string ProjectContext = "项目";

    private static string? SectionContext(string section)
    {
        var k = StatementParser.Key(section);
        if (k.Contains("绩效", StringComparison.Ordinal)) return ProjectContext;
        if (k.Contains("三公", StringComparison.Ordinal)) return "三公";
        if (k.Contains("运行经费", StringComparison.Ordinal) || k.Contains("运行费", StringComparison.Ordinal)) return "运行经费";
        if (k.Contains("收入", StringComparison.Ordinal)) return "收入";
        if (k.Contains("支出", StringComparison.Ordinal)) return "支出";
        return null;
    }

    /// <summary>A finding about a paragraph.</summary>
    public static Finding Finding(string ruleId, Severity severity, TextBlock block, string message, string? expected = null, string? actual = null) =>
        new(ruleId, severity, block.Subject, block.Location, message)
        {
            Expected = expected,
            Actual = actual,
            Line = block.Paragraph.Line == 0 ? null : block.Paragraph.Line,
        };

    /// <summary>A number for messages: at least two decimals, at most <paramref name="max"/>, no trailing zeros beyond two.</summary>
    public static string Num(decimal v, int max = 6) =>
        Math.Round(v, max, MidpointRounding.AwayFromZero).ToString("0.00" + new string('#', Math.Max(0, max - 2)), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A percentage for messages: up to four decimals (9.8033%).</summary>
    public static string Pct(decimal v) =>
        Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>The interval of a figure, for messages.</summary>
    public static string Interval(Figure f) => f.IsExact ? Num(f.Value) : $"[{Num(f.Low)}, {Num(f.High)}]";
}
