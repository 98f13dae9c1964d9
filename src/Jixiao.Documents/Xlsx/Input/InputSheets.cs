namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// The layout of the budget input workbook, shared by the template writer, the reader and the 说明 sheet:
/// 说明, 单位信息, 预算明细, 项目, 三公经费, 政府采购, 国有资产, 上年预算, then the reference sheet 科目.
/// </summary>
internal static class InputSheets
{
    public const string GuideSheet = "说明";
    public const string CodeSheet = "科目";

    /// <summary>The last row the template formats and validates on a table sheet (the reader reads every used row).</summary>
    public const int LastInputRow = 5000;

    /// <summary>The input sheets, in workbook order (between 说明 and 科目).</summary>
    public static IReadOnlyList<InputSheet> All => [Unit.Sheet, Lines.Sheet, Projects.Sheet, ThreePublic.Sheet, Procurement.Sheet, Assets.Sheet, PriorLines.Sheet];

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
}
