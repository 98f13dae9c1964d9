using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Targets;
using Jixiao.Text;

namespace Jixiao.Documents.Forms;

/// <summary>
/// A <see cref="SelfEvaluation"/> as the field values of a form layout and back (docs/form-layouts.md lists the fields):
/// what a self-evaluation means is here, where it is printed is the layout's. A value the model does not know is left
/// out, never 0: the form then prints an empty cell.
/// </summary>
internal static class SelfEvaluationFields
{
    private const string TextPrefix = "text:";

    /// <summary>The scalar fields a layout of a self-evaluation may print, besides <c>text:&lt;heading&gt;</c> (a text block by its heading).</summary>
    public static readonly IReadOnlyList<string> Scalars =
    [
        "projectName", "department", "budgetUnit", "nature", "period", "grade",
        "funds.initial", "funds.budgeted", "funds.released", "funds.spent",
        "execution.points", "execution.rate", "execution.score",
        "total.points", "total.score",
        "signOff.head", "signOff.handler", "signOff.phone", "signOff.date",
    ];

    /// <summary>The fields of an indicator row.</summary>
    public static readonly IReadOnlyList<string> IndicatorFields = ["level1", "level2", "name", "target", "actual", "progress", "points", "score", "deviation"];

    /// <summary>True for a field a layout of a self-evaluation may print.</summary>
    public static bool IsKnown(string field) =>
        Scalars.Contains(field) || field.StartsWith(TextPrefix, StringComparison.Ordinal) && field.Length > TextPrefix.Length;

    /// <summary>The field values of <paramref name="e"/> in <paramref name="layout"/>.</summary>
    public static FormData ToData(SelfEvaluation e, FormLayout layout)
    {
        var data = new FormData();
        data.Set("title", e.Title ?? layout.Title.Text);
        data.Set("year", e.Year);
        data.Set("projectName", e.ProjectName);
        data.Set("department", e.Department);
        data.Set("budgetUnit", e.BudgetUnit);
        data.Set("nature", e.Nature switch { ProjectNature.OneOff => "一次性", ProjectNature.Recurring => "经常性", _ => null });
        data.Set("period", e.Period);
        data.Set("grade", e.Grade);
        foreach (var (heading, text) in e.Texts)
            if (!data.Fields.ContainsKey(TextPrefix + heading) && text.Length > 0)
            {
                data.Set(TextPrefix + heading, text);
                data.TextHeadings.Add(heading);
            }
        data.Set("signOff.head", e.SignOff?.Head);
        data.Set("signOff.handler", e.SignOff?.Handler);
        data.Set("signOff.phone", e.SignOff?.Phone);
        data.Set("signOff.date", e.SignOff?.Date);
        data.Set("total.points", e.Total?.Points);
        data.Set("total.score", e.Total?.Score);
        foreach (var money in layout.Blocks.OfType<MoneyBlock>()) Money(data, money, e);
        foreach (var sources in layout.Blocks.OfType<SourcesBlock>()) Sources(data, sources, e.Funds);
        Scores(data, e);
        foreach (var person in e.Evaluators)
        {
            var row = new FormDataRow();
            row.Set("name", person.Name);
            row.Set("title", person.Title);
            row.Set("office", person.Office);
            row.Set("phone", person.Phone);
            data.People.Add(row);
        }

        var indicators = e.Indicators;
        // the table groups by 一级 and 二级 in the framework's order; the sort is stable, so the order within a group stands
        if (layout.Blocks.OfType<IndicatorsBlock>().FirstOrDefault() is { FrameworkOrder: true })
            indicators = [.. indicators.OrderBy(i => i.Level1).ThenBy(i => i.Level2)];
        foreach (var i in indicators)
        {
            var row = new FormDataRow();
            row.Set("level1", IndicatorFramework.Name(i.Level1));
            row.Set("level2", IndicatorFramework.Name(i.Level2));
            row.Set("name", i.Name);
            row.Set("target", i.Target.Text);
            row.Set("actual", i.Actual.Text);
            row.Set("progress", i.StatedProgress);
            row.Set("points", i.Points);
            row.Set("score", i.Score);
            row.Set("deviation", i.Deviation);
            data.Indicators.Add(row);
        }
        return data;
    }

