using System.Globalization;
using System.Text.Json;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Documents.Package;

/// <summary>
/// Reads the data package format (docs/package-format.md) from a parsed <see cref="JsonDocument"/>: walks the whole
/// document, collects every error with its JSON path, and builds the <see cref="UnitBudget"/> only when there is none.
/// </summary>
internal sealed partial class PackageReader(string file)
{
    private const int MaxFound = 40;

    private static readonly string[] BudgetFields =
        ["$schema", "format", "unit", "fiscalYear", "lines", "projects", "threePublic", "procurement", "assets", "subUnits", "priorYear"];
    private static readonly string[] UnitFields = ["code", "name", "nature", "parentCode", "rank", "fundingForm", "authorizedStaff", "actualStaff"];
    private static readonly string[] LineFields = ["functional", "economic", "kind", "source", "amount", "carryOver", "project", "unit"];
    private static readonly string[] ProjectFields = ["code", "name", "purpose", "targets", "execution", "evaluation", "publishedEvaluation"];
    private static readonly string[] TargetsFields =
    [
        "department", "implementingUnit", "nature", "periodYears", "implementationFunds", "annualFunds", "texts",
        "implementationGoal", "annualGoal", "implementationIndicators", "annualIndicators", "spendingPlan", "signOff",
    ];
    private static readonly string[] DepartmentFields = ["code", "name"];
    private static readonly string[] FundsFields = ["total", "sources"];
    private static readonly string[] FundFields = ["source", "amount"];
    private static readonly string[] TextFields = ["heading", "text"];
    private static readonly string[] IndicatorFields = ["level1", "level2", "name", "target", "description", "basis"];
    private static readonly string[] PlanPointFields = ["label", "month", "percent"];
    private static readonly string[] SignOffFields = ["head", "handler", "phone", "date"];
    private static readonly string[] ThreePublicFields = ["kind", "source", "amount"];
    private static readonly string[] ProcurementFields = ["category", "name", "source", "amount", "project", "quantity", "measureUnit"];
    private static readonly string[] AssetFields = ["kind", "quantity", "value"];
    // docs/package-format.md “执行情况” and “绩效自评” (kept here: the table of fields below is built from these)
    private static readonly string[] ExecutionFields = ["adjustedBudget", "flows", "readings", "explanation"];
    private static readonly string[] FlowFields = ["period", "source", "released", "spent"];
    private static readonly string[] ReadingFields = ["date", "level2", "indicator", "actual", "note"];
    private static readonly string[] EvaluationFields = ["template", "judged", "indicators", "texts", "evaluators", "signOff"];
    private static readonly string[] JudgedFields = ["item", "score", "band"];
    private static readonly string[] IndicatorEntryFields = ["name", "level2", "points", "score", "band", "deviation"];
    private static readonly string[] EvaluatorFields = ["name", "title", "office", "phone"];
    private static readonly string[] PublishedFields =
    [
        "projectName", "title", "year", "department", "budgetUnit", "nature", "period", "funds", "texts", "indicators", "scores",
        "sections", "total", "grade", "evaluators", "signOff", "template",
    ];
    private static readonly string[] EvaluationFundsFields = ["initialBudget", "budgeted", "released", "spent"];
    private static readonly string[] PrintedAmountFields = ["source", "amount"];
    private static readonly string[] IndicatorResultFields = ["level2", "name", "target", "actual", "progress", "points", "score", "deviation"];
    private static readonly string[] ScoredItemFields = ["section", "group", "name", "points", "score"];
    private static readonly string[] SectionScoreFields = ["section", "points", "score"];
    private static readonly string[] StatedScoreFields = ["points", "score"];

