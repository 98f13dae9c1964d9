using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Documents.Package;

/// <summary>
/// Reads the data package (docs/package-format.md): the schema's errors (<see cref="PackageSchema"/>), then the
/// records of <see cref="PackageJsonContext"/> mapped to the domain with what the schema cannot say — a code of the
/// catalogs, an amount's decimals and bounds, a 二级 under its 一级, dates within the year, periods that do not overlap,
/// what must not repeat. Every error is collected with its JSON path; the budget is built only when there is none.
/// </summary>
internal sealed partial class PackageReader(string file)
{
    /// <summary>The format name a package may declare in <c>format</c>.</summary>
    public const string FormatName = "jixiao-unit-budget/1";

    /// <summary>The largest amount accepted (10 万亿元): sums of many lines still fit in 分 as 64-bit integers.</summary>
    public const decimal MaxAmount = AmountLimits.MaxYuan;

    private const string Missing = "（缺少）";

    /// <summary>The field names of each object of the format, as the records map them (the JSON schema lists the same).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Fields = new Dictionary<string, string[]>
    {
        ["budget"] = Names(PackageJsonContext.Default.BudgetJson), ["unit"] = Names(PackageJsonContext.Default.UnitJson),
        ["line"] = Names(PackageJsonContext.Default.LineJson), ["project"] = Names(PackageJsonContext.Default.ProjectJson),
        ["threePublic"] = Names(PackageJsonContext.Default.ThreePublicJson), ["procurement"] = Names(PackageJsonContext.Default.ProcurementJson),
        ["asset"] = Names(PackageJsonContext.Default.AssetJson), ["targets"] = Names(PackageJsonContext.Default.TargetsJson),
        ["department"] = Names(PackageJsonContext.Default.DepartmentJson), ["funds"] = Names(PackageJsonContext.Default.FundsJson),
        ["fund"] = Names(PackageJsonContext.Default.FundJson), ["text"] = Names(PackageJsonContext.Default.TextJson),
        ["indicator"] = Names(PackageJsonContext.Default.IndicatorJson), ["planPoint"] = Names(PackageJsonContext.Default.PlanPointJson),
        ["signOff"] = Names(PackageJsonContext.Default.SignOffJson), ["execution"] = Names(PackageJsonContext.Default.ExecutionJson),
        ["flow"] = Names(PackageJsonContext.Default.FlowJson), ["reading"] = Names(PackageJsonContext.Default.ReadingJson),
        ["evaluation"] = Names(PackageJsonContext.Default.EvaluationJson), ["judged"] = Names(PackageJsonContext.Default.JudgedJson),
        ["indicatorEntry"] = Names(PackageJsonContext.Default.IndicatorEntryJson), ["evaluator"] = Names(PackageJsonContext.Default.EvaluatorJson),
        ["publishedEvaluation"] = Names(PackageJsonContext.Default.PublishedEvaluationJson),
        ["evaluationFunds"] = Names(PackageJsonContext.Default.EvaluationFundsJson), ["printedAmount"] = Names(PackageJsonContext.Default.PrintedAmountJson),
        ["indicatorResult"] = Names(PackageJsonContext.Default.IndicatorResultJson), ["scoredItem"] = Names(PackageJsonContext.Default.ScoredItemJson),
        ["sectionScore"] = Names(PackageJsonContext.Default.SectionScoreJson), ["statedScore"] = Names(PackageJsonContext.Default.StatedScoreJson),
    };

    private static string[] Names<T>(JsonTypeInfo<T> info) => info.Properties.Select(p => p.Name).ToArray();

    private readonly List<PackageError> _errors = [];

    /// <summary>The paths of the values the schema refused (left out of the records, so absent there).</summary>
    private HashSet<string> _refused = [];

    public IReadOnlyList<PackageError> Errors => _errors;