    /// <summary>
    /// The money table: 年初预算数 (A0 as stated), 全年预算数 (A), 全年执行数 (B), 下达, and the execution item's points,
    /// B / A and score on the total row. A column's 其中 cells are filled only when every printed source falls in one
    /// of the layout's kinds and the kind the layout needs told apart is among them (a budget adjusted by level of
    /// government, or printed only as its 合计, cannot say how much of it was carried over); 年初预算数's only when the
    /// year's budget is the initial one.
    /// </summary>
    private static void Money(FormData data, MoneyBlock block, SelfEvaluation e)
    {
        var funds = e.Funds;
        Yuan? budgeted = funds.Budgeted.Count > 0 ? funds.BudgetedTotal : null;
        Yuan? spent = funds.Spent.Count > 0 ? funds.SpentTotal : null;
        bool budgetSplit = Split(block, funds.Budgeted);
        bool spentSplit = Split(block, funds.Spent);
        bool initialSplit = budgetSplit && funds.InitialBudget is { } initial && initial == funds.BudgetedTotal;
        bool scored = e.Scores.Count > 0;
        foreach (var row in block.Rows)
        foreach (var column in block.Columns)
        {
            decimal? value = (column.Field, row.IsTotal) switch
            {
                ("funds.initial", true) => funds.InitialBudget?.Value,
                ("funds.initial", false) => initialSplit ? Sum(block, funds.Budgeted, row.Sources) : null,
                ("funds.budgeted", true) => budgeted?.Value,
                ("funds.budgeted", false) => budgetSplit ? Sum(block, funds.Budgeted, row.Sources) : null,
                ("funds.spent", true) => spent?.Value,
                ("funds.spent", false) => spentSplit ? Sum(block, funds.Spent, row.Sources) : null,
                ("funds.released", true) => funds.Released?.Value,
                ("execution.points", true) => scored ? e.Scores.Sum(s => s.Points) : null,
                ("execution.score", true) => scored && e.Scores.All(s => s.Score is not null) ? e.Scores.Sum(s => s.Score!.Value) : null,
                ("execution.rate", true) => budgeted is { Value: > 0m } a && spent is { } b
                    ? Math.Round(b.Value * 100m / a.Value, 2, MidpointRounding.AwayFromZero)
                    : null,
                _ => null,
            };
            data.Set(MoneyBlock.Key(column, row), value);
        }
    }

    /// <summary>Each group's printed sources as stated (预算资金 · 市级预算资金), the released money as the single group's amount.</summary>
    private static void Sources(FormData data, SourcesBlock block, EvaluationFunds funds)
    {
        foreach (var group in block.Groups)
        {
            if (group.Single)
            {
                if (group.Field == "funds.released" && funds.Released is { } released) data.Sources.Add(SourceRow(group.Field, null, released));
                continue;
            }
            var lines = group.Field switch { "funds.budgeted" => funds.Budgeted, "funds.spent" => funds.Spent, _ => [] };
            foreach (var (source, amount) in lines) data.Sources.Add(SourceRow(group.Field, source, amount));
        }
    }

    private static FormDataRow SourceRow(string group, string? source, Yuan amount)
    {
        var row = new FormDataRow();
        row.Set("group", group);
        row.Set("source", source);
        row.Set("amount", amount.Value);
        return row;
    }

    /// <summary>The stated sections in printed order, each followed by its items; a section with items but no stated row still has its row.</summary>
    private static void Scores(FormData data, SelfEvaluation e)
    {
        foreach (var section in e.Sections.Select(s => s.Section).Concat(e.Scores.Select(s => s.Section)).Distinct())
        {
            if (section.Length > 0)
            {
                var stated = e.Sections.FirstOrDefault(s => s.Section == section);
                var row = new FormDataRow();
                row.Set("section", section);
                row.Set("isSection", "1");
                row.Set("points", stated?.Points);
                row.Set("score", stated?.Score);
                data.Scores.Add(row);
            }
            foreach (var item in e.Scores.Where(i => i.Section == section))
            {
                var row = new FormDataRow();
                row.Set("section", section);
                row.Set("group", item.Group);
                row.Set("name", item.Name);
                row.Set("points", item.Points);
                row.Set("score", item.Score);
                data.Scores.Add(row);
            }
        }
    }

