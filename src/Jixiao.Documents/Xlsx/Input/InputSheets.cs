using Jixiao.Evaluations.Scoring;
using Jixiao.Targets;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// The layout of the budget input workbook, shared by the template writer, the reader and the 说明 sheet:
/// 说明, 单位信息, 预算明细, 项目, 绩效目标, 绩效指标, 三公经费, 政府采购, 国有资产, 上年预算, then what the year brings
/// (预算调整, 资金执行, 指标完成) and the self-evaluation after it (自评评分, 自评信息), then the reference sheet 科目.
/// </summary>
internal static class InputSheets
{
    public const string GuideSheet = "说明";
    public const string CodeSheet = "科目";

    /// <summary>The last row the template formats and validates on a table sheet (the reader reads every used row).</summary>
    public const int LastInputRow = 5000;

    /// <summary>The input sheets, in workbook order (between 说明 and 科目).</summary>
    public static IReadOnlyList<InputSheet> All =>
    [
        Unit.Sheet, Lines.Sheet, Projects.Sheet, Declarations.Sheet, Indicators.Sheet, ThreePublic.Sheet, Procurement.Sheet, Assets.Sheet, PriorLines.Sheet,
        Adjustments.Sheet, Flows.Sheet, Readings.Sheet, Scores.Sheet, EvaluationInfo.Sheet,
    ];

    /// <summary>单位信息: one item per row, label in column A, value in column B.</summary>
    public static class Unit
    {
        public const string KeyHeader = "项目";
        public const string ValueHeader = "填写内容";
        public const string NoteHeader = "说明";

        public static readonly InputColumn Code = new("单位编码", CellKind.Code, Need.Required, 0, "本单位在预算管理一体化系统中的单位编码，如 362001。");
        public static readonly InputColumn Name = new("单位名称", CellKind.Text, Need.Required, 0, "单位全称，如 兴隆县医疗保障局本级。");
        public static readonly InputColumn Nature = new("单位性质", CellKind.Choice, Need.Required, 0, "它决定部门经济分类科目对应的政府经济分类科目。")
        { Choices = InputVocabularies.UnitNatures.Labels };
        public static readonly InputColumn ParentCode = new("主管部门编码", CellKind.Code, Need.Optional, 0, "主管部门的编码，如 362。");
        public static readonly InputColumn Rank = new("单位规格", CellKind.Text, Need.Optional, 0, "如 正科级。");
        public static readonly InputColumn FundingForm = new("经费保障形式", CellKind.Text, Need.Optional, 0, "如 财政拨款、全额事业。");
        public static readonly InputColumn AuthorizedStaff = new("编制人数", CellKind.Count, Need.Optional, 0, "非负整数，单位：人。");
        public static readonly InputColumn ActualStaff = new("实有人数", CellKind.Count, Need.Optional, 0, "非负整数，单位：人。");
        public static readonly InputColumn Year = new("预算年度", CellKind.Year, Need.Required, 0, "四位年份，模板已按生成时的年度填好，一般不需修改；科目编码按该年度的目录检查。");

        public static readonly InputSheet Sheet = new("单位信息",
            "本单位的基本情况，每行一项：在 B 列“填写内容”中填写，A 列项目名称不要改动。",
            [Code, Name, Nature, ParentCode, Rank, FundingForm, AuthorizedStaff, ActualStaff, Year])
        { IsKeyValue = true };
    }