    /// <summary>
    /// The budget of a parsed package, or null with <see cref="Errors"/> saying why. <paramref name="validated"/>: a
    /// package Jixiao wrote and validated when it was stored (a revision in the database, checked by its hash) skips the
    /// schema, which costs three times the rest of the reading; the records and the domain's checks still apply.
    /// </summary>
    public UnitBudget? Read(JsonElement root, bool validated = false)
    {
        if (!validated)
        {
            Repeated(root, []);
            _errors.AddRange(PackageSchema.Validate(root, file));
        }
        _refused = _errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        BudgetJson? dto;
        try
        {
            // Where the schema found an error the value is left out, so that the records map what is left and the
            // checks below add their errors to the schema's (a package's errors are said all at once).
            dto = _errors.Count == 0
                ? root.Deserialize(PackageJsonContext.Default.BudgetJson)
                : Without(root, _refused, "$")?.Deserialize(PackageJsonContext.Default.BudgetJson);
        }
        catch (JsonException e)
        {
            // The schema let through what the records cannot hold: still an error of the package, in Chinese.
            if (_errors.Count == 0) Error(e.Path ?? "$", "符合数据包格式（docs/schema/unit-budget.schema.json）的值", "无法读入");
            return null;
        }
        return dto is null ? null : Budget(dto, "$", inherited: null, depth: 0);
    }

    private void Error(string path, string expected, string found) => _errors.Add(new PackageError(file, path, expected, found));