    /// <summary>The kind of a printed source: the first of the layout's kinds it falls in; null when none.</summary>
    internal static string? KindOf(MoneyBlock block, string source)
    {
        var s = IndicatorFramework.Compact(source);
        foreach (var kind in block.SourceKinds)
            if (kind.Contains.Any(w => s.Contains(w, StringComparison.Ordinal)) || kind.StartsWith.Any(w => s.StartsWith(w, StringComparison.Ordinal)))
                return kind.Kind;
        return null;
    }

    private static bool Split(MoneyBlock block, IReadOnlyList<(string Source, Yuan Amount)> sources) =>
        sources.Count > 0 && sources.All(s => KindOf(block, s.Source) is not null)
        && (block.SplitNeeds is null || sources.Any(s => KindOf(block, s.Source) == block.SplitNeeds));

    private static decimal Sum(MoneyBlock block, IReadOnlyList<(string Source, Yuan Amount)> sources, string kind)
    {
        decimal sum = 0m;
        foreach (var (source, amount) in sources) if (KindOf(block, source) == kind) sum += amount.Value;
        return sum;
    }

    /// <summary>
    /// The self-evaluation a form read in <paramref name="layout"/> states. The money's 其中 rows become its printed
    /// sources (本年财政拨款, 上年结转资金, 其他资金) when they add up to the total, else the total alone is kept under
    /// its label and the difference is a problem; the execution item is the layout's template's one fixed item.
    /// </summary>
    public static SelfEvaluation FromData(FormData data, FormLayout layout, List<Jixiao.Targets.FormReadProblem> problems, int line)
    {
        var funds = new EvaluationFunds();
        foreach (var money in layout.Blocks.OfType<MoneyBlock>())
            funds = new EvaluationFunds
            {
                InitialBudget = Amount(data, money, "funds.initial"),
                Budgeted = Sources(data, money, "funds.budgeted", problems, line),
                Released = Amount(data, money, "funds.released"),
                Spent = Sources(data, money, "funds.spent", problems, line),
            };
        foreach (var block in layout.Blocks.OfType<SourcesBlock>())
            funds = new EvaluationFunds
            {
                Budgeted = Printed(data, "funds.budgeted"),
                Released = data.Sources.FirstOrDefault(s => s.Text("group") == "funds.released" && s.Text("source") is null)?.Number("amount") is { } r ? new Yuan(r) : null,
                Spent = Printed(data, "funds.spent"),
            };
        var texts = new List<(string, string)>();
        foreach (var column in layout.Blocks.OfType<TextsBlock>().SelectMany(b => b.Columns))
            if (data.Text(column.Field) is { } text) texts.Add((column.Field[TextPrefix.Length..], text));
        foreach (var cell in layout.Blocks.OfType<LineBlock>().SelectMany(b => b.Cells))
            if (cell.Field is { } f && f.StartsWith(TextPrefix, StringComparison.Ordinal) && data.Text(f) is { } text) texts.Add((f[TextPrefix.Length..], text));

        var scores = new List<ScoredItem>();
        var sections = new List<SectionScore>();
        foreach (var row in data.Scores)
        {
            if (row.Number("points") is not { } p) continue;
            if (row.Text("isSection") is not null) sections.Add(new SectionScore(row.Text("section") ?? "", p, row.Number("score")) { Line = row.Line });
            else scores.Add(new ScoredItem(row.Text("section") ?? "", row.Text("group") ?? "", row.Text("name") ?? "", p, row.Number("score")) { Line = row.Line });
        }
        if (OnTotal(data, layout, "execution.points") is { } points)
        {
            if (ExecutionItem(layout) is var (section, item)) scores.Add(new ScoredItem(section, "", item, points, OnTotal(data, layout, "execution.score")));
            else problems.Add(new Jixiao.Targets.FormReadProblem(line, "分值", points.ToString(System.Globalization.CultureInfo.InvariantCulture), $"评分模板“{layout.Template}”中唯一的非指标评分项"));
        }

        var indicators = new List<IndicatorResult>(data.Indicators.Count);
        foreach (var row in data.Indicators)
        {
            // the reader gives only rows whose 二级 it could name
            if (IndicatorFramework.Level2Named(row.Text("level2")) is not { } level2) continue;
            indicators.Add(new IndicatorResult(level2, row.Text("name") ?? "", TargetValue.Parse(row.Text("target")), TargetValue.Parse(row.Text("actual")))
            {
                StatedProgress = row.Text("progress"),
                Points = row.Number("points"),
                Score = row.Number("score"),
                Deviation = row.Text("deviation"),
                Line = row.Line,
            });
        }
        string? head = data.Text("signOff.head"), handler = data.Text("signOff.handler"), phone = data.Text("signOff.phone"), date = data.Text("signOff.date");
        return new SelfEvaluation
        {
            ProjectName = data.Text("projectName")?.Trim() ?? "",
            Title = data.Text("title"),
            Year = data.Number("year") is { } y ? (int)y : null,
            Department = data.Text("department"),
            BudgetUnit = data.Text("budgetUnit"),
            Nature = TargetDeclarationFields.NatureOf(data.Text("nature")),
            Period = data.Text("period"),
            Funds = funds,
            Texts = texts,
            Indicators = indicators,
            Scores = scores,
            Template = layout.Template,
            Sections = sections,
            Total = data.Number("total.points") is { } total ? new StatedScore(total, data.Number("total.score")) { Line = data.Line("total.points") } : null,
            Grade = data.Text("grade"),
            Evaluators = [.. data.People.Select(p => new Evaluator(p.Text("name") ?? "", p.Text("title"), p.Text("office"), p.Text("phone")))],
            SignOff = head is null && handler is null && phone is null && date is null ? null : new SignOff(head, handler, phone, date),
        };
    }

