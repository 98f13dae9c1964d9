using ClosedXML.Excel;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Money;
using Jixiao.Targets;
using static Jixiao.Documents.Xlsx.Input.InputSheets;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// One import of a budget workbook: reads every sheet, collects every problem, and builds the budget only when there is
/// none. The sheets of the year's execution and of the self-evaluation are read in the other parts of this class.
/// </summary>
internal sealed partial class BudgetImport(XLWorkbook workbook, ImportErrors errors)
{
    private static readonly IReadOnlyList<string> SheetOrder = [.. All.Select(s => s.Name)];

    /// <summary>Projects by code (case-insensitive); null when the 项目 sheet could not be read, so that project codes are not checked.</summary>
    private Dictionary<string, Project>? _projects;

    public UnitBudget Run()
    {
        var (unit, year) = ReadUnit();
        var catalogs = Catalogs(year);
        var projects = ReadProjects();
        var declarations = ReadDeclarations();
        var indicators = ReadIndicators();
        var lines = ReadLines(Lines.Sheet, unit?.Code, catalogs, year, prior: false);
        var threePublic = ReadThreePublic();
        var procurement = ReadProcurement();
        var assets = ReadAssets();
        var priorCatalogs = year is { } y && y.Value > FiscalYear.MinValue ? CatalogSet.ForNearest(y.Previous) : null;
        var priorLines = ReadLines(PriorLines.Sheet, unit?.Code, priorCatalogs, year, prior: true);
        var adjustments = ReadAdjustments();
        var flows = ReadFlows(year);
        var readings = ReadReadings(year);
        var evaluations = ReadEvaluations();

        // Rows filled but all in error are reported row by row; only a sheet with no row at all is “nothing filled”.
        if (lines is { Count: 0 } && LinesFilled == 0)
            errors.Add(Lines.Sheet.Name, 0, "", "没有填写任何预算明细（至少应有一行）");
        errors.ThrowIfAny(SheetOrder);

        // No error: every part was read.
        return new UnitBudget(unit!, year!.Value, lines!)
        {
            Projects = WithExecutionAndEvaluation(WithTargets(projects!, declarations, indicators), adjustments, flows, readings, evaluations),
            ThreePublic = threePublic!,
            Procurement = procurement!,
            Assets = assets!,
            PriorYear = priorLines is { Count: > 0 } ? new UnitBudget(unit!, year.Value.Previous, priorLines) : null,
        };
    }

    // ---- 单位信息 ----

    private (BudgetUnit? Unit, FiscalYear? Year) ReadUnit()
    {
        var sheet = SheetTable.Open(workbook, Unit.Sheet, errors);
        if (sheet is null) return (null, null);
        var items = sheet.Items();
        var code = items.Required(Unit.Code);
        var name = items.Required(Unit.Name);
        var nature = items.Choice(Unit.Nature, InputVocabularies.UnitNatures);
        var parent = items.Text(Unit.ParentCode);
        var rank = items.Text(Unit.Rank);
        var fundingForm = items.Text(Unit.FundingForm);
        var authorized = items.Count(Unit.AuthorizedStaff);
        var actual = items.Count(Unit.ActualStaff);
        var year = items.Year(Unit.Year);
        if (year is { } y && !CatalogSet.AvailableYears.Contains(y.Value))
        {
            items.Error(Unit.Year, $"应为有科目目录的年度（{CatalogSet.AvailableYearsText}），实际为“{y.Value}”");
            year = null;
        }
        if (!items.IsClean || code is null || name is null || nature is null) return (null, year);
        return (new BudgetUnit(code, name, nature.Value)
        {
            ParentCode = parent,
            Rank = rank,
            FundingForm = fundingForm,
            AuthorizedStaff = authorized,
            ActualStaff = actual,
        }, year);
    }

    private static CatalogSet? Catalogs(FiscalYear? year) =>
        year is { } y && CatalogSet.AvailableYears.Contains(y.Value) ? CatalogSet.For(y) : null;

