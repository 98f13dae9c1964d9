using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Text;

namespace Jixiao.Documents.Import;

/// <summary>
/// Rebuilds a unit budget in 元 (万元 × 10 000) from a published disclosure of set H or S as read: the unit and year;
/// budget lines per functional 项 × kind × source from the 一般公共预算支出表, the 支出总表 and the 收入总表; economic
/// codes of 基本支出 spread over the 项 from the 基本支出表 (<see cref="EconomicAllocator"/>); projects placed under the
/// 项 whose 项目支出 they make up (<see cref="ProjectAllocator"/>); the “三公” items. Rendering the result with the
/// same set gives back the published figures wherever the published tables agree with each other. Every inference and
/// every choice between disagreeing tables is a note. Throws <see cref="ImportException"/>, and returns nothing, when
/// the disclosure has no expenditure tables, no year or no unit. Stateless and thread-safe.
/// </summary>
public static class DisclosureImporter
{
    private const string PersonnelFallback = "30199";
    private const string OperatingFallback = "30299";

    /// <summary>
    /// The first printed figure beyond <see cref="AmountLimits.MaxYuan"/> (10 万亿元), said in Chinese: a package holds no
    /// such amount (it would not read back), and 分 of it would overflow the importer's 64-bit sums.
    /// </summary>
    private static string? TooLarge(Disclosure d)
    {
        foreach (var table in d.Tables)
            foreach (var part in table.Parts)
                foreach (var row in part.Rows)
                    for (int i = 0; i < row.Values.Length; i++)
                        if (row.Values[i] is { } f && Math.Abs(f.Value) > (table.Unit == "元" ? AmountLimits.MaxYuan : AmountLimits.MaxWanYuan))
                            return $"{table.Subject}第 {row.Line} 行“{row.Label}”的金额 {(i < row.RawValues.Length ? row.RawValues[i] : null) ?? f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{table.Unit} 超过 10 万亿元，无法导入";
        foreach (var p in d.Projects)
            if (p.Amount is { } f && Math.Abs(f.Value) > (p.Unit == "元" ? AmountLimits.MaxYuan : AmountLimits.MaxWanYuan))
                return $"第 {p.Line} 行项目“{p.Name}”的预算数 {f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{p.Unit} 超过 10 万亿元，无法导入";
        return null;
    }

    public static ImportResult Import(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var d = disclosure;
        var tables = ImportTables.For(d.Set.Id)
            ?? throw new ImportException(d.Source, $"不支持表套“{d.Set.Id}”，只能导入河北（H）、山西（S）两套单位预算公开表");
        var exp = PartRef.Find(d, tables.Expenditure, "main");
        var gen = PartRef.Find(d, tables.General, "main");
        if (!HasRows(exp) && !HasRows(gen) && (d.TargetForms.Count > 0 || d.SelfEvaluations.Count > 0)) return FormsOnly(d);
        if (!HasRows(exp) && !HasRows(gen))
            throw new ImportException(d.Source, "公开文件中没有支出表（支出总表、一般公共预算支出表），无法还原预算");
        if (d.Year is not { } year)
            throw new ImportException(d.Source, "公开文件中没有预算年度，无法还原预算");
        string? code = d.UnitCode?.Trim(), name = d.UnitName?.Trim();
        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(name))
            throw new ImportException(d.Source, "公开文件中没有单位编码和单位名称，无法还原预算");

        if (TooLarge(d) is { } tooLarge) throw new ImportException(d.Source, tooLarge);

        var notes = new List<string>();
        if (string.IsNullOrEmpty(code))
        {
            code = name!;
            notes.Add($"公开文件未印单位编码，以单位名称“{name}”作编码。");
        }
        if (string.IsNullOrEmpty(name)) name = code;
        int unreadable = d.ReadFindings.Count(f => f.RuleId == "RD-CELL-01");
        if (unreadable > 0) notes.Add($"有 {unreadable} 个表格单元格无法识别为数字，按 0 导入（见读取发现 RD-CELL-01）。");
        var catalogs = CatalogSet.AvailableYears.Contains(year.Value) ? CatalogSet.For(year) : null;
        if (catalogs is null) notes.Add($"没有 {year.Value} 年的科目目录，未核对科目编码。");

        var unit = UnitDetails.Read(code, name!, d.Paragraphs, notes);
        var carrySource = CarrySource(d, tables, notes);
        var leaves = FunctionalMoney.Read(d, tables, carrySource, notes);
        if (leaves.Count == 0)
            throw new ImportException(d.Source, "支出表中没有任何金额，无法还原预算");