    /// <summary>The field names of each object of the format (the JSON schema lists the same).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Fields = new Dictionary<string, string[]>
    {
        ["budget"] = BudgetFields, ["unit"] = UnitFields, ["line"] = LineFields, ["project"] = ProjectFields,
        ["threePublic"] = ThreePublicFields, ["procurement"] = ProcurementFields, ["asset"] = AssetFields,
        ["targets"] = TargetsFields, ["department"] = DepartmentFields, ["funds"] = FundsFields, ["fund"] = FundFields,
        ["text"] = TextFields, ["indicator"] = IndicatorFields, ["planPoint"] = PlanPointFields, ["signOff"] = SignOffFields,
        ["execution"] = ExecutionFields, ["flow"] = FlowFields, ["reading"] = ReadingFields,
        ["evaluation"] = EvaluationFields, ["judged"] = JudgedFields, ["indicatorEntry"] = IndicatorEntryFields, ["evaluator"] = EvaluatorFields,
        ["publishedEvaluation"] = PublishedFields, ["evaluationFunds"] = EvaluationFundsFields, ["printedAmount"] = PrintedAmountFields,
        ["indicatorResult"] = IndicatorResultFields, ["scoredItem"] = ScoredItemFields, ["sectionScore"] = SectionScoreFields,
        ["statedScore"] = StatedScoreFields,
    };

    /// <summary>The format name a package may declare in <c>format</c>.</summary>
    public const string FormatName = "jixiao-unit-budget/1";

    private readonly List<PackageError> _errors = [];

    public IReadOnlyList<PackageError> Errors => _errors;

    public UnitBudget? Read(JsonElement root) => Budget(root, "$", inherited: null, depth: 0);

    private void Error(string path, string expected, string found) => _errors.Add(new PackageError(file, path, expected, found));

    private void Error(string path, string expected, JsonElement found) => Error(path, expected, Found(found));

    /// <summary>The JSON text of a value as found, shortened.</summary>
    private static string Found(JsonElement e)
    {
        string text = e.ValueKind switch
        {
            JsonValueKind.Object => "对象 {…}",
            JsonValueKind.Array => $"数组（{e.GetArrayLength()} 项）",
            _ => e.GetRawText(),
        };
        return text.Length <= MaxFound ? text : text[..MaxFound] + "…";
    }

    private const string Missing = "（缺少）";

    // ---- objects ----