    // ---- 项目 ----

    private List<Project>? ReadProjects()
    {
        var sheet = SheetTable.Open(workbook, Projects.Sheet, errors);
        if (sheet is null) return null;
        _projects = new Dictionary<string, Project>(StringComparer.OrdinalIgnoreCase);
        var firstRow = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var list = new List<Project>();
        foreach (var row in sheet.Rows())
        {
            var code = row.Required(Projects.Code);
            var name = row.Required(Projects.Name);
            var purpose = row.Text(Projects.Purpose);
            if (code is not null)
            {
                if (firstRow.TryGetValue(code, out int first))
                {
                    row.Error(Projects.Code, $"项目编码“{code}”重复（第{first}行已登记），每个项目只能登记一次");
                    continue;
                }
                firstRow[code] = row.Row;
            }
            if (code is null || name is null) continue;
            var project = new Project(code, name) { Purpose = purpose };
            _projects[code] = project;
            if (row.IsClean) list.Add(project);
        }
        // A project whose row has other errors still counts as registered, so its lines do not report a second error.
        foreach (var code in firstRow.Keys.Where(c => !_projects.ContainsKey(c)))
            _projects[code] = new Project(code, "");
        return list;
    }

    /// <summary>The registered code of <paramref name="code"/> (as spelled on the 项目 sheet), or records that it is not registered.</summary>
    private string? RegisteredProject(RowReader row, InputColumn column, string code)
    {
        if (_projects is null) return code; // the 项目 sheet has its own error
        if (_projects.TryGetValue(code, out var project)) return project.Code;
        row.Error(column, $"应为“项目”表中已登记的项目编码，实际为“{code}”（“项目”表中没有这个编码）");
        return null;
    }

    // ---- 绩效目标 and 绩效指标 ----

    /// <summary>
    /// The rows of 绩效目标 by 项目编码 as typed (case-insensitive), rows in error included, so that their indicators are
    /// not reported a second time; null when the sheet is absent or could not be read.
    /// </summary>
    private Dictionary<string, int>? _declared;

    /// <summary>The declarations by project code; null when the sheet is absent (an older template) or could not be read.</summary>
    private Dictionary<string, TargetDeclaration>? ReadDeclarations()
    {
        var sheet = SheetTable.Open(workbook, Declarations.Sheet, errors);
        if (sheet is null) return null;
        _declared = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, TargetDeclaration>(StringComparer.OrdinalIgnoreCase);
        _declarations = result;
        foreach (var row in sheet.Rows())
        {
            var code = row.Required(Declarations.Project);
            if (code is not null)
            {
                if (_declared.TryGetValue(code, out int first))
                {
                    row.Error(Declarations.Project, $"项目“{code}”的绩效目标重复（第{first}行已填写），每个项目只填一行");
                    continue;
                }
                _declared[code] = row.Row;
                code = RegisteredProject(row, Declarations.Project, code);
            }
            var departmentCode = row.Text(Declarations.DepartmentCode);
            var department = row.Text(Declarations.Department);
            if (department is null && departmentCode is not null)
                row.Error(Declarations.Department, "填写了主管部门代码时必填，实际为空");
            var implementingUnit = row.Text(Declarations.ImplementingUnit);
            var nature = row.Choice(Declarations.Nature, InputVocabularies.ProjectNatures);
            var years = row.Years(Declarations.PeriodYears);
            var implementationFunds = Funds(row, Declarations.ImplementationFunds);
            var annualFunds = Funds(row, Declarations.AnnualFunds);
            var implementationGoal = row.Text(Declarations.ImplementationGoal);
            var annualGoal = row.Required(Declarations.AnnualGoal);
            var texts = new List<(string Heading, string Text)>();
            foreach (var column in Declarations.TextBlocks)
                if (row.Text(column) is { } text) texts.Add((column.Header, text));
            var plan = new List<SpendingPlanPoint>();
            foreach (var (label, month, column) in Declarations.SpendingPlan)
                if (row.Percent(column) is { } share) plan.Add(new SpendingPlanPoint(label, month, share));
            var (head, handler, phone, date) = (row.Text(Declarations.Head), row.Text(Declarations.Handler), row.Text(Declarations.Phone), row.Text(Declarations.Date));

            if (!row.IsClean || code is null || annualGoal is null) continue;
            result[code] = new TargetDeclaration
            {
                Department = department is null ? null : (departmentCode, department),
                ImplementingUnit = implementingUnit,
                Nature = nature,
                PeriodYears = years,
                // No stated total in a unit's own data: the year's is the project's money in 预算明细, the period's the sum of its sources.
                ImplementationFunds = new DeclaredFunds(null, implementationFunds),
                AnnualFunds = new DeclaredFunds(null, annualFunds),
                ImplementationGoal = implementationGoal,
                AnnualGoal = annualGoal,
                Texts = texts,
                SpendingPlan = plan.Count == 0 ? null : new SpendingPlan(plan),
                SignOff = head is null && handler is null && phone is null && date is null ? null : new SignOff(head, handler, phone, date),
            };
        }
        return result;
    }