        var basic = BasicLines(d, tables, leaves, notes);
        long precision = (exp ?? gen)!.Table.Unit == "元" ? 1 : Cents.PerWanYuan / 100;
        var projects = ProjectList.Read(d, tables, precision, notes);
        var projectLines = ProjectLines(leaves, projects, notes);

        var lines = new List<BudgetLine>();
        foreach (var leaf in leaves)
        {
            var functional = FunctionalCode.Parse(leaf.Code);
            foreach (var l in basic.Where(b => b.Functional == leaf.Code).OrderBy(b => b.Kind).ThenBy(b => b.Economic, StringComparer.Ordinal))
                lines.Add(new BudgetLine(functional, EconomicCode.Parse(l.Economic), l.Kind, FundingSource.GeneralPublic, Cents.ToYuan(l.Cents)));
            foreach (var p in leaf.Others.Where(p => p.Nature == MoneyNature.Basic))
                lines.Add(new BudgetLine(functional, EconomicCode.Parse(OperatingFallback), ExpenseKind.Operating, p.Source, Cents.ToYuan(p.Cents)) { CarryOver = p.CarryOver });
            lines.AddRange(projectLines.Where(l => l.Functional.Value == leaf.Code));
            foreach (var p in leaf.Others.Where(p => p.Nature is not (MoneyNature.Basic or MoneyNature.Project)))
                lines.Add(new BudgetLine(functional, null, KindOf(p.Nature), p.Source, Cents.ToYuan(p.Cents)) { CarryOver = p.CarryOver });
        }
        int otherBasic = leaves.Sum(l => l.Others.Count(p => p.Nature == MoneyNature.Basic));
        if (otherBasic > 0)
            notes.Add($"{otherBasic} 笔不属于本年一般公共预算的基本支出，公开表不分人员经费、公用经费和经济科目，按公用经费 {OperatingFallback}（其他商品和服务支出）导入。");