    /// <summary>预算明细: this year's budget lines, in 元.</summary>
    public static class Lines
    {
        public static readonly InputColumn Functional = new("功能分类科目编码", CellKind.Code, Need.Required, 18,
            "7位支出功能分类“项”级科目编码，如 2101501（行政运行）；须为本年度目录中的编码，可在“科目”表查询或从下拉列表选择。")
        { Codes = CodeSource.Functional };
        public static readonly InputColumn Economic = new("经济分类科目编码", CellKind.Code, Need.Conditional, 18,
            "5位部门预算支出经济分类“款”级科目编码，如 30101（基本工资）；支出类型为人员经费、公用经费时必填，其他支出类型可不填。")
        { Codes = CodeSource.Economic };
        public static readonly InputColumn Kind = new("支出类型", CellKind.Choice, Need.Required, 20,
            "人员经费、公用经费合为基本支出；项目的支出选“项目支出”。")
        { Choices = InputVocabularies.ExpenseKinds.Labels };
        public static readonly InputColumn Source = new("资金来源", CellKind.Choice, Need.Required, 20,
            "资金性质；一般公共预算、政府性基金预算、国有资本经营预算合称财政拨款。")
        { Choices = InputVocabularies.FundingSources.Labels };
        public static readonly InputColumn Amount = new("金额（元）", CellKind.Amount, Need.Required, 18,
            "单位：元，最多两位小数，不得为负数，如 1004500.00；也可填带千位分隔符的文本，如 1,004,500.00。");
        public static readonly InputColumn CarryOver = new("是否上年结转", CellKind.Choice, Need.Optional, 14,
            "上年结转资金填“是”，当年预算安排填“否”；不填视为“否”。")
        { Choices = InputVocabularies.YesNo.Labels };
        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Conditional, 26,
            "支出类型为“项目支出”时必填，须为“项目”表中已登记的项目编码；其他支出类型不填。")
        { Codes = CodeSource.Project };
        public static readonly InputColumn UnitCode = new("所属单位编码", CellKind.Code, Need.Optional, 16,
            "汇总多个单位的部门预算时填写本行所属单位的编码；本单位的支出不填。");