    /// <summary>The filled money cells of one column of the form, in printed order; a blank cell is a source the form leaves blank.</summary>
    private static List<(FundSource Source, Yuan Amount)> Funds(RowReader row, IReadOnlyList<(FundSource Source, InputColumn Column)> columns)
    {
        var list = new List<(FundSource, Yuan)>();
        foreach (var (source, column) in columns)
            if (row.Amount(column) is { } amount) list.Add((source, amount));
        return list;
    }

    /// <summary>The indicators by project code, each project's 实施期 and 年度 ones in row order; null when the sheet is absent or could not be read.</summary>
    private Dictionary<string, (List<Indicator> Implementation, List<Indicator> Annual)>? ReadIndicators()
    {
        var sheet = SheetTable.Open(workbook, Indicators.Sheet, errors);
        if (sheet is null)
        {
            _indicatorsUnreadable = workbook.Worksheets.Contains(Indicators.Sheet.Name);
            return null;
        }
        var result = new Dictionary<string, (List<Indicator> Implementation, List<Indicator> Annual)>(StringComparer.OrdinalIgnoreCase);
        _indicators = result;
        var seen = new Dictionary<(string Code, IndicatorPeriod Period, Level2Indicator Level2, string Name), int>();
        bool withoutDeclarations = false;
        foreach (var row in sheet.Rows())
        {
            var code = row.Required(Indicators.Project);
            if (code is not null && _declared is not null && !_declared.ContainsKey(code))
            {
                row.Error(Indicators.Project, _projects is null || _projects.ContainsKey(code)
                    ? $"应为“绩效目标”表中已填写的项目编码，实际为“{code}”（该项目在“绩效目标”表中没有填写，请先为它填一行）"
                    : $"应为“绩效目标”表中已填写的项目编码，实际为“{code}”（“项目”表中也没有这个编码）");
            }
            else if (code is not null && _declared is null && !workbook.Worksheets.Contains(Declarations.Sheet.Name))
            {
                withoutDeclarations = true;
            }
            var period = row.Choice(Indicators.Period, InputVocabularies.IndicatorPeriods);
            var level1 = row.Choice(Indicators.Level1, InputVocabularies.Level1Indicators);
            var level2 = row.Choice(Indicators.Level2, InputVocabularies.Level2Indicators);
            if (level1 is { } l1 && level2 is { } l2 && IndicatorFramework.Parent(l2) != l1)
            {
                var under = IndicatorFramework.Level2InOrder.Where(l => IndicatorFramework.Parent(l) == l1).Select(IndicatorFramework.Name);
                row.Error(Indicators.Level2, $"应为一级指标“{IndicatorFramework.Name(l1)}”下的二级指标（{string.Join("、", under)}），" +
                    $"实际为“{row.Text(Indicators.Level2)}”（属于“{IndicatorFramework.Name(IndicatorFramework.Parent(l2))}”）");
                level2 = null;
            }
            var name = row.Required(Indicators.Level3);
            var value = TargetValueOf(row, Indicators.Value, row.Required(Indicators.Value));
            var description = row.Text(Indicators.Description);
            var basis = row.Text(Indicators.Basis);
            if (code is not null && period is { } p && level2 is { } l && name is not null)
            {
                if (seen.TryGetValue((code.ToUpperInvariant(), p, l, name), out int first))
                    row.Error(Indicators.Level3, $"项目“{code}”的{InputVocabularies.IndicatorPeriods.Label(p)}指标“{IndicatorFramework.Name(l)}—{name}”重复（第{first}行已填写）");
                else seen[(code.ToUpperInvariant(), p, l, name)] = row.Row;
            }

            if (!row.IsClean && code is not null) _incompleteIndicators.Add(code);
            if (!row.IsClean || code is null || period is null || level2 is null || name is null || value is null) continue;
            if (!result.TryGetValue(code, out var lists)) result[code] = lists = ([], []);
            (period == IndicatorPeriod.Implementation ? lists.Implementation : lists.Annual)
                .Add(new Indicator(level2.Value, name, value) { Description = description, Basis = basis });
        }
        if (withoutDeclarations)
            errors.Add(Indicators.Sheet.Name, 0, "", $"填写了绩效指标，但缺少工作表“{Declarations.Sheet.Name}”（指标所属项目的绩效目标填在该表中；请使用系统生成的填报模板）");
        return result;
    }

