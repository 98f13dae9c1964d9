using Jixiao.Targets;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Money;

namespace Jixiao.Domain.Tests.Tables;

/// <summary>
/// The 2021 budget of 362001兴隆县医疗保障局本级, built by hand in 元 from the published seed
/// (<c>tests/corpus/real/xinglong-2021-unit-budget.txt</c>): every amount is the published 万元 figure × 10,000.
/// Basic expenditure comes from table 6 (基本支出表, by economic 款) placed under the functional 项 that table 5 shows;
/// project expenditure from section 五、预算绩效信息 (each project's 预算数) under the 项 whose 项目支出 it makes up;
/// “三公” from table 9. All money is 一般公共预算, this year's.
/// </summary>
public static class XinglongBudget
{
    public static readonly BudgetUnit Unit = new("362001", "兴隆县医疗保障局本级", UnitNature.Administrative)
    {
        Rank = "正科级",
        FundingForm = "财政拨款",
    };

    /// <summary>The projects of section 五 with their 预算数 in 万元 and the functional 项 they are paid under.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, decimal WanYuan, string Functional)> ProjectFigures =
    [
        ("13082221VPSVGS63WR6AM", "城乡居民基本医疗保险补助资金", 3000.00m, "2101202"),
        ("13082221ILQOHPG03DONV", "提高贫困人口医疗保障救助水平新增资金", 450.00m, "2101202"),
        ("130822213QR79I7RXI65C", "冀财社[2020]147号+中央财政医疗救助补助资金", 1077.00m, "2101301"),
        ("13082221Y7D4S7OYNRCD4", "冀财社[2020]195号省级财政医疗救助补助", 1154.00m, "2101301"),
        ("13082221D5Y5YU88CYNSH", "城乡医疗救助县本级住院及门诊救助", 80.00m, "2101301"),
        ("13082221OUZP0KU2EUAIM", "贫困人口参保资助", 143.00m, "2101301"),
        ("13082221WAYTLSCZULGFI", "二残干部门诊药费", 40.00m, "2101499"),
        ("13082221946YU2KP5Y4ZI", "医疗保障智能监控系统建设经费", 20.00m, "2101504"),
        ("13082221GUVC1EHH89GDK", "保险系统升级改造维护", 6.00m, "2101504"),
        ("13082221KPMIQHAGCZE4A", "代缴村级连接医保系统费用", 41.32m, "2101504"),
        ("13082221MPX6C6X25FHYG", "医疗保障业务档案一体化管理", 15.00m, "2101504"),
        ("13082221SHB8MFD0FIR5G", "云视频会议系统服务费", 0.84m, "2101504"),
        ("130822218M6H7N2EXBD1D", "宣传印刷费", 10.00m, "2101501"),
        ("13082221AZCLVMX8GOT2C", "法律顾问费", 2.00m, "2101501"),
        ("13082221EHO0QIWAEX28E", "定点医疗机构换牌费", 6.60m, "2101501"),
        ("13082221FMXD4GOD4R7NE", "培训基层定点医疗机构经办人员", 3.00m, "2101501"),
        ("13082221G266T03IG97WE", "专项检查经费", 10.00m, "2101501"),
        ("13082221KZGSHUFI304XR", "居民医保意外伤害认定调查外包服务费", 75.00m, "2101501"),
        ("13082221OGN6QINVB4QHD", "劳务派遣人员经费", 16.80m, "2101501"),
        ("13082221R5NUDIXV0MDMA", "药采专家费", 5.00m, "2101501"),
        ("13082221RB4DHQF30GZFG", "长期护理保险", 120.00m, "2101501"),
        ("13082221SIUGGCISGKPGO", "医疗救助聘用第三方服务费", 17.50m, "2101501"),
        ("13082221FOQGVQSGFF83F", "冀财社[2020]201号省级财政城乡居民医保村级代办员补助资金", 5.00m, "2089999"),
    ];

