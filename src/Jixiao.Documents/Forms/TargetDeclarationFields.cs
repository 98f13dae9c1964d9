using System.Globalization;
using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Targets;
using Jixiao.Text;

namespace Jixiao.Documents.Forms;

/// <summary>
/// A <see cref="TargetForm"/> as the field values of a form layout and back (docs/form-layouts.md lists the fields):
/// what a target form means is here, where it is printed is the layout's. A value the model does not know is left out,
/// never 0: the form then prints an empty cell.
/// </summary>
internal static class TargetDeclarationFields
{
    private const string TextPrefix = "text:";

    /// <summary>The shipped layout file of each layout a declaration fills (<see cref="TargetForms.LayoutOf"/>).</summary>
    public static string LayoutId(TargetFormLayout layout) => layout switch
    {
        TargetFormLayout.Hebei => "hebei-target-table",
        TargetFormLayout.National => "national-target-declaration",
        _ => "shanxi-target-declaration",
    };

    /// <summary>The layout <paramref name="form"/> prints in: the one it was read in, if still known, else the shipped one of its kind.</summary>
    public static FormLayout LayoutOf(TargetForm form) =>
        form.LayoutId is { } id && FormLayouts.All.FirstOrDefault(l => l.Kind == FormKind.TargetDeclaration && string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase)) is { } read
            ? read
            : FormLayouts.Get(LayoutId(form.Layout));

    /// <summary>The layout a form read in <paramref name="layout"/> fills; a user's layout of another id, by its shape.</summary>
    public static TargetFormLayout LayoutOf(FormLayout layout) =>
        Enum.GetValues<TargetFormLayout>().FirstOrDefault(l => string.Equals(LayoutId(l), layout.Id, StringComparison.OrdinalIgnoreCase),
            layout.Shape is { HasImplementationPeriod: true } ? TargetFormLayout.Shanxi : TargetFormLayout.Hebei);

    /// <summary>The sources a money field may name after its column (<c>funds.annual.fiscal</c>), with the sources it sums when printed.</summary>
    private static readonly (string Key, FundSource Source, FundSource[] Printed)[] SourceFields =
    [
        ("central", FundSource.Central, [FundSource.Central]),
        ("provincial", FundSource.Provincial, [FundSource.Provincial]),
        ("local", FundSource.Local, [FundSource.Local]),
        ("selfRaised", FundSource.SelfRaised, [FundSource.SelfRaised]),
        // 财政资金 / 财政拨款 of a one-line split is every level of government's money
        ("fiscal", FundSource.Fiscal, [FundSource.Fiscal, FundSource.Central, FundSource.Provincial, FundSource.Local]),
        // and 其他资金 beside it the rest (a unit's own money included)
        ("other", FundSource.Other, [FundSource.Other]),
        ("otherAll", FundSource.Other, [FundSource.Other, FundSource.SelfRaised]),
    ];

    private static readonly string[] Columns = ["implementation", "annual"];

    /// <summary>The scalar fields a layout of a target form may print, besides <c>text:&lt;heading&gt;</c>.</summary>
    public static readonly IReadOnlyList<string> Scalars =
    [
        "projectName", "projectCode", "department", "unit", "implementingUnit", "nature", "period",
        .. Columns.Select(c => "funds." + c),
        .. Columns.SelectMany(c => SourceFields.Select(s => $"funds.{c}.{s.Key}")),
        "goal.implementation", "goal.annual",
        "signOff.head", "signOff.handler", "signOff.phone", "signOff.date",
    ];

    /// <summary>The fields of an indicator row.</summary>
    public static readonly IReadOnlyList<string> IndicatorFields = ["level1", "level2", "name", "description", "target", "basis"];

    public static bool IsKnown(string field) =>
        Scalars.Contains(field) || field.StartsWith(TextPrefix, StringComparison.Ordinal) && field.Length > TextPrefix.Length;

    /// <summary>The field values of <paramref name="form"/> in <paramref name="layout"/>; <paramref name="number"/> is the N of a numbered title.</summary>
    public static FormData ToData(TargetForm form, FormLayout layout, int number)
    {
        var d = form.Declaration;
        var data = new FormData();
        data.Set("title", form.Title);
        data.Set("year", form.Year);
        data.Set("number", number);
        data.Set("projectName", form.Project.Name);
        data.Set("projectCode", form.Project.Code);
        if (d.Department is var (code, name))
        {
            data.Set("department", code is { Length: > 0 } ? $"{code}-{name}" : name);
            data.Set("unit", $"{code}{name}");
        }
        data.Set("implementingUnit", d.ImplementingUnit);
        data.Set("nature", d.Nature switch { ProjectNature.OneOff => "一次性项目（1年结束）", ProjectNature.Recurring => "经常性项目（长期开展）", _ => null });
        data.Set("period", d.PeriodYears is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : null);
        foreach (var (column, funds) in new[] { ("implementation", d.ImplementationFunds), ("annual", d.AnnualFunds) })
        {
            data.Set("funds." + column, funds.StatedTotal?.Value);
            foreach (var (key, _, printed) in SourceFields)
            {
                // a source left blank is blank; one the split names is its amount, 0 included
                if (!funds.Sources.Any(s => printed.Contains(s.Source))) continue;
                var sum = Yuan.Zero;
                foreach (var s in printed) sum += funds.Of(s);
                data.Set($"funds.{column}.{key}", sum.Value);
            }
        }
        data.Set("goal.implementation", d.ImplementationGoal);
        data.Set("goal.annual", d.AnnualGoal);
        foreach (var (heading, text) in d.Texts)
        {
            data.Set(TextPrefix + heading, text);
            data.TextHeadings.Add(heading);
        }
        // the Hebei form prints the use of the money; a unit's own declaration keeps it as the project's purpose
        if (data.Text(TextPrefix + "资金用途") is null && form.Project.Purpose is { } purpose) data.Set(TextPrefix + "资金用途", purpose);
        if (d.SpendingPlan is { } plan)
            foreach (var point in plan.Points)
            {
                var row = new FormDataRow();
                row.Set("label", point.Label);
                row.Set("share", point.CumulativePercent);
                data.Plan.Add(row);
            }
        data.Set("signOff.head", d.SignOff?.Head);
        data.Set("signOff.handler", d.SignOff?.Handler);
        data.Set("signOff.phone", d.SignOff?.Phone);
        data.Set("signOff.date", d.SignOff?.Date);
        foreach (var (half, indicators) in new[] { ("implementation", d.ImplementationIndicators), ("annual", d.AnnualIndicators) })
            foreach (var i in indicators)
            {
                var row = new FormDataRow();
                row.Set("half", half);
                row.Set("level1", IndicatorFramework.Name(i.Level1));
                row.Set("level2", IndicatorFramework.Name(i.Level2));
                row.Set("name", i.Name);
                row.Set("description", i.Description);
                row.Set("target", i.Target.Text);
                row.Set("basis", i.Basis);
                data.Indicators.Add(row);
            }
        // a table in the framework's order groups by 一级 and 二级; the sort is stable, so the printed order within a 二级 stands
        if (layout.Blocks.OfType<IndicatorsBlock>().Any(b => b.FrameworkOrder))
        {
            var sorted = data.Indicators.OrderBy(r => IndicatorFramework.Level1Named(r.Text("level1")))
                .ThenBy(r => IndicatorFramework.Level2Named(r.Text("level2")) is { } l2 ? IndicatorFramework.Level2InOrder.ToList().IndexOf(l2) : int.MaxValue).ToList();
            data.Indicators.Clear();
            data.Indicators.AddRange(sorted);
        }
        return data;
    }

    /// <summary>The form the values read in <paramref name="layout"/> state; <paramref name="indicatorsPrinted"/> false when the form printed no indicator table.</summary>
    public static TargetForm FromData(FormData data, FormLayout layout, List<FormReadProblem> problems, int line, bool indicatorsPrinted)
    {
        string unitName = data.Unit == 1m ? "元" : "万元";
        (Figure, string)? printedTotal = null;
        var columns = new Dictionary<string, DeclaredFunds>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            Yuan? total = data.Number("funds." + column) is { } t ? new Yuan(t) : null;
            var sources = new List<(FundSource, Yuan)>();
            // in the layout's printed order
            foreach (var field in PrintedFields(layout).Where(f => f.StartsWith($"funds.{column}.", StringComparison.Ordinal)))
                if (data.Number(field) is { } amount && SourceFields.FirstOrDefault(s => field.EndsWith("." + s.Key, StringComparison.Ordinal)) is { Key: not null } s)
                    sources.Add((s.Source, new Yuan(amount)));
            columns[column] = new DeclaredFunds(total, sources);
        }
        if (data.Number("funds.annual") is { } annual && data.Decimals.TryGetValue("funds.annual", out int decimals))
        {
            decimal unit = MoneyUnit(layout, data, "funds.annual");
            // a figure in 万元 is published to the 分 of a 万元 at least (1077 reads as 1077.00)
            printedTotal = (Figure.Printed(annual / unit, unit == 1m ? decimals : Math.Max(2, decimals)), unit == 1m ? "元" : unitName);
        }

        var texts = new List<(string, string)>();
        foreach (var field in PrintedFields(layout).Where(f => f.StartsWith(TextPrefix, StringComparison.Ordinal)))
            if (data.Text(field) is { } text) texts.Add((field[TextPrefix.Length..], text));

        var implementation = new List<Indicator>();
        var annualIndicators = new List<Indicator>();
        foreach (var row in data.Indicators)
        {
            if (IndicatorFramework.Level2Named(row.Text("level2")) is not { } level2) continue;
            var indicator = new Indicator(level2, row.Text("name") ?? "", TargetValue.Parse(row.Text("target")))
            {
                Description = row.Text("description"),
                Basis = row.Text("basis"),
                Line = row.Line,
            };
            (row.Text("half") == "implementation" ? implementation : annualIndicators).Add(indicator);
        }
        var plan = new List<SpendingPlanPoint>();
        foreach (var point in data.Plan)
            if (point.Text("label") is { } label && point.Number("share") is { } share) plan.Add(new SpendingPlanPoint(label, MonthOf(label), share));

        string? head = data.Text("signOff.head"), handler = data.Text("signOff.handler"), phone = data.Text("signOff.phone"), date = data.Text("signOff.date");
        var declaration = new TargetDeclaration
        {
            Department = DepartmentOf(data.Text("department")) ?? UnitOf(data.Text("unit")),
            ImplementingUnit = data.Text("implementingUnit"),
            Nature = NatureOf(data.Text("nature")),
            PeriodYears = Years(data.Text("period")),
            ImplementationFunds = columns["implementation"],
            AnnualFunds = columns["annual"],
            Texts = texts,
            ImplementationGoal = data.Text("goal.implementation"),
            AnnualGoal = data.Text("goal.annual"),
            ImplementationIndicators = implementation,
            AnnualIndicators = annualIndicators,
            SpendingPlan = plan.Count == 0 ? null : new SpendingPlan(plan),
            SignOff = head is null && handler is null && phone is null && date is null ? null : new SignOff(head, handler, phone, date),
        };
        string title = data.Text("title") ?? layout.Title.Text;
        var project = new Project(data.Text("projectCode") ?? "", data.Text("projectName")?.Trim() ?? NameFromTitle(title, layout)) { Targets = declaration };
        return new TargetForm(project, LayoutOf(layout), line, layout.Shape!)
        {
            LayoutId = layout.Id,
            Year = data.Number("year") is { } year ? (int)year : null,
            Title = data.Text("title"),
            Problems = problems,
            PrintedTotal = printedTotal,
            IndicatorsPrinted = indicatorsPrinted,
        };
    }

    /// <summary>The unit a money field is read in: the form's own (单位：元) or its block's.</summary>
    internal static decimal MoneyUnit(FormLayout layout, FormData data, string field) =>
        data.Unit ?? layout.Blocks.OfType<LineBlock>().Concat(layout.Blocks.OfType<RowsBlock>().SelectMany(b => b.Rows))
            .Where(b => b.Cells.Any(c => c.Field == field)).Select(b => b.Unit).FirstOrDefault(10_000m);

    /// <summary>The fields the layout prints, in printed order.</summary>
    private static IEnumerable<string> PrintedFields(FormLayout layout)
    {
        foreach (var block in layout.Blocks)
        {
            if (block is LineBlock line) foreach (var c in line.Cells) if (c.Field is { } f) yield return f;
            if (block is RowsBlock rows) foreach (var r in rows.Rows) foreach (var c in r.Cells) if (c.Field is { } f) yield return f;
            if (block is TextsBlock texts) foreach (var c in texts.Columns) yield return c.Field;
        }
    }

    /// <summary>项目属性 as printed (<c>一次性项目（1年结束）</c>, <c>经常性项目</c>); null for anything else.</summary>
    internal static ProjectNature? NatureOf(string? printed) => printed switch
    {
        null => null,
        _ when printed.Contains("一次性", StringComparison.Ordinal) => ProjectNature.OneOff,
        _ when printed.Contains("经常性", StringComparison.Ordinal) => ProjectNature.Recurring,
        _ => null,
    };

    // 303-忻州市医疗保障局 → (303, 忻州市医疗保障局)
    private static (string? Code, string Name)? DepartmentOf(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        int dash = printed.IndexOfAny(['-', '－', '—']);
        if (dash > 0 && printed[..dash].Trim().All(char.IsAsciiDigit)) return (printed[..dash].Trim(), printed[(dash + 1)..].Trim());
        return (null, printed.Trim());
    }

    /// <summary>A unit line: a code of digits glued to a name (<c>362001兴隆县医疗保障局本级</c>), or a name alone.</summary>
    internal static (string? Code, string Name)? UnitOf(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var text = printed.Trim();
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits is >= 3 and <= 15 && digits < text.Length ? (text[..digits], text[digits..].Trim()) : (null, text);
    }

    // 1年, 3年
    private static int? Years(string? printed)
    {
        if (printed is null) return null;
        var digits = new string(printed.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length is > 0 and < 3 && printed[digits.Length..].TrimStart().StartsWith('年') ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    // 3月底 → 3
    private static int MonthOf(string label)
    {
        var digits = new string(label.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12 ? m : 0;
    }

    // 1.宣传印刷费绩效目标表 → 宣传印刷费: a form whose 项目名称 row is lost is named by its title
    private static string NameFromTitle(string title, FormLayout layout)
    {
        if (!layout.Title.Text.Contains("{number}", StringComparison.Ordinal)) return "";
        int dot = title.IndexOf('.');
        var s = dot >= 0 && dot < 4 ? title[(dot + 1)..] : title;
        return s.EndsWith(layout.Title.EndsWith, StringComparison.Ordinal) ? s[..^layout.Title.EndsWith.Length] : s;
    }
}