    /// <summary>
    /// A 指标值 (or a 实际完成值, <paramref name="column"/> of 指标完成) read by the target-value language; an unreadable value
    /// or a bare placeholder is an error naming the cell.
    /// </summary>
    private static TargetValue? TargetValueOf(RowReader row, InputColumn column, string? text)
    {
        if (text is null) return null;
        var value = TargetValue.Parse(text);
        bool actual = column == Readings.Actual;
        switch (value.Kind)
        {
            case TargetValueKind.Unreadable:
                row.Error(column, actual
                    ? "应为可识别的实际完成值：数值（如 2455592人、95%、15.6万元）、区间（如 60%-70%）、日期（如 2023年6月20日）或文字（如 已完成），" +
                      $"实际为“{text}”（{value.Reason}）"
                    : "应为可识别的指标值：数值（如 ≥92%、≤16万元、3类）、区间（如 60%-70%）、期限（如 2022年12月20日前、6月底）、" +
                      $"频次（如 每季度一次）、与预算比较（如 不超过年初预算数）或文字（如 显著提升），实际为“{text}”（{value.Reason}）");
                return null;
            case TargetValueKind.Empty:
                row.Error(column, $"必填，实际为“{text}”（占位符不是{(actual ? "实际完成值" : "指标值")}）");
                return null;
            default:
                return value;
        }
    }

    /// <summary>The projects with their declarations and indicators attached, in the order of the 项目 sheet.</summary>
    private static List<Project> WithTargets(List<Project> projects, Dictionary<string, TargetDeclaration>? declarations,
        Dictionary<string, (List<Indicator> Implementation, List<Indicator> Annual)>? indicators)
    {
        if (declarations is null) return projects;
        return projects.Select(p =>
        {
            if (!declarations.TryGetValue(p.Code, out var d)) return p;
            if (indicators is not null && indicators.TryGetValue(p.Code, out var i))
                d = d with { ImplementationIndicators = i.Implementation, AnnualIndicators = i.Annual };
            return p with { Targets = d };
        }).ToList();
    }

    // ---- 预算明细 and 上年预算 ----

    /// <summary>Rows of 预算明细 that hold anything, valid or not.</summary>
    private int LinesFilled { get; set; }

