using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Targets.Rendering;

/// <summary>
/// Forms from a unit's own data (the Xinglong budget built by hand): their 年度 total is not stored on the form but is
/// the project's money in the budget lines, which the writer takes from the caller.
/// </summary>
public class TargetFormsOfABudgetTests
{
    private const string Printing = "130822218M6H7N2EXBD1D";  // 宣传印刷费, 10.00 万元 in the lines
    private const string Poverty = "13082221ILQOHPG03DONV";   // 提高贫困人口医疗保障救助水平新增资金, 450.00 万元

    private static readonly TargetDeclaration Hebei = new()
    {
        AnnualFunds = new DeclaredFunds(null, [(FundSource.Fiscal, new Yuan(102_345.67m))]),
        AnnualGoal = "1.宣传医保政策",
        AnnualIndicators = [new Indicator(Level2Indicator.Quantity, "宣传覆盖人数", TargetValue.Parse("≥5000人")) { Description = "发放宣传明白纸人数", Basis = "相关文件" }],
        SpendingPlan = new SpendingPlan([new("6月底", 6, 40m), new("12月底", 12, 100m)]),
    };

    private static readonly TargetDeclaration Shanxi = new()
    {
        Department = ("362001", "兴隆县医疗保障局本级"),
        Nature = ProjectNature.Recurring,
        PeriodYears = 2,
        ImplementationFunds = new DeclaredFunds(new Yuan(9_000_000m), [(FundSource.Local, new Yuan(9_000_000m))]),
        AnnualFunds = new DeclaredFunds(null, [(FundSource.Local, new Yuan(4_500_000m))]),
        ImplementationIndicators = [new Indicator(Level2Indicator.Cost, "项目总成本", TargetValue.Parse("≤900万元"))],
        AnnualIndicators = [new Indicator(Level2Indicator.Cost, "项目总成本", TargetValue.Parse("≤450万元"))],
    };

    /// <summary>The seed budget with a carried-over 2,345.67 元 for 宣传印刷费, and a declared project no line names.</summary>
    private static UnitBudget Budget()
    {
        var budget = XinglongBudget.Create();
        var carried = new BudgetLine(FunctionalCode.Parse("2101501"), null, ExpenseKind.Project, FundingSource.GeneralPublic, new Yuan(2_345.67m))
        {
            ProjectCode = Printing,
            CarryOver = true,
        };
        var projects = budget.Projects.Select(p => p.Code switch
        {
            Printing => p with { Targets = Hebei },
            Poverty => p with { Targets = Shanxi },
            _ => p,
        }).Append(new Project("13082221NOLINES000000", "未列预算的项目") { Targets = Hebei with { AnnualFunds = DeclaredFunds.Empty } });
        return budget with { Lines = [.. budget.Lines, carried], Projects = projects.ToArray() };
    }

    public class TheAsDeclaredForms
    {
        [Fact]
        public void Carry_every_line_of_the_project_and_no_amount_for_a_project_without_lines()
        {
            var forms = TargetForms.AsDeclared(Budget(), Jixiao.Documents.Forms.TargetFormShapes.Of);
            Yuan? Annual(string code) => forms.Single(f => f.Project.Code == code).Declaration.AnnualFunds.StatedTotal;
            // 100,000 元 (10.00 万元) + 2,345.67 元 carried over
            Annual(Printing).ShouldBe(new Yuan(102_345.67m));
            Annual(Poverty).ShouldBe(new Yuan(4_500_000m));
            forms[^1].Declaration.AnnualFunds.StatedTotal.ShouldBeNull();
        }
    }

    public class TheXlsxWriter
    {
        private static readonly Lazy<XlsxSheets> Book = new(() =>
        {
            var budget = Budget();
            return RenderedSeeds.Written(TargetForms.AsDeclared(budget, Jixiao.Documents.Forms.TargetFormShapes.Of));
        });

        [Fact]
        public void Prints_a_Hebei_预算数_from_the_lines_in_万元()
        {
            // sheets in project order: the Shanxi form of 提高贫困人口… first, then 宣传印刷费, then the project without lines
            Book.Value.Sheets.Select(s => s.Name).ShouldBe(["提高贫困人口医疗保障救助水平新增资金", "宣传印刷费", "未列预算的项目"]);
            var s = Book.Value["宣传印刷费"];
            s["A1"].ShouldBe("1.宣传印刷费绩效目标表");
            s["B3"].ShouldBe(Printing);
            // 102,345.67 元 = 10.234567 万元, printed 10.23
            (s["C4"], s["E4"], s["G4"]).ShouldBe(("10.23", "10.23", ""));
            (s["B6"], s["E6"], s["B7"], s["E7"]).ShouldBe(("6月底", "12月底", "0.4", "1"));
            (s["B10"], s["C10"], s["D10"], s["F10"], s["G10"]).ShouldBe(("数量指标", "宣传覆盖人数", "发放宣传明白纸人数", "≥5000人", "相关文件"));
        }

        [Fact]
        public void Prints_a_Shanxi_年度资金总额_from_the_lines_in_元_beside_the_stated_实施期()
        {
            var s = Book.Value["提高贫困人口医疗保障救助水平新增资金"];
            (s["A1"], s["A2"]).ShouldBe(("项目支出绩效目标申报表", "（2021年度）"));
            (s["B4"], s["B5"], s["F5"]).ShouldBe(("362001-兴隆县医疗保障局本级", "经常性项目（长期开展）", "2年"));
            (s["E6"], s["H6"]).ShouldBe(("9000000", "4500000"));
            (s["E9"], s["H9"]).ShouldBe(("9000000", "4500000"));
            int cost = s.Row("C", "成本指标");
            (s[$"E{cost}"], s[$"H{cost}"]).ShouldBe(("≤900万元", "≤450万元"));
        }

        [Fact]
        public void Leaves_the_total_empty_when_no_line_names_the_project()
        {
            var s = Book.Value["未列预算的项目"];
            (s["B4"], s["C4"], s["E4"]).ShouldBe(("预算数", "", ""));
        }
    }
}