        public static readonly InputSheet Sheet = new("预算明细",
            "本年度预算支出，每行一条：功能分类科目 × 经济分类科目 × 支出类型 × 资金来源 的金额（元）。公开表中的数字都由这些行汇总得出。",
            [Functional, Economic, Kind, Source, Amount, CarryOver, Project, UnitCode]);
    }

    /// <summary>项目: the projects that 项目支出 lines name.</summary>
    public static class Projects
    {
        public static readonly InputColumn Code = new("项目编码", CellKind.Code, Need.Required, 26,
            "项目在预算管理一体化系统中的编码，如 13082221GUVC1EHH89GDK；同一编码只能登记一次。");
        public static readonly InputColumn Name = new("项目名称", CellKind.Text, Need.Required, 44, "项目全称。");
        public static readonly InputColumn Purpose = new("资金用途", CellKind.Text, Need.Optional, 60, "资金的主要用途，简要填写。");

        public static readonly InputSheet Sheet = new("项目",
            "本年度的项目，每行一个。项目的金额不在这里填写，而是在“预算明细”中以“项目支出”行填写并注明项目编码。",
            [Code, Name, Purpose]);
    }

    /// <summary>
    /// 绩效目标: one project target declaration (项目支出绩效目标申报表 / 绩效目标表) per row, keyed by a project of 项目.
    /// A sheet of its own rather than more columns on 项目: a row here is what makes a project “declared”, and its ~30
    /// columns would bury the three that every project needs. 资金用途 stays on 项目 (it is <c>Project.Purpose</c>), and
    /// 年度资金总额 is not asked for: it is the project's money in 预算明细.
    /// </summary>
    public static class Declarations
    {
        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Required, 26,
            "须为“项目”表中已登记的项目编码；每个申报绩效目标的项目填一行，同一项目只能填一次。")
        { Codes = CodeSource.Project };
        public static readonly InputColumn DepartmentCode = new("主管部门代码", CellKind.Code, Need.Optional, 12, "主管部门的代码，如 303。");
        public static readonly InputColumn Department = new("主管部门", CellKind.Text, Need.Conditional, 22,
            "主管部门名称，如 忻州市医疗保障局；填写了主管部门代码时必填。");
        public static readonly InputColumn ImplementingUnit = new("实施单位", CellKind.Text, Need.Optional, 22, "如 忻州市医疗保险服务中心。");
        public static readonly InputColumn Nature = new("项目属性", CellKind.Choice, Need.Optional, 14,
            "一次性项目指1年内结束的项目，经常性项目指长期开展的项目。")
        { Choices = InputVocabularies.ProjectNatures.Labels };
        public static readonly InputColumn PeriodYears = new("项目期（年）", CellKind.Years, Need.Optional, 10, "项目实施的年数，不小于 1 的整数，如 1、3。");

        /// <summary>实施期资金 by source, in printed order.</summary>
        public static readonly IReadOnlyList<(FundSource Source, InputColumn Column)> ImplementationFunds = Funds("实施期",
            "项目整个实施期的{0}，单位：元，最多两位小数；没有的填 0，不填表示申报表中该栏空白。");

        /// <summary>年度资金 by source, in printed order.</summary>
        public static readonly IReadOnlyList<(FundSource Source, InputColumn Column)> AnnualFunds = Funds("年度",
            "本年度的{0}，单位：元，最多两位小数；没有的填 0，不填表示申报表中该栏空白。");

        public static readonly InputColumn ImplementationGoal = new("实施期总体目标", CellKind.Text, Need.Optional, 40,
            "项目整个实施期的总体目标；只申报年度目标的（如河北绩效目标表）不填。")
        { Wrap = true };
        public static readonly InputColumn AnnualGoal = new("年度总体目标", CellKind.Text, Need.Required, 40,
            "本年度的总体目标（河北绩效目标表的“绩效目标”），可分条填写，每条一行（单元格内换行用 Alt+Enter）。")
        { Wrap = true };

        /// <summary>The text blocks of the Shanxi form; each header is the heading the form prints.</summary>
        public static readonly IReadOnlyList<InputColumn> TextBlocks =
        [
            new("项目概况", CellKind.Text, Need.Optional, 40, "项目的基本情况。") { Wrap = true },
            new("立项依据", CellKind.Text, Need.Optional, 40, "设立项目所依据的文件，如 忻政发【2002】37号。") { Wrap = true },
            new("项目设立必要性", CellKind.Text, Need.Optional, 40, "为什么要设立这个项目。") { Wrap = true },
            new("保证项目实施的制度、措施", CellKind.Text, Need.Optional, 40, "保证项目实施的制度和措施。") { Wrap = true },
            new("项目实施计划", CellKind.Text, Need.Optional, 40, "项目如何实施、何时完成。") { Wrap = true },
        ];

        /// <summary>资金支出计划: the points of the year the Hebei 绩效目标表 prints (3月底, 6月底, 10月底, 12月底).</summary>
        public static readonly IReadOnlyList<(string Label, int Month, InputColumn Column)> SpendingPlan =
        [
            .. new[] { (Month: 3, Example: 25), (Month: 6, Example: 50), (Month: 10, Example: 75), (Month: 12, Example: 100) }.Select(p =>
                ($"{p.Month}月底", p.Month, new InputColumn($"支出计划{p.Month}月底（%）", CellKind.Percent, Need.Optional, 11,
                    $"资金支出计划：到{p.Month}月底累计支出占年度资金的百分比，0–100，如 {p.Example} 或 {p.Example}%；不做资金支出计划的四栏都不填。")
                { PrintedHeader = $"支出计划\n{p.Month}月底（%）" })),
        ];

        public static readonly InputColumn Head = new("负责人", CellKind.Text, Need.Optional, 10, "申报表的负责人。");
        public static readonly InputColumn Handler = new("经办人", CellKind.Text, Need.Optional, 10, "申报表的经办人。");
        public static readonly InputColumn Phone = new("联系电话", CellKind.Text, Need.Optional, 14, "如 0350-3032798。");
        public static readonly InputColumn Date = new("填报日期", CellKind.Text, Need.Optional, 16, "如 2021-12-07。");

        public static readonly InputSheet Sheet = new("绩效目标",
            "项目支出绩效目标申报表：每个申报绩效目标的项目填一行（项目须先在“项目”表登记），三级指标填在“绩效指标”表。" +
            "没有申报绩效目标的项目不填，整张表可以空着。年度资金总额不在这里填写：它就是“预算明细”中该项目的金额合计。",
            [
                Project, DepartmentCode, Department, ImplementingUnit, Nature, PeriodYears,
                .. ImplementationFunds.Select(f => f.Column), .. AnnualFunds.Select(f => f.Column),
                ImplementationGoal, AnnualGoal, .. TextBlocks, .. SpendingPlan.Select(p => p.Column),
                Head, Handler, Phone, Date,
            ])
        { IsOptional = true, FreezeFirstColumn = true };

        private static (FundSource, InputColumn)[] Funds(string period, string guide) =>
        [
            (FundSource.Central, Fund(period, "中央财政资金", guide)),
            (FundSource.Provincial, Fund(period, "省级财政资金", guide)),
            (FundSource.Local, Fund(period, "市县（区）财政资金", guide)),
            // 河北绩效目标表 and other forms that do not split the fiscal money by level print one 财政资金.
            (FundSource.Fiscal, Fund(period, "财政资金", guide, "不分中央、省级、市县（区）的财政资金（如河北绩效目标表；已按级次填写的不再填这一栏）")),
            (FundSource.SelfRaised, Fund(period, "单位自筹", guide)),
            (FundSource.Other, Fund(period, "其他资金", guide)),
        ];

        private static InputColumn Fund(string period, string source, string guide, string? described = null) =>
            new($"{period}{source}（元）", CellKind.Amount, Need.Optional, 16, string.Format(System.Globalization.CultureInfo.InvariantCulture, guide, described ?? source))
            { PrintedHeader = $"{period}\n{source}\n（元）" };
    }

    /// <summary>绩效指标: the 三级 indicators of the declarations, one per row.</summary>
    public static class Indicators
    {
        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Required, 26,
            "须为“绩效目标”表中已填写的项目编码。")
        { Codes = CodeSource.DeclaredProject };
        public static readonly InputColumn Period = new("期间", CellKind.Choice, Need.Required, 10,
            "申报表“实施期目标”一侧的指标选“实施期”，“年度目标”一侧的选“年度”；两侧都有的指标填两行。只有年度指标的（如河北绩效目标表）都选“年度”。")
        { Choices = InputVocabularies.IndicatorPeriods.Labels };
        public static readonly InputColumn Level1 = new("一级指标", CellKind.Choice, Need.Required, 14, "全国统一的一级指标。")
        { Choices = InputVocabularies.Level1Indicators.Labels };
        public static readonly InputColumn Level2 = new("二级指标", CellKind.Choice, Need.Required, 20,
            "须属于本行的一级指标：" + string.Join("；", Enum.GetValues<Level1Indicator>().Select(l1 =>
                $"{IndicatorFramework.Name(l1)}——{string.Join("、", IndicatorFramework.Level2InOrder.Where(l2 => IndicatorFramework.Parent(l2) == l1).Select(IndicatorFramework.Name))}")) + "。")
        { Choices = InputVocabularies.Level2Indicators.Labels };
        public static readonly InputColumn Level3 = new("三级指标", CellKind.Text, Need.Required, 26, "项目自定的指标名称，如 服务人群类别。");
        public static readonly InputColumn Value = new("指标值", CellKind.Text, Need.Required, 16,
            "如 ≥3类、≤16万元、≥92%、60%-70%、2022年12月20日前、每季度一次、不超过年初预算数，或文字（如 显著提升）。");
        public static readonly InputColumn Description = new("绩效指标描述", CellKind.Text, Need.Optional, 30, "对指标的说明（河北绩效目标表）。")
        { Wrap = true };
        public static readonly InputColumn Basis = new("指标值确定依据", CellKind.Text, Need.Optional, 30, "如 冀财社〔2020〕147号文件要求。")
        { Wrap = true };

        public static readonly InputSheet Sheet = new("绩效指标",
            "“绩效目标”表中各项目的三级指标，每个三级指标一行。一级、二级指标从下拉列表选择，二级指标须属于一级指标；" +
            "指标值按申报表的写法填写，导入时检查能否识别。没有绩效目标的不填。",
            [Project, Period, Level1, Level2, Level3, Value, Description, Basis])
        { IsOptional = true };
    }

    /// <summary>三公经费: the “三公” items by funding source.</summary>
    public static class ThreePublic
    {
        public static readonly InputColumn Item = new("项目", CellKind.Choice, Need.Required, 30,
            "“三公”经费的明细项目。")
        { Choices = InputVocabularies.ThreePublicKinds.Labels };
        public static readonly InputColumn Source = new("资金来源", CellKind.Choice, Need.Required, 20, "资金性质。")
        { Choices = InputVocabularies.FundingSources.Labels };
        public static readonly InputColumn Amount = new("金额（元）", CellKind.Amount, Need.Required, 18, "单位：元，最多两位小数，不得为负数。");

        public static readonly InputSheet Sheet = new("三公经费",
            "本年度“三公”经费预算，每个项目和资金来源填一行（同一项目、同一资金来源只填一行）；没有的项目不填。",
            [Item, Source, Amount]);
    }

    /// <summary>政府采购: the procurement budget.</summary>
    public static class Procurement
    {
        public static readonly InputColumn Category = new("采购类别", CellKind.Choice, Need.Required, 12, "政府采购的类别。")
        { Choices = InputVocabularies.ProcurementCategories.Labels };
        public static readonly InputColumn Name = new("采购品目名称", CellKind.Text, Need.Required, 30, "采购的物品、工程或服务名称，如 复印机。");
        public static readonly InputColumn Source = new("资金来源", CellKind.Choice, Need.Required, 20, "资金性质。")
        { Choices = InputVocabularies.FundingSources.Labels };
        public static readonly InputColumn Amount = new("金额（元）", CellKind.Amount, Need.Required, 18, "采购预算金额，单位：元，最多两位小数，不得为负数。");
        public static readonly InputColumn Quantity = new("数量", CellKind.Quantity, Need.Optional, 10, "非负数。");
        public static readonly InputColumn MeasureUnit = new("计量单位", CellKind.Text, Need.Optional, 10, "如 台、套、项。");
        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Optional, 26, "用项目资金采购时填写，须为“项目”表中已登记的项目编码。")
        { Codes = CodeSource.Project };

        public static readonly InputSheet Sheet = new("政府采购",
            "本年度政府采购预算，每个采购品目一行；没有政府采购的不填（公开时空表列示）。",
            [Category, Name, Source, Amount, Quantity, MeasureUnit, Project]);
    }

    /// <summary>国有资产: fixed assets held at the end of last year.</summary>
    public static class Assets
    {
        public static readonly InputColumn Kind = new("资产类别", CellKind.Choice, Need.Required, 24,
            "“办公用房”指房屋中的办公用房；每个类别只填一行。")
        { Choices = InputVocabularies.AssetKinds.Labels };
        public static readonly InputColumn Quantity = new("数量", CellKind.Quantity, Need.Optional, 12, "房屋、办公用房填平方米，车辆填辆，设备填台（套）；其他固定资产可不填。");
        public static readonly InputColumn Value = new("价值（元）", CellKind.Amount, Need.Required, 18, "上年末账面价值，单位：元，最多两位小数，不得为负数。");

        public static readonly InputSheet Sheet = new("国有资产",
            "上年末（12月31日）占有使用的固定资产，每个资产类别一行。",
            [Kind, Quantity, Value]);
    }

    /// <summary>上年预算: last year's budget lines, for 比上年 comparisons; may be at 类 or 款 level.</summary>
    public static class PriorLines
    {
        public static readonly InputColumn Functional = new("功能分类科目编码", CellKind.Code, Need.Required, 18,
            "上年的支出功能分类科目编码，可只填到“类”（3位）或“款”（5位），也可填到“项”（7位）。")
        { Codes = CodeSource.Functional };
        public static readonly InputColumn Economic = new("经济分类科目编码", CellKind.Code, Need.Optional, 18,
            "上年的部门预算支出经济分类科目编码，3位“类”或5位“款”，可不填。")
        { Codes = CodeSource.Economic };
        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Optional, 26, "上年项目的编码，可不填；不要求在“项目”表中登记。");

        public static readonly InputSheet Sheet = new("上年预算",
            "上年度的预算数（用于与上年比较），列与“预算明细”相同；可按“类”汇总填写。没有上年数据的不填。",
            [Functional, Economic, Lines.Kind, Lines.Source, Lines.Amount, Lines.CarryOver, Project, Lines.UnitCode]);
    }

    /// <summary>预算调整: a project's 全年预算数 by source after the year's adjustments (追加, 调减).</summary>
    public static class Adjustments
    {
        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Required, 26, "须为“项目”表中已登记的项目编码。")
        { Codes = CodeSource.Project };
        public static readonly InputColumn Source = new("资金来源", CellKind.Choice, Need.Required, 20,
            "按绩效目标申报表的资金来源划分（不是“预算明细”的资金性质）；同一项目每个资金来源填一行。")
        { Choices = InputVocabularies.FundSources.Labels };
        public static readonly InputColumn Amount = new("全年预算数（元）", CellKind.Amount, Need.Required, 18,
            "调整后该资金来源的全年预算数，单位：元，最多两位小数，不得为负数；调减为零的填 0。");

        public static readonly InputSheet Sheet = new("预算调整",
            "年度中调整过预算（追加、调减）的项目：每个资金来源填一行调整后的全年预算数，未调整的资金来源也要列出。" +
            "没有调整的项目不填，它的全年预算数就是“预算明细”中的金额。",
            [Project, Source, Amount])
        { IsOptional = true };
    }

    /// <summary>资金执行: the money released (下达, 到位) and spent, per project, period and source, each period's own figures.</summary>
    public static class Flows
    {
        /// <summary>The months and quarters offered in the drop-down of 期间 (the reader takes more: M3, Q1, a date).</summary>
        public static readonly IReadOnlyList<string> PeriodLabels =
        [
            .. Enumerable.Range(1, 12).Select(m => Monitoring.ExecutionPeriod.Month(m).ToString()),
            .. Enumerable.Range(1, 4).Select(q => Monitoring.ExecutionPeriod.Quarter(q).ToString()),
        ];

        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Required, 26, "须为“项目”表中已登记的项目编码。")
        { Codes = CodeSource.Project };
        public static readonly InputColumn Period = new("期间", CellKind.Period, Need.Required, 12,
            "月份（如 3月）或季度（如 第一季度）；填日期（如 2023-03-31）视为该日期所在的月份，须在预算年度内。" +
            "同一项目、同一资金来源的期间不能重叠：按季度填了的，不再填其中的月份。")
        { Choices = PeriodLabels, LooseChoices = true };
        public static readonly InputColumn Source = new("资金来源", CellKind.Choice, Need.Required, 20,
            "按绩效目标申报表的资金来源划分（不是“预算明细”的资金性质）。")
        { Choices = InputVocabularies.FundSources.Labels };
        public static readonly InputColumn Released = new("下达（到位）金额（元）", CellKind.Amount, Need.Conditional, 16,
            "本期间下达（到位）的资金，不是累计数；单位：元，最多两位小数。与“实际支出”至少填一项，不填的一项按 0 计。")
        { PrintedHeader = "下达（到位）\n金额（元）" };
        public static readonly InputColumn Spent = new("实际支出（元）", CellKind.Amount, Need.Conditional, 16,
            "本期间实际支出的资金，不是累计数；单位：元，最多两位小数。与“下达（到位）金额”至少填一项，不填的一项按 0 计。");
        public static readonly InputColumn Note = new("说明", CellKind.Text, Need.Optional, 40,
            "支出超过下达（到位）资金或全年预算等需要说明的情况，写在相关期间的行上；同一项目的几条说明按行的顺序合为该项目的说明。")
        { Wrap = true };

        public static readonly InputSheet Sheet = new("资金执行",
            "项目资金的下达（到位）和实际支出：每个项目、期间（月份或季度）、资金来源填一行本期间发生的数（不是累计数），" +
            "截至某日的执行数由已结束的各期间相加得出。",
            [Project, Period, Source, Released, Spent, Note])
        { IsOptional = true };
    }

    /// <summary>指标完成: the actual value of a project's year indicators at dates.</summary>
    public static class Readings
    {
        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Required, 26, "须为“绩效目标”表中已填写的项目编码。")
        { Codes = CodeSource.DeclaredProject };
        public static readonly InputColumn Date = new("日期", CellKind.Date, Need.Required, 12,
            "实际完成值截至的日期，须在预算年度内，如 2023-06-30。");
        public static readonly InputColumn Level2 = new("二级指标", CellKind.Choice, Need.Conditional, 20,
            "三级指标名称在该项目的年度指标中重复时必填，用来区分；其他情况可不填。")
        { Choices = InputVocabularies.Level2Indicators.Labels };
        public static readonly InputColumn Level3 = new("三级指标", CellKind.Text, Need.Required, 26,
            "该项目在“绩效指标”表中的年度三级指标名称，如 服务人群类别。");
        public static readonly InputColumn Actual = new("实际完成值", CellKind.Text, Need.Required, 16,
            "按指标值的写法填写，如 2455592人、95%、15.6万元、2023年6月20日、已完成。");
        public static readonly InputColumn Note = new("偏差说明", CellKind.Text, Need.Optional, 30, "与目标有偏差时，说明原因和改进措施。")
        { Wrap = true };

        public static readonly InputSheet Sheet = new("指标完成",
            "年度绩效指标的实际完成值：每个指标、每个日期填一行；同一指标可按不同日期各填一行，监控时取截至当日最新的一行。",
            [Project, Date, Level2, Level3, Actual, Note])
        { IsOptional = true };
    }

    /// <summary>自评评分: per project, the score template chosen and the evaluator's entries (绩效自评).</summary>
    public static class Scores
    {
        /// <summary>The shipped score templates, offered by name in the drop-down of 评分模板 (the reader also takes the id).</summary>
        public static readonly IReadOnlyList<ScoreTemplate> Templates = [.. ScoreTemplates.All];

        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Required, 26, "须为“项目”表中已登记的项目编码。")
        { Codes = CodeSource.Project };
        public static readonly InputColumn Template = new("评分模板", CellKind.Text, Need.Conditional, 24,
            $"每个项目至少在一行填写（其余行可不填），同一项目只用一个模板；也可填模板编号（{string.Join("、", Templates.Select(t => t.Id))}）。")
        { Choices = [.. Templates.Select(t => t.Name)], LooseChoices = true };
        public static readonly InputColumn Item = new("评分项", CellKind.Text, Need.Required, 30,
            "评分模板中由评价人评分的评分项，名称在模板中重复的写明二级（如 业务管理/管理制度健全性）；或该项目的年度三级指标名称" +
            "（名称重复的写明二级指标，如 数量指标/参保人数）。" +
            string.Concat(Templates.Select(t => $"{t.Name}的评分项：{JudgedItems(t)}。")));
        public static readonly InputColumn Points = new("分值", CellKind.Score, Need.Optional, 10,
            "三级指标的分值；不填的与同一部分中其他不填的指标平均分配。评分模板中的评分项分值由模板规定，可不填（填了须与模板一致）。");
        public static readonly InputColumn Score = new("得分", CellKind.Score, Need.Conditional, 10,
            "评分模板中的评分项必填；三级指标能按完成情况计算的不填，定性指标和无法计算完成情况的填写。不小于 0，最多两位小数。");
        public static readonly InputColumn Band = new("档次", CellKind.Choice, Need.Optional, 24,
            "定性三级指标的档次，得分须在档次范围内；只用于按档次评分的模板。")
        { Choices = [.. Templates.SelectMany(t => t.QualitativeBands).Select(b => b.Name).Distinct()] };
        public static readonly InputColumn Deviation = new("偏差原因分析及改进措施", CellKind.Text, Need.Optional, 36,
            "三级指标未完成或大幅超出目标的原因和改进措施。")
        { Wrap = true, PrintedHeader = "偏差原因分析\n及改进措施" };

        public static readonly InputSheet Sheet = new("自评评分",
            "绩效自评（年度结束后）：每个自评的项目选一个评分模板，由评价人评分的评分项每项一行填得分；" +
            "三级指标需要评分、另定分值或说明偏差的，每个一行。资金到位率、预算执行率和指标完成情况由系统根据“资金执行”“指标完成”计算，不在这里填。",
            [Project, Template, Item, Points, Score, Band, Deviation])
        { IsOptional = true };

        /// <summary>The items an evaluator scores, by name, or by key where the name repeats (业务管理/管理制度健全性).</summary>
        private static string JudgedItems(ScoreTemplate template)
        {
            var judged = template.Items.Where(i => i.Formula == ScoreFormula.Judged)
                .Select(i => template.Items.Count(x => x.Name == i.Name) == 1 ? i.Name : i.Key).ToList();
            var byIndicators = template.Items.Where(i => i.Formula == ScoreFormula.IndicatorGroup)
                .Select(i => $"{i.Name}（项目没有{string.Join("、", i.Level2.Select(Jixiao.Targets.IndicatorFramework.Name))}时）").ToList();
            string list = judged.Count == 0 ? "无（只填三级指标）" : string.Join("、", judged);
            return byIndicators.Count == 0 ? list : $"{list}；以及 {string.Join("、", byIndicators)}";
        }
    }

    /// <summary>自评信息: the text blocks, evaluators and sign-off of a project's self-evaluation, one item per row.</summary>
    public static class EvaluationInfo
    {
        public static readonly InputColumn Project = new("项目编码", CellKind.Code, Need.Required, 26,
            "须为“项目”表中已登记、并在“自评评分”表中选了评分模板的项目编码。")
        { Codes = CodeSource.Project };
        public static readonly InputColumn Item = new("栏目", CellKind.Choice, Need.Required, 18,
            "项目概况等文字栏目和负责人、经办人、联系电话、填报日期，每个项目每栏一行；评价人员每人一行。")
        { Choices = InputVocabularies.EvaluationInfoItems.Labels };
        public static readonly InputColumn Content = new("内容", CellKind.Text, Need.Required, 60,
            "文字栏目填正文；评价人员填“姓名，职称/职务，科室，联系电话”，用逗号分隔，后面的可省略（如 张三，科长，财务科，0354-1234567）。")
        { Wrap = true };

        public static readonly InputSheet Sheet = new("自评信息",
            "绩效自评表的文字部分、评价人员和填报人：每行一项，须先在“自评评分”表为该项目选择评分模板。不填的栏目在自评表中空白。",
            [Project, Item, Content])
        { IsOptional = true };
    }
}