    private List<BudgetLine>? ReadLines(InputSheet inputSheet, string? unitCode, CatalogSet? catalogs, FiscalYear? year, bool prior)
    {
        var sheet = SheetTable.Open(workbook, inputSheet, errors);
        if (sheet is null) return null;
        var c = prior ? (Functional: PriorLines.Functional, Economic: PriorLines.Economic, Project: PriorLines.Project)
                      : (Functional: Lines.Functional, Economic: Lines.Economic, Project: Lines.Project);
        var catalogYear = prior ? catalogs?.Year : year?.Value;
        var list = new List<BudgetLine>();
        if (!prior) LinesFilled = 0;
        foreach (var row in sheet.Rows())
        {
            if (!prior) LinesFilled++;
            var functional = FunctionalCodeOf(row, c.Functional, catalogs, catalogYear, prior);
            var kind = row.Choice(Lines.Kind, InputVocabularies.ExpenseKinds);
            var economic = EconomicCodeOf(row, c.Economic, catalogs, catalogYear, prior, kind);
            var source = row.Choice(Lines.Source, InputVocabularies.FundingSources);
            var amount = row.Amount(Lines.Amount);
            var carryOver = row.Choice(Lines.CarryOver, InputVocabularies.YesNo) ?? false;
            var project = row.Text(c.Project);
            if (!prior)
            {
                if (kind == ExpenseKind.Project && project is null)
                    row.Error(c.Project, "支出类型为“项目支出”时必填，实际为空");
                else if (kind is { } k && k != ExpenseKind.Project && project is not null)
                    row.Error(c.Project, $"只有支出类型为“项目支出”的行填写项目编码，本行为“{InputVocabularies.ExpenseKinds.Label(k)}”，实际填了“{project}”");
                else if (project is not null)
                    project = RegisteredProject(row, c.Project, project);
            }
            var lineUnit = row.Text(Lines.UnitCode);
            if (lineUnit is not null && string.Equals(lineUnit, unitCode, StringComparison.Ordinal)) lineUnit = null;

            if (!row.IsClean || functional is null || kind is null || source is null || amount is null) continue;
            list.Add(new BudgetLine(functional.Value, economic, kind.Value, source.Value, amount.Value)
            {
                CarryOver = carryOver,
                ProjectCode = project,
                UnitCode = lineUnit,
            });
        }
        return list;
    }

    private static FunctionalCode? FunctionalCodeOf(RowReader row, InputColumn column, CatalogSet? catalogs, int? catalogYear, bool prior)
    {
        var text = row.Required(column);
        if (text is null) return null;
        if (!FunctionalCode.TryParse(text, out var code) || (!prior && code.Value.Level != ClassificationLevel.Item))
        {
            row.Error(column, prior
                ? $"应为以 2 开头的 3、5 或 7 位支出功能分类科目编码，实际为“{text}”"
                : $"应为 7 位支出功能分类“项”级科目编码（如 2101501），实际为“{text}”");
            return null;
        }
        // An unconfirmed year's catalog may lack a code of the year: the line is taken and the check warns (PKG-01).
        if (catalogs is not null && (prior || catalogs.Confirmed) && !catalogs.Functional.Contains(code.Value.Value))
        {
            row.Error(column, $"应为{catalogYear}年支出功能分类科目中的编码，实际为“{text}”（目录中没有这个编码，可在“科目”表查询）");
            return null;
        }
        return code;
    }

    private static EconomicCode? EconomicCodeOf(RowReader row, InputColumn column, CatalogSet? catalogs, int? catalogYear, bool prior, ExpenseKind? kind)
    {
        var text = row.Text(column);
        if (text is null)
        {
            if (!prior && kind is ExpenseKind.Personnel or ExpenseKind.Operating)
                row.Error(column, $"支出类型为“{InputVocabularies.ExpenseKinds.Label(kind.Value)}”时必填，实际为空");
            return null;
        }
        if (!EconomicCode.TryParse(text, out var code) || !code.Value.IsDepartmental || (!prior && code.Value.Level != ClassificationLevel.Section))
        {
            row.Error(column, prior
                ? $"应为以 3 开头的 3 或 5 位部门预算支出经济分类科目编码，实际为“{text}”"
                : $"应为以 3 开头的 5 位部门预算支出经济分类“款”级科目编码（如 30101），实际为“{text}”");
            return null;
        }
        if (catalogs is not null && (prior || catalogs.Confirmed) && !catalogs.DepartmentalEconomic.Contains(code.Value.Value))
        {
            row.Error(column, $"应为{catalogYear}年部门预算支出经济分类科目中的编码，实际为“{text}”（目录中没有这个编码，可在“科目”表查询）");
            return null;
        }
        return code;
    }