    private Dictionary<string, JsonElement>? Object(JsonElement e, string path, string[] known, string what)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"{what}（JSON 对象）", e);
            return null;
        }
        var props = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            string at = Child(path, p.Name);
            if (Array.IndexOf(known, p.Name) < 0)
            {
                Error(at, $"{what}的字段之一（{string.Join("、", known)}）", $"未知字段“{Short(p.Name)}”");
                continue;
            }
            if (!props.TryAdd(p.Name, p.Value)) Error(at, "每个字段只出现一次", "重复的字段");
        }
        return props;
    }

    private static string Child(string path, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && name.Length > 0 ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Index(string path, int i) => $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]";

    private static string Short(string s) => s.Length <= MaxFound ? s : s[..MaxFound] + "…";

    private List<T>? Items<T>(Dictionary<string, JsonElement> props, string name, string path, Func<JsonElement, string, T?> item, bool required = false)
        where T : class
    {
        string at = Child(path, name);
        if (!props.TryGetValue(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(at, "数组", Missing);
            return required ? null : [];
        }
        if (e.ValueKind != JsonValueKind.Array)
        {
            Error(at, "数组", e);
            return null;
        }
        var (read, ok) = ReadEach(e, at, item);
        return ok ? read.Select(r => r.Item).ToList() : null;
    }

    /// <summary>
    /// The items of an array that read, each with its index, and whether all did: checks across items (overlapping
    /// periods, repeated readings) run on those that read, so that one bad item does not hide another error.
    /// </summary>
    private (List<(int Index, T Item)> Read, bool AllRead) ReadEach<T>(JsonElement array, string at, Func<JsonElement, string, T?> item)
        where T : class
    {
        var list = new List<(int, T)>(array.GetArrayLength());
        int i = 0;
        bool ok = true;
        foreach (var x in array.EnumerateArray())
        {
            var v = item(x, Index(at, i));
            if (v is null) ok = false;
            else list.Add((i, v));
            i++;
        }
        return (list, ok);
    }

    /// <summary>Like <see cref="Items{T}"/>, but keeping the items that read, with their indices, when others did not.</summary>
    private (List<(int Index, T Item)> Read, bool AllRead)? ItemsRead<T>(Dictionary<string, JsonElement> props, string name, string path, Func<JsonElement, string, T?> item)
        where T : class
    {
        string at = Child(path, name);
        if (!props.TryGetValue(name, out var e) || e.ValueKind == JsonValueKind.Null) return ([], true);
        if (e.ValueKind != JsonValueKind.Array)
        {
            Error(at, "数组", e);
            return null;
        }
        return ReadEach(e, at, item);
    }

    // ---- values ----

    private string? String(Dictionary<string, JsonElement> props, string name, string path, bool required, string expected = "文字",
        Func<string, bool>? valid = null)
    {
        string at = Child(path, name);
        if (!props.TryGetValue(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(at, expected, Missing);
            return null;
        }
        if (e.ValueKind != JsonValueKind.String)
        {
            Error(at, expected, e);
            return null;
        }
        var s = e.GetString()!;
        if ((required && s.Trim().Length == 0) || (valid is not null && !valid(s)))
        {
            Error(at, expected, e);
            return null;
        }
        return s;
    }

    private bool? Bool(Dictionary<string, JsonElement> props, string name, string path)
    {
        if (!props.TryGetValue(name, out var e) || e.ValueKind == JsonValueKind.Null) return false;
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean();
        Error(Child(path, name), "true 或 false", e);
        return null;
    }

    private int? Int(Dictionary<string, JsonElement> props, string name, string path, bool required, int min, int max, string expected)
    {
        string at = Child(path, name);
        if (!props.TryGetValue(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(at, expected, Missing);
            return null;
        }
        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v) && v >= min && v <= max) return v;
        Error(at, expected, e);
        return null;
    }

    private decimal? Decimal(Dictionary<string, JsonElement> props, string name, string path, bool required, int decimals, string expected)
    {
        string at = Child(path, name);
        if (!props.TryGetValue(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(at, expected, Missing);
            return null;
        }
        decimal v;
        if (e.ValueKind == JsonValueKind.Number)
        {
            if (!e.TryGetDecimal(out v))
            {
                // 1e300 is a number, only too large: say so rather than blame its decimals.
                Error(at, e.TryGetDouble(out _) ? $"不超过 {MaxAmount.ToString("N0", CultureInfo.InvariantCulture)} 元（10 万亿元）的金额" : expected, e);
                return null;
            }
        }
        else if (e.ValueKind == JsonValueKind.String)
        {
            var s = e.GetString()!;
            if (!IsPlainDecimal(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v))
            {
                Error(at, expected, e);
                return null;
            }
        }
        else
        {
            Error(at, expected, e);
            return null;
        }
        if (Math.Abs(v) > MaxAmount)
        {
            Error(at, $"不超过 {MaxAmount.ToString("N0", CultureInfo.InvariantCulture)} 元（10 万亿元）的金额", e);
            return null;
        }
        if (v * Pow10(decimals) != decimal.Truncate(v * Pow10(decimals)))
        {
            Error(at, expected, e);
            return null;
        }
        return v;
    }

    /// <summary>The largest amount accepted (10 万亿元): sums of many lines still fit in 分 as 64-bit integers.</summary>
    public const decimal MaxAmount = AmountLimits.MaxYuan;

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

    private T? Enum<T>(Dictionary<string, JsonElement> props, string name, string path, NameMap<T> names, string what, bool required = true)
        where T : struct, System.Enum
    {
        // offered in Chinese, as the writer writes them (the other names and the English enum names are accepted too)
        string expected = $"{what}（{string.Join("、", names.Names.Take(12))}{(names.Names.Count > 12 ? "…" : "")}）";
        var s = String(props, name, path, required, expected);
        if (s is null) return null;
        if (names.TryParse(s, out var v)) return v;
        Error(Child(path, name), expected, props[name]);
        return null;
    }

    // ---- the format ----

    private UnitBudget? Budget(JsonElement e, string path, BudgetUnit? inherited, int depth)
    {
        var props = Object(e, path, BudgetFields, path == "$" ? "数据包" : "上年预算");
        if (props is null) return null;
        int before = _errors.Count;
        if (props.TryGetValue("format", out var format) && (format.ValueKind != JsonValueKind.String || format.GetString() != FormatName))
            Error(Child(path, "format"), $"“{FormatName}”", format);
        if (props.TryGetValue("$schema", out var schema) && schema.ValueKind != JsonValueKind.String)
            Error(Child(path, "$schema"), "文字（JSON Schema 地址）", schema);

        BudgetUnit? unit = inherited;
        if (props.TryGetValue("unit", out var u) || inherited is null)
            unit = u.ValueKind == JsonValueKind.Undefined ? Required(Child(path, "unit"), "预算单位") : Unit(u, Child(path, "unit"));
        var year = Int(props, "fiscalYear", path, true, FiscalYear.MinValue, FiscalYear.MaxValue, $"预算年度（{FiscalYear.MinValue}–{FiscalYear.MaxValue} 的整数）");
        var lines = Items(props, "lines", path, Line, required: true);
        // The year bounds the dates of the projects' execution data; read before them.
        _year = year;
        var projects = Items(props, "projects", path, Project);
        var threePublic = Items(props, "threePublic", path, ThreePublic);
        var procurement = Items(props, "procurement", path, Procurement);
        var assets = Items(props, "assets", path, Asset);
        var subUnits = Items(props, "subUnits", path, Unit);

        UnitBudget? prior = null;
        if (props.TryGetValue("priorYear", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            string at = Child(path, "priorYear");
            if (depth >= 3) Error(at, "至多三层上年预算", Found(p));
            else
            {
                prior = Budget(p, at, unit, depth + 1);
                if (prior is not null && year is not null && prior.Year.Value >= year.Value)
                    Error(Child(at, "fiscalYear"), $"早于 {year.Value} 的年度", prior.Year.Value.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (projects is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < projects.Count; i++)
                if (!seen.Add(projects[i].Code))
                    Error(Child(Index(Child(path, "projects"), i), "code"), "不重复的项目编码", $"\"{Short(projects[i].Code)}\"（与前面的项目重复）");
        }

        if (_errors.Count > before || unit is null || year is null || lines is null || projects is null || threePublic is null
            || procurement is null || assets is null || subUnits is null)
            return null;
        return new UnitBudget(unit, new FiscalYear(year.Value), lines)
        {
            Projects = projects,
            ThreePublic = threePublic,
            Procurement = procurement,
            Assets = assets,
            SubUnits = subUnits,
            PriorYear = prior,
        };
    }

    private BudgetUnit? Required(string path, string what)
    {
        Error(path, what, Missing);
        return null;
    }

    private BudgetUnit? Unit(JsonElement e, string path)
    {
        var props = Object(e, path, UnitFields, "预算单位");
        if (props is null) return null;
        int before = _errors.Count;
        var code = String(props, "code", path, true, "单位编码（文字，如 “362001”）");
        var name = String(props, "name", path, true, "单位名称（文字）");
        var nature = Enum(props, "nature", path, PackageNames.Natures, "单位性质");
        var parent = String(props, "parentCode", path, false);
        var rank = String(props, "rank", path, false);
        var form = String(props, "fundingForm", path, false);
        var authorized = Int(props, "authorizedStaff", path, false, 0, 1_000_000, "人数（非负整数）");
        var actual = Int(props, "actualStaff", path, false, 0, 1_000_000, "人数（非负整数）");
        if (_errors.Count > before || code is null || name is null || nature is null) return null;
        return new BudgetUnit(code, name, nature.Value)
        {
            ParentCode = parent,
            Rank = rank,
            FundingForm = form,
            AuthorizedStaff = authorized,
            ActualStaff = actual,
        };
    }

    private BudgetLine? Line(JsonElement e, string path)
    {
        var props = Object(e, path, LineFields, "预算行");
        if (props is null) return null;
        int before = _errors.Count;
        var functional = String(props, "functional", path, true, "支出功能分类科目编码（以 2 开头的 3、5 或 7 位数字，如 “2101501”）",
            s => FunctionalCode.TryParse(s, out _) && s == s.Trim());
        var economic = String(props, "economic", path, false, "部门预算支出经济分类科目编码（3 或 5 位数字，如 “30101”）或 null",
            s => EconomicCode.TryParse(s, out _) && s == s.Trim());
        var kind = Enum(props, "kind", path, PackageNames.Kinds, "支出类型");
        var source = Enum(props, "source", path, PackageNames.Sources, "资金来源");
        var amount = Decimal(props, "amount", path, true, 2, "以元为单位、至多两位小数的金额（数字或文字，如 1004500.00 或 “1004500.00”）");
        if (amount is < 0m)
        {
            Error(Child(path, "amount"), "不为负的金额（以元为单位，至多两位小数）", props["amount"]);
            amount = null;
        }
        var carry = Bool(props, "carryOver", path);
        var project = String(props, "project", path, false, "项目编码（文字）", s => s.Trim().Length > 0);
        var unit = String(props, "unit", path, false, "单位编码（文字）", s => s.Trim().Length > 0);
        if (_errors.Count > before || functional is null || kind is null || source is null || amount is null || carry is null) return null;
        return new BudgetLine(FunctionalCode.Parse(functional), economic is null ? null : EconomicCode.Parse(economic), kind.Value, source.Value, new Yuan(amount.Value))
        {
            CarryOver = carry.Value,
            ProjectCode = project,
            UnitCode = unit,
        };
    }

    private Project? Project(JsonElement e, string path)
    {
        var props = Object(e, path, ProjectFields, "项目");
        if (props is null) return null;
        int before = _errors.Count;
        var code = String(props, "code", path, true, "项目编码（文字）");
        var name = String(props, "name", path, true, "项目名称（文字）");
        var purpose = String(props, "purpose", path, false);
        TargetDeclaration? targets = null;
        if (props.TryGetValue("targets", out var t) && t.ValueKind != JsonValueKind.Null) targets = Targets(t, Child(path, "targets"));
        ProjectExecution? execution = null;
        if (props.TryGetValue("execution", out var x) && x.ValueKind != JsonValueKind.Null) execution = Execution(x, Child(path, "execution"));
        EvaluationInput? evaluation = null;
        if (props.TryGetValue("evaluation", out var ev) && ev.ValueKind != JsonValueKind.Null) evaluation = Evaluation(ev, Child(path, "evaluation"));
        SelfEvaluation? published = null;
        if (props.TryGetValue("publishedEvaluation", out var pe) && pe.ValueKind != JsonValueKind.Null)
            published = Published(pe, Child(path, "publishedEvaluation"), name ?? "");
        if (_errors.Count > before || code is null || name is null) return null;
        return new Project(code, name) { Purpose = purpose, Targets = targets, Execution = execution, Evaluation = evaluation, PublishedEvaluation = published };
    }

    // ---- performance targets (docs/package-format.md “绩效目标”) ----

    /// <summary>A reference-type holder, so that value tuples can go through <see cref="Items{T}"/>.</summary>
    private sealed record Box<T>(T Value);

    private TargetDeclaration? Targets(JsonElement e, string path)
    {
        var props = Object(e, path, TargetsFields, "绩效目标申报");
        if (props is null) return null;
        int before = _errors.Count;
        (string? Code, string Name)? department = null;
        if (props.TryGetValue("department", out var dep) && dep.ValueKind != JsonValueKind.Null)
        {
            string at = Child(path, "department");
            var dp = Object(dep, at, DepartmentFields, "主管部门");
            if (dp is not null)
            {
                var code = String(dp, "code", at, false, "主管部门代码（文字，如 “303”）");
                var name = String(dp, "name", at, true, "主管部门名称（文字）");
                if (name is not null) department = (code, name);
            }
        }
        var unit = String(props, "implementingUnit", path, false, "实施单位（文字）");
        var nature = Enum(props, "nature", path, PackageNames.ProjectNatures, "项目属性", required: false);
        var years = Int(props, "periodYears", path, false, 1, TargetDeclaration.MaxPeriodYears, $"项目期（1–{TargetDeclaration.MaxPeriodYears} 的整数年）");
        var implementation = Funds(props, "implementationFunds", path);
        var annual = Funds(props, "annualFunds", path);
        var texts = Items(props, "texts", path, Text);
        var goal1 = String(props, "implementationGoal", path, false, "实施期总体目标（文字）");
        var goal2 = String(props, "annualGoal", path, false, "年度总体目标（文字）");
        var indicators1 = Items(props, "implementationIndicators", path, Indicator);
        var indicators2 = Items(props, "annualIndicators", path, Indicator);
        SpendingPlan? plan = null;
        if (props.TryGetValue("spendingPlan", out var sp) && sp.ValueKind != JsonValueKind.Null)
        {
            var points = Items(props, "spendingPlan", path, PlanPoint);
            if (points is not null) plan = new SpendingPlan(points.Select(p => p.Value).ToArray());
        }
        var signOff = SignOffOf(props, path);
        if (_errors.Count > before || implementation is null || annual is null || texts is null || indicators1 is null || indicators2 is null) return null;
        return new TargetDeclaration
        {
            Department = department,
            ImplementingUnit = unit,
            Nature = nature,
            PeriodYears = years,
            ImplementationFunds = implementation,
            AnnualFunds = annual,
            Texts = texts.Select(x => x.Value).ToArray(),
            ImplementationGoal = goal1,
            AnnualGoal = goal2,
            ImplementationIndicators = indicators1,
            AnnualIndicators = indicators2,
            SpendingPlan = plan,
            SignOff = signOff,
        };
    }

    /// <summary>负责人, 经办人, 联系电话, 填报日期 as printed; null when absent (or in error).</summary>
    private SignOff? SignOffOf(Dictionary<string, JsonElement> parent, string path)
    {
        if (!parent.TryGetValue("signOff", out var so) || so.ValueKind == JsonValueKind.Null) return null;
        string at = Child(path, "signOff");
        var props = Object(so, at, SignOffFields, "签署");
        if (props is null) return null;
        return new SignOff(String(props, "head", at, false), String(props, "handler", at, false), String(props, "phone", at, false), String(props, "date", at, false));
    }

    /// <summary>实施期 or 年度 money; absent is <see cref="DeclaredFunds.Empty"/>. Null when in error.</summary>
    private DeclaredFunds? Funds(Dictionary<string, JsonElement> parent, string name, string path)
    {
        if (!parent.TryGetValue(name, out var e) || e.ValueKind == JsonValueKind.Null) return DeclaredFunds.Empty;
        string at = Child(path, name);
        var props = Object(e, at, FundsFields, name == "annualFunds" ? "年度资金" : "实施期资金");
        if (props is null) return null;
        int before = _errors.Count;
        var total = Decimal(props, "total", at, false, 2, "资金总额：以元为单位、至多两位小数的金额（本单位数据中省略，年度资金总额即项目的预算行合计）");
        var sources = Items(props, "sources", at, Fund);
        if (_errors.Count > before || sources is null) return null;
        return new DeclaredFunds(total is { } t ? new Yuan(t) : null, sources.Select(s => s.Value).ToArray());
    }

    private Box<(FundSource, Yuan)>? Fund(JsonElement e, string path)
    {
        var props = Object(e, path, FundFields, "资金来源");
        if (props is null) return null;
        int before = _errors.Count;
        var source = Enum(props, "source", path, PackageNames.FundSources, "资金来源");
        var amount = Decimal(props, "amount", path, true, 2, "以元为单位、至多两位小数的金额");
        if (_errors.Count > before || source is null || amount is null) return null;
        return new Box<(FundSource, Yuan)>((source.Value, new Yuan(amount.Value)));
    }

    private Box<(string, string)>? Text(JsonElement e, string path)
    {
        var props = Object(e, path, TextFields, "文字段落");
        if (props is null) return null;
        int before = _errors.Count;
        var heading = String(props, "heading", path, true, "标题（如 “项目概况”）");
        var text = String(props, "text", path, false, "文字") ?? "";
        if (_errors.Count > before || heading is null) return null;
        return new Box<(string, string)>((heading, text));
    }

    private Indicator? Indicator(JsonElement e, string path)
    {
        var props = Object(e, path, IndicatorFields, "绩效指标");
        if (props is null) return null;
        int before = _errors.Count;
        var level1 = Enum(props, "level1", path, PackageNames.Level1Indicators, "一级指标", required: false);
        var level2 = Enum(props, "level2", path, PackageNames.Level2Indicators, "二级指标");
        if (level1 is { } l1 && level2 is { } l2 && IndicatorFramework.Parent(l2) != l1)
            Error(Child(path, "level1"), $"“{IndicatorFramework.Name(l2)}”所属的一级指标“{IndicatorFramework.Name(IndicatorFramework.Parent(l2))}”", props["level1"]);
        // Any text is kept, blank too: a value the target-value language cannot read, or none, is a finding of the
        // checks (TGT-VALUE-01), not a broken file — a published form may print a row without its value.
        var name = String(props, "name", path, false, "三级指标名称（文字）") ?? "";
        var target = String(props, "target", path, false, "指标值（文字，如 “≥95%”、“≤16万元”、“12月底前”）") ?? "";
        var description = String(props, "description", path, false, "绩效指标描述（文字）");
        var basis = String(props, "basis", path, false, "指标值确定依据（文字）");
        if (_errors.Count > before || level2 is null) return null;
        return new Indicator(level2.Value, name, TargetValue.Parse(target)) { Description = description, Basis = basis };
    }

    private Box<SpendingPlanPoint>? PlanPoint(JsonElement e, string path)
    {
        var props = Object(e, path, PlanPointFields, "资金支出计划");
        if (props is null) return null;
        int before = _errors.Count;
        var label = String(props, "label", path, true, "时点（文字，如 “3月底”）");
        var month = Int(props, "month", path, true, 1, 12, "月份（1–12 的整数）");
        var percent = Decimal(props, "percent", path, true, 4, "累计支出比例（百分数的数值，如 25 表示 25%）");
        if (percent is < 0m or > 1000m) Error(Child(path, "percent"), "0–1000 之间的百分数", props["percent"]);
        if (_errors.Count > before || label is null || month is null || percent is null) return null;
        return new Box<SpendingPlanPoint>(new SpendingPlanPoint(label, month.Value, percent.Value));
    }

    private ThreePublicItem? ThreePublic(JsonElement e, string path)
    {
        var props = Object(e, path, ThreePublicFields, "“三公”经费");
        if (props is null) return null;
        int before = _errors.Count;
        var kind = Enum(props, "kind", path, PackageNames.ThreePublicKinds, "“三公”经费项目");
        var source = Enum(props, "source", path, PackageNames.Sources, "资金来源");
        var amount = Decimal(props, "amount", path, true, 2, "以元为单位、至多两位小数的金额");
        if (_errors.Count > before || kind is null || source is null || amount is null) return null;
        return new ThreePublicItem(kind.Value, source.Value, new Yuan(amount.Value));
    }

    private ProcurementItem? Procurement(JsonElement e, string path)
    {
        var props = Object(e, path, ProcurementFields, "政府采购");
        if (props is null) return null;
        int before = _errors.Count;
        var category = Enum(props, "category", path, PackageNames.ProcurementCategories, "采购类别");
        var name = String(props, "name", path, true, "采购品目名称（文字）");
        var source = Enum(props, "source", path, PackageNames.Sources, "资金来源");
        var amount = Decimal(props, "amount", path, true, 2, "以元为单位、至多两位小数的金额");
        var project = String(props, "project", path, false, "项目编码（文字）");
        var quantity = Decimal(props, "quantity", path, false, 6, "数量（数字）");
        var measure = String(props, "measureUnit", path, false);
        if (_errors.Count > before || category is null || name is null || source is null || amount is null) return null;
        return new ProcurementItem(category.Value, name, source.Value, new Yuan(amount.Value)) { ProjectCode = project, Quantity = quantity, MeasureUnit = measure };
    }

    private AssetItem? Asset(JsonElement e, string path)
    {
        var props = Object(e, path, AssetFields, "国有资产");
        if (props is null) return null;
        int before = _errors.Count;
        var kind = Enum(props, "kind", path, PackageNames.AssetKinds, "资产类别");
        var quantity = Decimal(props, "quantity", path, false, 6, "数量（数字）");
        var value = Decimal(props, "value", path, true, 2, "以元为单位、至多两位小数的价值");
        if (_errors.Count > before || kind is null || value is null) return null;
        return new AssetItem(kind.Value, quantity, new Yuan(value.Value));
    }
}