    /// <summary>Basic expenditure: (functional 项, economic 款, kind, 万元) from tables 5 and 6.</summary>
    public static readonly IReadOnlyList<(string Functional, string Economic, ExpenseKind Kind, decimal WanYuan)> BasicFigures =
    [
        ("2080501", "30302", ExpenseKind.Personnel, 10.00m),
        ("2080501", "30299", ExpenseKind.Operating, 0.88m),
        ("2080505", "30108", ExpenseKind.Personnel, 25.31m),
        ("2080506", "30109", ExpenseKind.Personnel, 12.65m),
        ("2101101", "30110", ExpenseKind.Personnel, 14.99m),
        ("2101501", "30101", ExpenseKind.Personnel, 100.45m),
        ("2101501", "30102", ExpenseKind.Personnel, 33.52m),
        ("2101501", "30103", ExpenseKind.Personnel, 25.86m),
        ("2101501", "30107", ExpenseKind.Personnel, 40.29m),
        ("2101501", "30309", ExpenseKind.Personnel, 0.07m),
        ("2101501", "30201", ExpenseKind.Operating, 4.55m),
        ("2101501", "30211", ExpenseKind.Operating, 1.00m),
        ("2101501", "30215", ExpenseKind.Operating, 1.20m),
        ("2101501", "30217", ExpenseKind.Operating, 1.00m),
        ("2101501", "30226", ExpenseKind.Operating, 2.00m),
        ("2101501", "30229", ExpenseKind.Operating, 4.05m),
        ("2101501", "30231", ExpenseKind.Operating, 1.50m),
        ("2210201", "30113", ExpenseKind.Personnel, 18.98m),
    ];

    public static UnitBudget Create()
    {
        var lines = new List<BudgetLine>();
        foreach (var (functional, economic, kind, wan) in BasicFigures)
            lines.Add(new BudgetLine(FunctionalCode.Parse(functional), EconomicCode.Parse(economic), kind, FundingSource.GeneralPublic, Yuan(wan)));
        foreach (var (code, _, wan, functional) in ProjectFigures)
            lines.Add(new BudgetLine(FunctionalCode.Parse(functional), null, ExpenseKind.Project, FundingSource.GeneralPublic, Yuan(wan)) { ProjectCode = code });
        return new UnitBudget(Unit, new FiscalYear(2021), lines)
        {
            Projects = ProjectFigures.Select(p => new Project(p.Code, p.Name)).ToArray(),
            ThreePublic =
            [
                new ThreePublicItem(ThreePublicKind.VehicleOperation, FundingSource.GeneralPublic, Yuan(1.50m)),
                new ThreePublicItem(ThreePublicKind.Hospitality, FundingSource.GeneralPublic, Yuan(1.00m)),
            ],
        };
    }

    /// <summary>
    /// Xinglong with a plain, sound declaration on each project (the seed's own forms are read in the Documents tests):
    /// 财政资金 of the project's money, a 数量, 质量, 时效, 成本 (the money, in 元) and 满意度 target, named after the
    /// project so that no two declarations are copies, and a plan rising to 100 %.
    /// </summary>
    public static UnitBudget CreateWithTargets()
    {
        var b = Create();
        return b with
        {
            Projects = b.Projects.Select(p =>
            {
                decimal money = ProjectFigures.Single(f => f.Code == p.Code).WanYuan * 10_000m;
                Indicator I(Level2Indicator level2, string name, string value) => new(level2, p.Name + name, TargetValue.Parse(value));
                return p with
                {
                    Targets = new TargetDeclaration
                    {
                        PeriodYears = 1,
                        AnnualFunds = new DeclaredFunds(null, [(FundSource.Fiscal, new Yuan(money))]),
                        AnnualGoal = p.Name + "资金及时足额使用",
                        AnnualIndicators =
                        [
                            I(Level2Indicator.Quantity, "覆盖人数", "≥100人"),
                            I(Level2Indicator.Quality, "资金使用合规率", "100%"),
                            I(Level2Indicator.Timeliness, "资金拨付时间", "2021年12月底前"),
                            I(Level2Indicator.Cost, "项目总成本", $"≤{money:0}元"),
                            I(Level2Indicator.RecipientSatisfaction, "服务对象满意度", "≥90%"),
                        ],
                        SpendingPlan = new SpendingPlan([new("3月底", 3, 25m), new("6月底", 6, 50m), new("10月底", 10, 75m), new("12月底", 12, 100m)]),
                    },
                };
            }).ToArray(),
        };
    }

    private static Yuan Yuan(decimal wanYuan) => new(wanYuan * 10_000m);
}