    // ---- 三公经费 ----

    private List<ThreePublicItem>? ReadThreePublic()
    {
        var sheet = SheetTable.Open(workbook, ThreePublic.Sheet, errors);
        if (sheet is null) return null;
        var seen = new Dictionary<(ThreePublicKind, FundingSource), int>();
        var list = new List<ThreePublicItem>();
        foreach (var row in sheet.Rows())
        {
            var item = row.Choice(ThreePublic.Item, InputVocabularies.ThreePublicKinds);
            var source = row.Choice(ThreePublic.Source, InputVocabularies.FundingSources);
            var amount = row.Amount(ThreePublic.Amount);
            if (item is { } i && source is { } s)
            {
                if (seen.TryGetValue((i, s), out int first))
                    row.Error(ThreePublic.Item, $"“{InputVocabularies.ThreePublicKinds.Label(i)}”（{InputVocabularies.FundingSources.Label(s)}）重复（第{first}行已填写），同一项目、同一资金来源只填一行");
                else seen[(i, s)] = row.Row;
            }
            if (row.IsClean && item is not null && source is not null && amount is not null)
                list.Add(new ThreePublicItem(item.Value, source.Value, amount.Value));
        }
        return list;
    }

    // ---- 政府采购 ----

    private List<ProcurementItem>? ReadProcurement()
    {
        var sheet = SheetTable.Open(workbook, Procurement.Sheet, errors);
        if (sheet is null) return null;
        var list = new List<ProcurementItem>();
        foreach (var row in sheet.Rows())
        {
            var category = row.Choice(Procurement.Category, InputVocabularies.ProcurementCategories);
            var name = row.Required(Procurement.Name);
            var source = row.Choice(Procurement.Source, InputVocabularies.FundingSources);
            var amount = row.Amount(Procurement.Amount);
            var quantity = row.Quantity(Procurement.Quantity);
            var measure = row.Text(Procurement.MeasureUnit);
            var project = row.Text(Procurement.Project);
            if (project is not null) project = RegisteredProject(row, Procurement.Project, project);
            if (!row.IsClean || category is null || name is null || source is null || amount is null) continue;
            list.Add(new ProcurementItem(category.Value, name, source.Value, amount.Value)
            {
                Quantity = quantity,
                MeasureUnit = measure,
                ProjectCode = project,
            });
        }
        return list;
    }

    // ---- 国有资产 ----

    private List<AssetItem>? ReadAssets()
    {
        var sheet = SheetTable.Open(workbook, Assets.Sheet, errors);
        if (sheet is null) return null;
        var seen = new Dictionary<AssetKind, int>();
        var list = new List<AssetItem>();
        foreach (var row in sheet.Rows())
        {
            var kind = row.Choice(Assets.Kind, InputVocabularies.AssetKinds);
            var quantity = row.Quantity(Assets.Quantity);
            var value = row.Amount(Assets.Value);
            if (kind is { } k)
            {
                if (seen.TryGetValue(k, out int first))
                    row.Error(Assets.Kind, $"资产类别“{InputVocabularies.AssetKinds.Label(k)}”重复（第{first}行已填写），每个类别只填一行");
                else seen[k] = row.Row;
            }
            if (row.IsClean && kind is not null && value is not null)
                list.Add(new AssetItem(kind.Value, quantity, value.Value));
        }
        return list;
    }
}