        var merged = Merge(lines);
        // a package holds no negative budget line (it would not read back): a published negative figure is refused, said
        if (merged.FirstOrDefault(l => l.Amount.Value < 0m) is { } negative)
            throw new ImportException(d.Source, $"科目 {negative.Functional.Value} 还原出负的预算金额 {negative.Amount.Value:0.00} 元（公开表中有负数），数据包不收负的预算金额，无法导入");
        var budget = new UnitBudget(unit, year, merged)
        {
            Projects = FormAttachment.Attach(projects, merged, d.TargetForms, precision, notes),
            ThreePublic = ThreePublicItems.Read(d, tables, notes),
        };
        if (catalogs is not null) CheckCodes(budget, catalogs, notes);
        // A budget is published before its year and a self-evaluation after it: said, not silently dropped.
        if (d.SelfEvaluations.Count > 0)
            notes.Add($"预算公开文件中的 {d.SelfEvaluations.Count} 张绩效自评表未导入（数据包由预算表还原；自评表请以只含自评表的文件导入）。");
        return new ImportResult(budget, notes);
    }

    /// <summary>
    /// A document of forms only (no tables) — target forms, published self-evaluations (绩效自评表), or both: a package of
    /// its projects without lines, each with its declaration and / or its self-evaluation as printed (a self-evaluation
    /// joins the target form of the same project name). Each declaration keeps the 年度资金总额 it printed — there are no
    /// lines for it to be.
    /// </summary>
    private static ImportResult FormsOnly(Disclosure d)
    {
        var forms = d.TargetForms;
        var evaluations = d.SelfEvaluations;
        bool targets = forms.Count > 0;
        int? year = d.Year?.Value ?? forms.Select(f => f.Year).FirstOrDefault(y => y is not null) ?? evaluations.Select(e => e.Year).FirstOrDefault(y => y is not null);
        if (year is not { } y || y is < FiscalYear.MinValue or > FiscalYear.MaxValue)
            throw new ImportException(d.Source, targets
                ? "绩效目标表中没有预算年度（如“（2022年度）”），无法导入"
                : "绩效自评表中没有所评年度（如“(2021 年度)”），无法导入");
        var notes = new List<string>();
        var department = forms.Select(f => f.Declaration.Department).FirstOrDefault(x => x is not null);
        string? name = d.UnitName?.Trim() is { Length: > 0 } n ? n
            : forms.Select(f => f.Declaration.ImplementingUnit).Concat(evaluations.Select(e => e.BudgetUnit)).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u))?.Trim();
        string? code = d.UnitCode?.Trim() is { Length: > 0 } c ? c : null;
        if (name is null && department is { } dep) (code, name) = (dep.Code ?? code, dep.Name);
        // a self-evaluation's 主管部门 is last: the seeds print a 科室 there (社保科)
        name ??= evaluations.Select(e => e.Department).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u))?.Trim();
        if (name is null)
            throw new ImportException(d.Source, targets ? "绩效目标表中没有实施单位或主管部门，无法确定单位" : "绩效自评表中没有预算单位或主管部门，无法确定单位");
        if (code is null)
        {
            code = name;
            notes.Add($"{(targets ? "绩效目标表" : "绩效自评表")}未印单位编码，以单位名称“{name}”作编码。");
        }
        var unit = UnitDetails.Read(code, name, d.Paragraphs, notes);

        var projects = new List<Project>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var made = new List<string>();
        int next = 0;
        var printedCodes = new HashSet<string>(forms.Select(f => f.Project.Code.Trim()).Where(c => c.Length > 0), StringComparer.Ordinal);
        string MadeCode(string projectName)
        {
            string made2;
            do made2 = $"XM{++next:00}"; while (printedCodes.Contains(made2) || codes.Contains(made2));
            made.Add($"{made2} {projectName}");
            return made2;
        }
        foreach (var form in forms)
        {
            var name2 = form.Project.Name.Trim();
            var pcode = form.Project.Code.Trim();
            // one project, one form: the same printed code twice, or (without a code) the same name twice
            if (pcode.Length > 0 ? codes.Contains(pcode) : !names.Add(Names.Normalize(name2)))
            {
                notes.Add($"项目“{name2}”{(pcode.Length > 0 ? $"（{pcode}）" : "")}有两张绩效目标表，只导入第一张（第 {form.Line} 行的未导入）。");
                continue;
            }
            if (pcode.Length > 0) names.Add(Names.Normalize(name2));
            else pcode = MadeCode(name2);
            codes.Add(pcode);
            projects.Add(new Project(pcode, name2) { Targets = form.Declaration });
        }
        int unnamed = 0;
        foreach (var evaluation in evaluations)
        {
            var name2 = evaluation.ProjectName.Trim();
            if (name2.Length == 0)
            {
                name2 = $"未印项目名称的绩效自评表{++unnamed}";
                notes.Add($"有一张绩效自评表未印项目名称，以“{name2}”作项目名称。");
            }
            int at = projects.FindIndex(p => Names.Normalize(p.Name) == Names.Normalize(name2));
            if (at >= 0 && projects[at].PublishedEvaluation is not null)
            {
                notes.Add($"项目“{name2}”有两张绩效自评表，只导入第一张。");
                continue;
            }
            if (at >= 0) projects[at] = projects[at] with { PublishedEvaluation = evaluation };
            else
            {
                var pcode = MadeCode(name2);
                codes.Add(pcode);
                projects.Add(new Project(pcode, name2) { PublishedEvaluation = evaluation });
            }
        }
        if (made.Count > 0) notes.Add($"{made.Count} 个项目未印项目编码，按顺序编为：{string.Join("；", made)}。");
        int published = projects.Count(p => p.PublishedEvaluation is not null);
        notes.Add((targets, published > 0) switch
        {
            (true, false) => $"文件只有绩效目标表、没有预算表：数据包只含 {projects.Count} 个项目及其绩效目标，没有预算行；各表所印的年度资金总额原样保留。",
            (false, _) => $"文件只有绩效自评表、没有预算表：数据包只含 {projects.Count} 个项目及其公开的绩效自评表（各项数字按所印保存），没有预算行。",
            _ => $"文件只有绩效目标表和绩效自评表、没有预算表：数据包只含 {projects.Count} 个项目及其绩效目标、公开的绩效自评表，没有预算行；所印数字原样保留。",
        });
        return new ImportResult(new UnitBudget(unit, new FiscalYear(y), []) { Projects = projects }, notes);
    }

    private static bool HasRows(PartRef? part) => part is not null && part.Part.Rows.Count > 0;

    private static ExpenseKind KindOf(MoneyNature n) => n switch
    {
        MoneyNature.Business => ExpenseKind.Business,
        MoneyNature.Remit => ExpenseKind.RemitToSuperior,
        MoneyNature.Subsidy => ExpenseKind.SubsidyToSubordinate,
        MoneyNature.Project => ExpenseKind.Project,
        _ => ExpenseKind.Operating,
    };

    /// <summary>
    /// The source of carried-over money (上年结转): the one 财政拨款 source of the 财政拨款收支总表's 结转 rows when it
    /// accounts for all of it; the set's own-funds source when that table shows no 财政拨款 carry-over.
    /// </summary>
    private static FundingSource CarrySource(Disclosure d, ImportTables t, List<string> notes)
    {
        long carry = PartRef.Find(d, t.Income, "main")?.Cell("total", "carry-over") ?? 0;
        if (carry == 0) return FundingSource.GeneralPublic;
        var fiscal = PartRef.Find(d, t.FiscalSummary, "income");
        var bySource = new[]
        {
            (Source: FundingSource.GeneralPublic, Cents: fiscal?.Cell("carry-over-general", "amount") ?? 0),
            (Source: FundingSource.GovernmentFund, Cents: fiscal?.Cell("carry-over-fund", "amount") ?? 0),
            (Source: FundingSource.StateCapital, Cents: fiscal?.Cell("carry-over-capital", "amount") ?? 0),
        }.Where(x => x.Cents > 0).ToArray();
        if (bySource.Length == 0)
        {
            notes.Add($"上年结转 {Cents.Wan(carry)} 万元不见于财政拨款收支总表，按{FunctionalMoney.Chinese(t.OwnSource, false)}导入。");
            return t.OwnSource;
        }
        var largest = bySource.MaxBy(x => x.Cents);
        if (bySource.Length > 1 || largest.Cents != carry)
            notes.Add($"上年结转 {Cents.Wan(carry)} 万元的来源无法逐科目确定，全部按{FunctionalMoney.Chinese(largest.Source, false)}导入。");
        return largest.Source;
    }

    // ---- 基本支出: economic codes per functional 项 ----

    private static IReadOnlyList<EconomicAllocator.Line> BasicLines(Disclosure d, ImportTables t, List<LeafMoney> leaves, List<string> notes)
    {
        var buckets = new List<EconomicAllocator.Bucket>();
        foreach (var leaf in leaves)
        {
            if (leaf.Split)
            {
                buckets.Add(new(leaf.Code, ExpenseKind.Personnel, leaf.Personnel));
                buckets.Add(new(leaf.Code, ExpenseKind.Operating, leaf.Operating));
            }
            else buckets.Add(new(leaf.Code, null, leaf.Basic));
        }
        buckets.RemoveAll(b => b.Cents == 0);
        if (buckets.Count == 0) return [];

        var part = PartRef.Find(d, t.Basic, "main");
        var items = part is null ? [] : EconomicItems(part, notes);
        if (part is null) notes.Add($"公开文件没有一般公共预算基本支出表，基本支出按人员经费 {PersonnelFallback}、公用经费 {OperatingFallback} 导入。");
        var result = EconomicAllocator.Allocate(buckets, items);
        var lines = result.Lines.ToList();
        foreach (var (bucket, cents) in result.Unfilled)
        {
            var kind = bucket.Kind ?? ExpenseKind.Operating;
            lines.Add(new(bucket.Functional, kind == ExpenseKind.Personnel ? PersonnelFallback : OperatingFallback, kind, cents));
            if (part is not null)
                notes.Add($"{bucket.Functional} {Kind(bucket.Kind)}有 {Cents.Wan(cents)} 万元在{part.Short}中没有对应的经济科目，按 {(kind == ExpenseKind.Personnel ? PersonnelFallback : OperatingFallback)} 导入。");
        }
        foreach (var (item, cents) in result.Unused)
            notes.Add($"{part!.Short}经济科目 {item.Code} 的{Kind(item.Kind)} {Cents.Wan(cents)} 万元超出一般公共预算支出表的基本支出，未导入。");

        int functionalCount = buckets.Select(b => b.Functional).Distinct().Count();
        if (part is not null && functionalCount > 1 && result.Lines.Count > 0)
        {
            var summary = result.Lines
                .GroupBy(l => (l.Functional, l.Kind))
                .OrderBy(g => g.Key.Functional, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
                .Select(g => $"{g.Key.Functional} {Kind(g.Key.Kind)} {Cents.Wan(g.Sum(l => l.Cents))} = {string.Join("+", g.Select(l => l.Economic))}");
            notes.Add($"{part.Short}只按经济科目列基本支出，经济科目分到功能科目是按金额推定的（先取金额恰与某一功能科目余额相等的科目，再按余额从大到小凑足{(result.SplitAny ? "，有科目拆分到多个功能科目" : "")}）：{string.Join("；", summary)}。");
        }
        return lines;
    }

    /// <summary>The economic 款 rows of the 基本支出表 (the finest printed), as items per 人员经费 / 公用经费.</summary>
    private static List<EconomicAllocator.Item> EconomicItems(PartRef part, List<string> notes)
    {
        var rows = part.Part.Rows.Where(r => r.Code is { } c && EconomicCode.TryParse(c, out var e) && e.Value.IsDepartmental).ToList();
        var items = new List<EconomicAllocator.Item>();
        bool byKind = part.Has("personnel") && part.Has("operating");
        foreach (var row in rows)
        {
            var code = row.Code!;
            if (rows.Any(o => o.Code!.Length > code.Length && o.Code.StartsWith(code, StringComparison.Ordinal))) continue;
            if (byKind)
            {
                long p = part.Cell(row, "personnel"), o = part.Cell(row, "operating");
                if (p > 0) items.Add(new(code, ExpenseKind.Personnel, p));
                if (o > 0) items.Add(new(code, ExpenseKind.Operating, o));
                long total = part.Has("total") ? part.Cell(row, "total") : p + o;
                if (total != p + o)
                    notes.Add($"{part.Short}经济科目 {code} 合计 {Cents.Wan(total)} 不等于人员经费与公用经费之和，按人员经费、公用经费导入。");
            }
            else
            {
                long v = part.Cell(row, "total");
                bool personnel = code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal);
                if (v > 0) items.Add(new(code, personnel ? ExpenseKind.Personnel : ExpenseKind.Operating, v));
            }
        }
        foreach (var row in part.Part.Rows.Where(r => r.Code is null && r.Key != "total"))
            notes.Add($"{part.Short}的“{row.Label}”不是目录中的经济科目，未导入（其金额按 {PersonnelFallback} / {OperatingFallback} 补足）。");
        return items;
    }

    private static string Kind(ExpenseKind? kind) => kind switch
    {
        ExpenseKind.Personnel => "人员经费",
        ExpenseKind.Operating => "公用经费",
        _ => "基本支出",
    };

    // ---- 项目支出: projects per functional 项, by source ----

    private static List<BudgetLine> ProjectLines(List<LeafMoney> leaves, List<ProjectList.Entry> projects, List<string> notes)
    {
        var withMoney = leaves.Where(l => l.ProjectTotal > 0).ToList();
        var lines = new List<BudgetLine>();
        if (withMoney.Count == 0) return lines;
        var result = ProjectAllocator.Allocate(withMoney.Select(l => (l.Code, l.ProjectTotal)).ToArray(), projects.Select(p => p.Cents).ToArray());

        foreach (var leaf in withMoney)
        {
            var functional = FunctionalCode.Parse(leaf.Code);
            var pools = new List<(FundingSource Source, bool CarryOver, long Cents)>();
            if (leaf.Project > 0) pools.Add((FundingSource.GeneralPublic, false, leaf.Project));
            foreach (var p in leaf.Others.Where(p => p.Nature == MoneyNature.Project)) pools.Add((p.Source, p.CarryOver, p.Cents));
            var mine = Enumerable.Range(0, projects.Count).Where(i => result.Functional[i] == leaf.Code).Select(i => projects[i]).ToList();
            var need = mine.Select(p => p.Cents).ToArray();

            // what a table says of a project's sources first, then the pools in order
            for (int k = 0; k < mine.Count; k++)
                foreach (var known in mine[k].Known)
                {
                    int at = pools.FindIndex(x => x.Source == known.Source && x.CarryOver == known.CarryOver);
                    if (at < 0) continue;
                    long take = Math.Min(Math.Min(known.Cents, pools[at].Cents), need[k]);
                    if (take <= 0) continue;
                    Add(functional, pools[at].Source, pools[at].CarryOver, take, mine[k].Code);
                    pools[at] = (pools[at].Source, pools[at].CarryOver, pools[at].Cents - take);
                    need[k] -= take;
                }
            for (int k = 0; k < mine.Count; k++) Draw(functional, pools, need[k], mine[k].Code);
            long remainder = pools.Sum(p => p.Cents);
            if (remainder > 0) Draw(functional, pools, remainder, null);
        }

        Notes(withMoney, projects, result, notes);
        return lines;

        void Draw(FunctionalCode functional, List<(FundingSource Source, bool CarryOver, long Cents)> pools, long amount, string? project)
        {
            for (int at = 0; at < pools.Count && amount > 0; at++)
            {
                long take = Math.Min(amount, pools[at].Cents);
                if (take <= 0) continue;
                Add(functional, pools[at].Source, pools[at].CarryOver, take, project);
                pools[at] = (pools[at].Source, pools[at].CarryOver, pools[at].Cents - take);
                amount -= take;
            }
        }

        void Add(FunctionalCode functional, FundingSource source, bool carryOver, long cents, string? project) =>
            lines.Add(new BudgetLine(functional, null, ExpenseKind.Project, source, Cents.ToYuan(cents)) { CarryOver = carryOver, ProjectCode = project });
    }

    private static void Notes(List<LeafMoney> leaves, List<ProjectList.Entry> projects, ProjectAllocator.Result result, List<string> notes)
    {
        if (projects.Count == 0)
        {
            notes.Add("公开文件未列项目，项目支出按功能科目导入，不带项目编码。");
            return;
        }
        var parts = new List<string>();
        foreach (var leaf in leaves)
        {
            var mine = Enumerable.Range(0, projects.Count).Where(i => result.Functional[i] == leaf.Code)
                .Select(i => projects[i].Cents).OrderDescending().Select(Cents.Wan).ToList();
            if (result.Remainders.TryGetValue(leaf.Code, out long rest)) mine.Add($"{Cents.Wan(rest)}（无项目）");
            string how = result.Steps.GetValueOrDefault(leaf.Code) switch
            {
                ProjectAllocator.Step.Single => "单一金额相符",
                ProjectAllocator.Step.Subset => "子集和",
                _ => "无法恰好凑足",
            };
            parts.Add($"{leaf.Code} {Cents.Wan(leaf.ProjectTotal)} = {string.Join(" + ", mine)}（{how}）");
        }
        notes.Add($"项目分到功能科目是按金额推定的（先取金额恰与某一功能科目项目支出相等的项目，再逐个科目取能恰好凑足、所需项目最少的组合）：{string.Join("；", parts)}。");
        foreach (var (functional, chosen, equal) in result.Ties)
            notes.Add($"{functional} 的项目支出 {Cents.Wan(projects[chosen].Cents)} 万元与 {equal.Length + 1} 个项目金额相同（{string.Join("、", equal.Prepend(chosen).Select(i => $"“{projects[i].Name}”"))}），按公开顺序取“{projects[chosen].Name}”。");
        foreach (var (functional, rest) in result.Remainders)
            notes.Add($"{functional} 的项目支出中有 {Cents.Wan(rest)} 万元没有项目能恰好凑足，记为不带项目编码的项目支出。");
        for (int i = 0; i < projects.Count; i++)
            if (result.Functional[i] is null && projects[i].Cents > 0)
                notes.Add($"项目“{projects[i].Name}”（{Cents.Wan(projects[i].Cents)} 万元）放不进任何功能科目的项目支出，只列入项目清单，不列预算行。");
        if (!result.Tabulated)
            notes.Add("项目金额过大，未逐一计算子集和，其余项目按金额从大到小放入。");
    }

    // ---- finishing ----

    /// <summary>Lines with the same key added together, in first-seen order.</summary>
    private static List<BudgetLine> Merge(List<BudgetLine> lines)
    {
        var merged = new List<BudgetLine>(lines.Count);
        var at = new Dictionary<(string, string?, ExpenseKind, FundingSource, bool, string?), int>();
        foreach (var l in lines)
        {
            var key = (l.Functional.Value, l.Economic?.Value, l.Kind, l.Source, l.CarryOver, l.ProjectCode);
            if (at.TryGetValue(key, out int i)) merged[i] = merged[i] with { Amount = merged[i].Amount + l.Amount };
            else
            {
                at[key] = merged.Count;
                merged.Add(l);
            }
        }
        return merged;
    }

    private static void CheckCodes(UnitBudget budget, CatalogSet catalogs, List<string> notes)
    {
        foreach (var code in budget.Lines.Select(l => l.Functional.Value).Distinct().Where(c => !catalogs.Functional.Contains(c)))
            notes.Add($"功能科目 {code} 不在 {budget.Year.Value} 年{catalogs.Functional.Name}中。");
        foreach (var code in budget.Lines.Where(l => l.Economic is not null).Select(l => l.Economic!.Value.Value).Distinct().Where(c => !catalogs.DepartmentalEconomic.Contains(c)))
            notes.Add($"经济科目 {code} 不在 {budget.Year.Value} 年{catalogs.DepartmentalEconomic.Name}中。");
    }
}