    /// <summary>
    /// Repeated fields, which JSON allows and the format does not (the schema cannot see them). The path is kept as a
    /// stack of steps and spelled only for an error: a package has a million values and almost never a repeated field.
    /// </summary>
    private void Repeated(JsonElement e, List<(string? Name, int Index)> steps)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            HashSet<string>? seen = null;
            foreach (var p in e.EnumerateObject())
            {
                steps.Add((p.Name, 0));
                if (!(seen ??= new(StringComparer.Ordinal)).Add(p.Name)) Error(Spell(steps), "每个字段只出现一次", "重复的字段");
                else Repeated(p.Value, steps);
                steps.RemoveAt(steps.Count - 1);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var x in e.EnumerateArray())
            {
                steps.Add((null, i++));
                Repeated(x, steps);
                steps.RemoveAt(steps.Count - 1);
            }
        }
    }

    private static string Spell(List<(string? Name, int Index)> steps)
    {
        string path = "$";
        foreach (var (name, index) in steps) path = name is null ? Index(path, index) : Child(path, name);
        return path;
    }

    /// <summary>A copy of the package without the values at <paramref name="bad"/> (array items become null).</summary>
    private static System.Text.Json.Nodes.JsonNode? Without(JsonElement e, HashSet<string> bad, string path)
    {
        if (bad.Contains(path)) return null;
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var o = new System.Text.Json.Nodes.JsonObject();
                foreach (var p in e.EnumerateObject())
                {
                    string at = Child(path, p.Name);
                    if (bad.Contains(at) || o.ContainsKey(p.Name)) continue;
                    o[p.Name] = Without(p.Value, bad, at);
                }
                return o;
            case JsonValueKind.Array:
                var a = new System.Text.Json.Nodes.JsonArray();
                int i = 0;
                foreach (var x in e.EnumerateArray()) a.Add(Without(x, bad, Index(path, i++)));
                return a;
            default:
                return System.Text.Json.Nodes.JsonValue.Create(e);
        }
    }

    internal static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    internal static string Index(string path, int i) => $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]";

    private static string Short(string s) => PackageSchema.Short(s);

    private static string Quote(string s) => Short(JsonSerializer.Serialize(s, PackageJsonContext.Writing.String));

    // ---- values the schema lets through and the domain judges ----

    /// <summary>A number of the package in <see cref="decimal"/>: within 10 万亿元 and with at most <paramref name="decimals"/> decimals.</summary>
    private decimal? Decimal(JsonDecimal? value, string path, int decimals, string expected)
    {
        if (value is not { } v) return null;
        decimal x;
        if (v.IsString)
        {
            if (!IsPlainDecimal(v.Text) || !decimal.TryParse(v.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out x))
            {
                Error(path, expected, v.Found);
                return null;
            }
        }
        else if (!decimal.TryParse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out x))
        {
            // 1e300 is a number, only too large: say so rather than blame its decimals.
            bool finite = double.TryParse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl) && double.IsFinite(dbl);
            Error(path, finite ? TooLarge : expected, v.Found);
            return null;
        }
        if (Math.Abs(x) > MaxAmount)
        {
            Error(path, TooLarge, v.Found);
            return null;
        }
        decimal scale = Pow10(decimals);
        if (x * scale != decimal.Truncate(x * scale))
        {
            Error(path, expected, v.Found);
            return null;
        }
        return x;
    }

    private static readonly string TooLarge = $"不超过 {MaxAmount.ToString("N0", CultureInfo.InvariantCulture)} 元（10 万亿元）的金额";

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++) p *= 10m;
        return p;
    }

    /// <summary>An optional minus, digits, and optionally a point with digits (no exponent, no grouping).</summary>
    private static bool IsPlainDecimal(string s)
    {
        int i = s.Length > 0 && s[0] == '-' ? 1 : 0;
        int digits = 0, point = -1;
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i])) digits++;
            else if (s[i] == '.' && point < 0 && digits > 0) point = i;
            else return false;
        }
        return digits > 0 && point != s.Length - 1 && s.Length <= 30;
    }

    /// <summary>A name of an enumeration; the schema has refused any other, so an unknown one is left to it.</summary>
    private T? Enum<T>(string? name, string path, NameMap<T> names, string what) where T : struct, System.Enum
    {
        if (name is null) return null;
        if (names.TryParse(name, out var v)) return v;
        Error(path, $"{what}（{string.Join("、", names.Names.Take(12))}{(names.Names.Count > 12 ? "…" : "")}）", Quote(name));
        return null;
    }

    private static List<T>? Each<TJson, T>(List<TJson?>? items, string path, Func<TJson, string, T?> map, out bool allRead)
        where TJson : class where T : class
    {
        allRead = true;
        if (items is null) return [];
        var list = new List<T>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var v = items[i] is { } x ? map(x, Index(path, i)) : null;
            if (v is null) allRead = false;
            else list.Add(v);
        }
        return list;
    }

    private List<T>? All<TJson, T>(List<TJson?>? items, string path, Func<TJson, string, T?> map) where TJson : class where T : class
    {
        var list = Each(items, path, map, out bool ok);
        return ok ? list : null;
    }

    /// <summary>A reference-type holder, so that value tuples can go through <see cref="All{TJson,T}"/>.</summary>
    private sealed record Box<T>(T Value);

    // ---- the format ----

    private UnitBudget? Budget(BudgetJson b, string path, BudgetUnit? inherited, int depth)
    {
        int before = _errors.Count;
        var unit = b.Unit is { } u ? Unit(u, Child(path, "unit")) : inherited;
        var lines = All(b.Lines, Child(path, "lines"), Line);
        UniqueIds(b.Lines, Child(path, "lines"));
        // The year bounds the dates of the projects' execution data; read before them.
        _year = b.FiscalYear;
        var projects = All(b.Projects, Child(path, "projects"), Project);
        var threePublic = All(b.ThreePublic, Child(path, "threePublic"), ThreePublic);
        var procurement = All(b.Procurement, Child(path, "procurement"), Procurement);
        var assets = All(b.Assets, Child(path, "assets"), Asset);
        var subUnits = All(b.SubUnits, Child(path, "subUnits"), Unit);

        UnitBudget? prior = null;
        if (b.PriorYear is { } p)
        {
            string at = Child(path, "priorYear");
            if (depth >= 3) Error(at, "至多三层上年预算", "对象 {…}");
            else
            {
                prior = Budget(p, at, unit, depth + 1);
                if (p.FiscalYear is { } py && b.FiscalYear is { } y && py >= y)
                    Error(Child(at, "fiscalYear"), $"早于 {y} 的年度", py.ToString(CultureInfo.InvariantCulture));
            }
        }
        _year = b.FiscalYear;

        if (b.Projects is { } all)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < all.Count; i++)
                if (all[i]?.Code is { } code && !seen.Add(code))
                    Error(Child(Index(Child(path, "projects"), i), "code"), "不重复的项目编码", $"\"{Short(code)}\"（与前面的项目重复）");
        }

        if (_errors.Count > before || unit is null || b.FiscalYear is not { } year || lines is null || projects is null || threePublic is null
            || procurement is null || assets is null || subUnits is null)
            return null;
        return new UnitBudget(unit, new FiscalYear(year), lines)
        {
            Projects = projects,
            ThreePublic = threePublic,
            Procurement = procurement,
            Assets = assets,
            SubUnits = subUnits,
            PriorYear = prior,
        };
    }

    private BudgetUnit? Unit(UnitJson u, string path)
    {
        var nature = Enum(u.Nature, Child(path, "nature"), PackageNames.Natures, "单位性质");
        if (u.Code is null || u.Name is null || nature is null) return null;
        return new BudgetUnit(u.Code, u.Name, nature.Value)
        {
            ParentCode = u.ParentCode,
            Rank = u.Rank,
            FundingForm = u.FundingForm,
            AuthorizedStaff = u.AuthorizedStaff,
            ActualStaff = u.ActualStaff,
        };
    }

    /// <summary>A line's <c>id</c> names one line: a second line with it would make an edit or a finding ambiguous.</summary>
    private void UniqueIds(List<LineJson?>? lines, string path)
    {
        if (lines is null) return;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i]?.Id is not { } id) continue;
            if (!first.TryAdd(id, i))
                Error(Child(Index(path, i), "id"), $"不与其他预算行重复的行标识（{Index(path, first[id])} 已用）", Quote(id));
        }
    }

    private BudgetLine? Line(LineJson l, string path)
    {
        int before = _errors.Count;
        FunctionalCode? functional = null;
        if (l.Functional is { } f)
        {
            if (FunctionalCode.TryParse(f, out var fc) && f == f.Trim()) functional = fc;
            else Error(Child(path, "functional"), "支出功能分类科目编码（以 2 开头的 3、5 或 7 位数字，如 “2101501”）", Quote(f));
        }
        EconomicCode? economic = null;
        if (l.Economic is { } e)
        {
            if (EconomicCode.TryParse(e, out var ec) && e == e.Trim()) economic = ec;
            else Error(Child(path, "economic"), "部门预算支出经济分类科目编码（3 或 5 位数字，如 “30101”）或 null", Quote(e));
        }
        var kind = Enum(l.Kind, Child(path, "kind"), PackageNames.Kinds, "支出类型");
        var source = Enum(l.Source, Child(path, "source"), PackageNames.Sources, "资金来源");
        var amount = Decimal(l.Amount, Child(path, "amount"), 2, "以元为单位、至多两位小数的金额（数字或文字，如 1004500.00 或 “1004500.00”）");
        if (amount is < 0m)
        {
            Error(Child(path, "amount"), "不为负的金额（以元为单位，至多两位小数）", l.Amount!.Value.Found);
            amount = null;
        }
        if (_errors.Count > before || functional is null || kind is null || source is null || amount is null) return null;
        return new BudgetLine(functional.Value, economic, kind.Value, source.Value, new Yuan(amount.Value))
        {
            Id = l.Id,
            CarryOver = l.CarryOver ?? false,
            ProjectCode = l.Project,
            UnitCode = l.Unit,
        };
    }

    private Project? Project(ProjectJson p, string path)
    {
        int before = _errors.Count;
        var targets = p.Targets is { } t ? Targets(t, Child(path, "targets")) : null;
        var execution = p.Execution is { } x ? Execution(x, Child(path, "execution")) : null;
        var evaluation = p.Evaluation is { } ev ? Evaluation(ev, Child(path, "evaluation")) : null;
        var published = p.PublishedEvaluation is { } pe ? Published(pe, Child(path, "publishedEvaluation"), p.Name ?? "") : null;
        if (_errors.Count > before || p.Code is null || p.Name is null) return null;
        return new Project(p.Code, p.Name) { Purpose = p.Purpose, Targets = targets, Execution = execution, Evaluation = evaluation, PublishedEvaluation = published };
    }

    // ---- performance targets (docs/package-format.md “绩效目标”) ----

    private TargetDeclaration? Targets(TargetsJson t, string path)
    {
        int before = _errors.Count;
        var nature = Enum(t.Nature, Child(path, "nature"), PackageNames.ProjectNatures, "项目属性");
        var implementation = Funds(t.ImplementationFunds, Child(path, "implementationFunds"));
        var annual = Funds(t.AnnualFunds, Child(path, "annualFunds"));
        var texts = All(t.Texts, Child(path, "texts"), Text);
        var indicators1 = All(t.ImplementationIndicators, Child(path, "implementationIndicators"), Indicator);
        var indicators2 = All(t.AnnualIndicators, Child(path, "annualIndicators"), Indicator);
        var points = All(t.SpendingPlan, Child(path, "spendingPlan"), PlanPoint);
        if (_errors.Count > before || implementation is null || annual is null || texts is null || indicators1 is null || indicators2 is null || points is null)
            return null;
        return new TargetDeclaration
        {
            Department = t.Department is { Name: { } name } d ? (d.Code, name) : null,
            ImplementingUnit = t.ImplementingUnit,
            Nature = nature,
            PeriodYears = t.PeriodYears,
            ImplementationFunds = implementation,
            AnnualFunds = annual,
            Texts = texts.Select(x => x.Value).ToArray(),
            ImplementationGoal = t.ImplementationGoal,
            AnnualGoal = t.AnnualGoal,
            ImplementationIndicators = indicators1,
            AnnualIndicators = indicators2,
            SpendingPlan = t.SpendingPlan is null ? null : new SpendingPlan(points.Select(p => p.Value).ToArray()),
            SignOff = SignOffOf(t.SignOff),
        };
    }

    private static SignOff? SignOffOf(SignOffJson? s) => s is null ? null : new SignOff(s.Head, s.Handler, s.Phone, s.Date);

    /// <summary>实施期 or 年度 money; absent is <see cref="DeclaredFunds.Empty"/>. Null when in error.</summary>
    private DeclaredFunds? Funds(FundsJson? f, string path)
    {
        if (f is null) return DeclaredFunds.Empty;
        int before = _errors.Count;
        var total = Decimal(f.Total, Child(path, "total"), 2, "资金总额：以元为单位、至多两位小数的金额（本单位数据中省略，年度资金总额即项目的预算行合计）");
        var sources = All(f.Sources, Child(path, "sources"), Fund);
        if (_errors.Count > before || sources is null) return null;
        return new DeclaredFunds(total is { } t ? new Yuan(t) : null, sources.Select(s => s.Value).ToArray());
    }

    private Box<(FundSource, Yuan)>? Fund(FundJson f, string path)
    {
        int before = _errors.Count;
        var source = Enum(f.Source, Child(path, "source"), PackageNames.FundSources, "资金来源");
        var amount = Decimal(f.Amount, Child(path, "amount"), 2, AmountExpected);
        if (_errors.Count > before || source is null || amount is null) return null;
        return new Box<(FundSource, Yuan)>((source.Value, new Yuan(amount.Value)));
    }

    private static Box<(string, string)>? Text(TextJson t, string path) =>
        t.Heading is null ? null : new Box<(string, string)>((t.Heading, t.Text ?? ""));

    private Indicator? Indicator(IndicatorJson i, string path)
    {
        int before = _errors.Count;
        var level1 = Enum(i.Level1, Child(path, "level1"), PackageNames.Level1Indicators, "一级指标");
        var level2 = Enum(i.Level2, Child(path, "level2"), PackageNames.Level2Indicators, "二级指标");
        if (level1 is { } l1 && level2 is { } l2 && IndicatorFramework.Parent(l2) != l1)
            Error(Child(path, "level1"), $"“{IndicatorFramework.Name(l2)}”所属的一级指标“{IndicatorFramework.Name(IndicatorFramework.Parent(l2))}”", Quote(i.Level1!));
        if (_errors.Count > before || level2 is null) return null;
        // Any text is kept, blank too: a value the target-value language cannot read, or none, is a finding of the
        // checks (TGT-VALUE-01), not a broken file — a published form may print a row without its value.
        return new Indicator(level2.Value, i.Name ?? "", TargetValue.Parse(i.Target ?? "")) { Description = i.Description, Basis = i.Basis };
    }

    private Box<SpendingPlanPoint>? PlanPoint(PlanPointJson p, string path)
    {
        int before = _errors.Count;
        var percent = Decimal(p.Percent, Child(path, "percent"), 4, "累计支出比例（百分数的数值，如 25 表示 25%）");
        if (percent is < 0m or > 1000m) Error(Child(path, "percent"), "0–1000 之间的百分数", p.Percent!.Value.Found);
        if (_errors.Count > before || p.Label is null || p.Month is null || percent is null) return null;
        return new Box<SpendingPlanPoint>(new SpendingPlanPoint(p.Label, p.Month.Value, percent.Value));
    }

    private ThreePublicItem? ThreePublic(ThreePublicJson t, string path)
    {
        int before = _errors.Count;
        var kind = Enum(t.Kind, Child(path, "kind"), PackageNames.ThreePublicKinds, "“三公”经费项目");
        var source = Enum(t.Source, Child(path, "source"), PackageNames.Sources, "资金来源");
        var amount = Decimal(t.Amount, Child(path, "amount"), 2, AmountExpected);
        if (_errors.Count > before || kind is null || source is null || amount is null) return null;
        return new ThreePublicItem(kind.Value, source.Value, new Yuan(amount.Value));
    }

    private ProcurementItem? Procurement(ProcurementJson p, string path)
    {
        int before = _errors.Count;
        var category = Enum(p.Category, Child(path, "category"), PackageNames.ProcurementCategories, "采购类别");
        var source = Enum(p.Source, Child(path, "source"), PackageNames.Sources, "资金来源");
        var amount = Decimal(p.Amount, Child(path, "amount"), 2, AmountExpected);
        var quantity = Decimal(p.Quantity, Child(path, "quantity"), 6, "数量（数字）");
        if (_errors.Count > before || category is null || p.Name is null || source is null || amount is null) return null;
        return new ProcurementItem(category.Value, p.Name, source.Value, new Yuan(amount.Value)) { ProjectCode = p.Project, Quantity = quantity, MeasureUnit = p.MeasureUnit };
    }

    private AssetItem? Asset(AssetJson a, string path)
    {
        int before = _errors.Count;
        var kind = Enum(a.Kind, Child(path, "kind"), PackageNames.AssetKinds, "资产类别");
        var quantity = Decimal(a.Quantity, Child(path, "quantity"), 6, "数量（数字）");
        var value = Decimal(a.Value, Child(path, "value"), 2, "以元为单位、至多两位小数的价值");
        if (_errors.Count > before || kind is null || value is null) return null;
        return new AssetItem(kind.Value, quantity, new Yuan(value.Value));
    }
}
