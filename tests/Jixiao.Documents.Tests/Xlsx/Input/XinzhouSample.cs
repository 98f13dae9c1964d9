namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>
/// The 离休干部业务经办费 declaration of the Xinzhou seed (<c>tests/corpus/real/xinzhou-2022-performance-targets.txt</c>, the
/// form after line 68) typed into the 2022 template the way its unit would: money in 元 by source, goals, text blocks,
/// sign-off, and its seven indicators in each half. The seed prints no project code and no unit code: those are made
/// up, and so is the budget line that carries the project's 150,000 元 (the seed's 年度资金总额).
/// </summary>
internal static class XinzhouSample
{
    public const string Project = "14090022LXGBYWJBF0001"; // made up
    public const string ProjectName = "离休干部业务经办费";

    public const string Overview = "为一些特殊参保人群: 离休干部、建国前老工人、一至六级伤残军人及二等乙级以上革命伤残军人等提供医疗保障服务, 以及从事各项医疗保障工作所需经费。";
    public const string Basis = "市老干局印发《忻州市市直离休干部医药费管理办法》 忻州市人民政府关于印发《忻州城区城镇职工基本医疗保险实施办法》的通知(忻政发【2002】37号): “医疗保险经办机构用于开展医疗保险工作所需的人员经费和公用经费, 同级财政部门在预算中安排”。 忻州市人民政府关于印发《忻州市城镇职工基本医疗保险市级统筹实施方案》的通知(忻政发【2011】18号)";
    public const string Necessity = "为保障特殊参保人群: 离休干部、建国前老工人、一至六级伤残军人及二等乙级以上革命伤残军人等各类参保人员涉及的各项医保工作顺利开展。 离休干部、建国前老工人、一至六级伤残军人及二等乙级以上革命伤残军人等各类参保人员为我国的革命事业、建设事业做出巨大贡献, 我们医保经办部门要按照政策规定, 及时为此类人群提供优质、高效的医保服务。为保障此项工作的顺利开展, 特申请离休干部业务经办费用。";
    public const string Measures = "市老干局印发、《忻州市市直离休干部医药费管理办法》 忻州市人民政府关于印发《忻州城区城镇职工基本医疗保险实施办法》的通知(忻政发【2002】37号) 忻州市人民政府关于印发《忻州市城镇职工基本医疗保险市级统筹实施方案》的通知(忻政发【2011】18号) 山西省医疗保障局 中共山西省委老干部局 山西省财政厅《关于进一步做好离休干部医疗保障工作的通知》(晋医保函[2021]55号)";
    public const string Plan = "根据实际工作需要列支相关费用以保障各项工作顺利开展, 按照政策规定及时为离休干部、建国前老工人、一至六级伤残军人及二等乙级以上革命伤残军人等特殊人群办理医保业务, 待遇支付业务等。";
    public const string Goal = "为保障特殊参保人群: 离休干部、建国前老工人、一至六级伤残军人及二等乙级以上革命伤残军人等各类参保人员涉及的各项医保工作顺利开展。";

    /// <summary>The seven indicators the seed prints in each half: 一级, 二级 (as the seed's 实施期 half prints it), 三级, 指标值.</summary>
    public static readonly (string Level1, string Level2, string Name, string Value)[] Indicators =
    [
        ("产出指标", "数量指标", "服务人群类别", "≥3类"),
        ("产出指标", "质量指标", "工作效率提升度", "显著提升"),
        ("产出指标", "时效指标", "资金支出时效性", "及时支付"),
        ("产出指标", "成本指标", "离休干部业务经办成本", "≤16万元"),
        ("效益指标", "社会效益指标", "服务能力提升度", "显著提升"),
        ("效益指标", "可持续影响指标", "基金运行持续性", "持续运行"),
        ("满意度指标", "服务对象满意度", "参保对象满意度", "≥92%"),
    ];

    /// <summary>The first indicator row of the 年度 half on 绩效指标 (rows 2–8 are 实施期, 9–15 年度).</summary>
    public const int FirstAnnualRow = 9;

    /// <summary>Fills 单位信息, 项目 row 2, 预算明细 row 2, 绩效目标 row 2 and 绩效指标 rows 2–15.</summary>
    public static TestWorkbook Fill(TestWorkbook wb)
    {
        wb.Unit("单位编码", "303001") // made up
          .Unit("单位名称", "忻州市医疗保险服务中心")
          .Unit("单位性质", "事业")
          .Unit("主管部门编码", "303");

        wb.Row("项目", 2, ("项目编码", Project), ("项目名称", ProjectName));
        wb.Row("预算明细", 2, ("功能分类科目编码", "2101550"), ("支出类型", "项目支出"), ("资金来源", "一般公共预算"),
            ("金额（元）", 150_000.00m), ("项目编码", Project));

        // 项目资金 (元): 实施期 and 年度 alike — 中央 0, 省级 0, 市县(区) 150,000, 单位自筹 0, 其他资金 blank.
        wb.Row("绩效目标", 2,
            ("项目编码", Project), ("主管部门代码", "303"), ("主管部门", "忻州市医疗保障局"), ("实施单位", "忻州市医疗保险服务中心"),
            ("项目属性", "一次性项目（1年结束）"), ("项目期（年）", "1年"),
            ("实施期中央财政资金（元）", 0m), ("实施期省级财政资金（元）", 0m), ("实施期市县（区）财政资金（元）", 150_000m), ("实施期单位自筹（元）", 0m),
            ("年度中央财政资金（元）", 0m), ("年度省级财政资金（元）", 0m), ("年度市县（区）财政资金（元）", "150,000"), ("年度单位自筹（元）", 0m),
            ("实施期总体目标", Goal), ("年度总体目标", Goal),
            ("项目概况", Overview), ("立项依据", Basis), ("项目设立必要性", Necessity), ("保证项目实施的制度、措施", Measures), ("项目实施计划", Plan),
            ("经办人", "苏媛渊"), ("联系电话", "3032798"), ("填报日期", "20211207171140"));

        for (int i = 0; i < Indicators.Length; i++)
        {
            var (level1, level2, name, value) = Indicators[i];
            Indicator(wb, 2 + i, Project, "实施期", level1, level2, name, value);
            // The 年度 half prints 服务对象满意度指 (cut short); typed in full here.
            Indicator(wb, FirstAnnualRow + i, Project, "年度", level1, level2 == "服务对象满意度" ? "服务对象满意度指标" : level2, name, value);
        }
        return wb;
    }

    public static TestWorkbook Indicator(TestWorkbook wb, int row, string project, string period, string level1, string level2, string name, string value) =>
        wb.Row("绩效指标", row, ("项目编码", project), ("期间", period), ("一级指标", level1), ("二级指标", level2), ("三级指标", name), ("指标值", value));
}