    private static List<(string, Yuan)> Printed(FormData data, string group) =>
        [.. data.Sources.Where(s => s.Text("group") == group && s.Text("source") is not null).Select(s => (s.Text("source")!, new Yuan(s.Number("amount")!.Value)))];

    /// <summary>A field printed on a money table's total row, or in a line of its own.</summary>
    private static decimal? OnTotal(FormData data, FormLayout layout, string field)
    {
        foreach (var block in layout.Blocks.OfType<MoneyBlock>())
            if (block.Columns.FirstOrDefault(c => c.Field == field) is { } column)
                return data.Number(MoneyBlock.Key(column, block.Rows.First(r => r.IsTotal)));
        return data.Number(field);
    }

    private static Yuan? Amount(FormData data, MoneyBlock block, string field) =>
        block.Columns.FirstOrDefault(c => c.Field == field) is { } column && data.Number(MoneyBlock.Key(column, block.Rows.First(r => r.IsTotal))) is { } v
            ? new Yuan(v)
            : null;

    private static List<(string, Yuan)> Sources(FormData data, MoneyBlock block, string field, List<Jixiao.Targets.FormReadProblem> problems, int line)
    {
        if (block.Columns.FirstOrDefault(c => c.Field == field) is not { } column) return [];
        var totalRow = block.Rows.First(r => r.IsTotal);
        var parts = block.Rows.Where(r => !r.IsTotal).Select(r => (Row: r, Value: data.Number(MoneyBlock.Key(column, r)))).ToList();
        decimal? total = data.Number(MoneyBlock.Key(column, totalRow));
        if (parts.Count > 0 && parts.All(p => p.Value is not null))
        {
            decimal sum = parts.Sum(p => p.Value!.Value);
            if (total is null || total == sum) return [.. parts.Select(p => (Names.Normalize(p.Row.Label.Text), new Yuan(p.Value!.Value)))];
            problems.Add(new Jixiao.Targets.FormReadProblem(line, $"{column.Label.Text}（{string.Join("、", parts.Select(p => Names.Normalize(p.Row.Label.Text)))}）",
                (sum / block.Unit).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), $"与{totalRow.Label.Text}相加一致的其中各项"));
        }
        return total is { } t ? [(totalRow.Label.Text, new Yuan(t))] : [];
    }

    /// <summary>The one item of the layout's template that is not an indicator (预算执行率 of the national table).</summary>
    private static (string Section, string Item)? ExecutionItem(FormLayout layout)
    {
        if (layout.Template is not { } id || !ScoreTemplates.AvailableIds.Any(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase))) return null;
        var items = ScoreTemplates.Get(id).Sections.Where(s => s.Indicators is null).SelectMany(s => s.Items.Select(i => (s.Name, i.Name))).ToList();
        return items.Count == 1 ? items[0] : null;
    }
}
