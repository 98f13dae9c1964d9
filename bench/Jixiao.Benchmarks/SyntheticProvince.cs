using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Benchmarks;

/// <summary>
/// A synthetic province of unit budgets with the shape of real county 医疗保障局 / 医疗保险服务中心 budgets:
/// personnel lines under the pension, medical and housing 项, operating lines under 行政运行, 5–25 projects under
/// the medical-insurance 项, amounts in 元 with 分, some carry-over, a few 三公 items, and on each project a target
/// declaration of 6–9 indicators (数量 … 满意度, a cost target equal to the money) with a spending plan. Deterministic per seed.
/// </summary>
public static class SyntheticProvince
{
    private static readonly (string Functional, string[] Economic)[] Personnel =
    [
        ("2080501", ["30302", "30301"]),
        ("2080505", ["30108"]),
        ("2080506", ["30109"]),
        ("2101101", ["30110"]),
        ("2101501", ["30101", "30102", "30103", "30107", "30309", "30199"]),
        ("2210201", ["30113"]),
    ];

    private static readonly string[] OperatingEconomic = ["30201", "30202", "30205", "30206", "30207", "30211", "30213", "30215", "30216", "30217", "30226", "30228", "30229", "30231", "30239", "30299"];
    private static readonly string[] ProjectFunctional = ["2101202", "2101301", "2101499", "2101504", "2101501", "2101506", "2089999", "2101550"];

    public static IEnumerable<UnitBudget> Units(int count, int seed = 20250101)
    {
        var year = new FiscalYear(2023);
        var catalog = CatalogSet.For(year);
        for (int u = 0; u < count; u++)
        {
            var rnd = new Random(seed + u);
            var nature = rnd.Next(4) == 0 ? UnitNature.PublicInstitution : UnitNature.Administrative;
            var unit = new BudgetUnit($"{140000 + u:D6}", $"合成{u}号县医疗保障局", nature);
            var lines = new List<BudgetLine>(64);
            foreach (var (f, econ) in Personnel)
            {
                if (!catalog.Functional.Contains(f)) continue;
                foreach (var e in econ)
                {
                    if (rnd.Next(5) == 0) continue;
                    lines.Add(new BudgetLine(FunctionalCode.Parse(f), EconomicCode.Parse(e), ExpenseKind.Personnel, FundingSource.GeneralPublic, Money(rnd, 5_000, 2_000_000)));
                }
            }
            foreach (var e in OperatingEconomic)
            {
                if (rnd.Next(3) == 0) continue;
                lines.Add(new BudgetLine(FunctionalCode.Parse("2101501"), EconomicCode.Parse(e), ExpenseKind.Operating, FundingSource.GeneralPublic, Money(rnd, 500, 80_000)));
            }
            var projects = new List<Project>();
            int nProjects = rnd.Next(5, 26);
            for (int p = 0; p < nProjects; p++)
            {
                var code = $"{unit.Code}23P{p:D4}";
                var money = Money(rnd, 1_000, 40_000_000);
                projects.Add(new Project(code, $"合成项目{p}") { Targets = Declaration(rnd, $"合成项目{p}", money) });
                var f = ProjectFunctional[rnd.Next(ProjectFunctional.Length)];
                if (!catalog.Functional.Contains(f)) f = "2101501";
                var source = rnd.Next(10) == 0 ? FundingSource.GovernmentFund : FundingSource.GeneralPublic;
                lines.Add(new BudgetLine(FunctionalCode.Parse(f), EconomicCode.Parse(rnd.Next(2) == 0 ? "30227" : "30299"), ExpenseKind.Project, source, money)
                {
                    ProjectCode = code,
                    CarryOver = rnd.Next(12) == 0,
                });
            }
            // “三公” as a real unit reports them: equal to its 30217 公务接待费 and 30231 公务用车运行维护费 lines.
            var threePublic = new List<ThreePublicItem>();
            foreach (var (econ, kind) in new[] { ("30217", ThreePublicKind.Hospitality), ("30231", ThreePublicKind.VehicleOperation) })
            {
                var sum = lines.Where(l => l.Economic?.Value == econ).Aggregate(Yuan.Zero, (a, l) => a + l.Amount);
                if (sum > Yuan.Zero) threePublic.Add(new ThreePublicItem(kind, FundingSource.GeneralPublic, sum));
            }
            yield return new UnitBudget(unit, year, lines) { Projects = projects, ThreePublic = threePublic };
        }
    }

    private static readonly (Level2Indicator Level2, string Name, string[] Values)[] IndicatorPool =
    [
        (Level2Indicator.Quantity, "覆盖参保人数", ["≥{n}人", "{n}人以上"]),
        (Level2Indicator.Quantity, "开展检查次数", ["≥{k}次", "每季度1次"]),
        (Level2Indicator.Quality, "资金使用合规率", ["100%", "≥98%"]),
        (Level2Indicator.Quality, "系统正常运行率", ["≥99%", "≥95%"]),
        (Level2Indicator.Timeliness, "资金拨付及时性", ["2023年12月底前", "12月31日前", "及时"]),
        (Level2Indicator.Social, "政策知晓率", ["≥90%", "有效提升"]),
        (Level2Indicator.Sustainability, "基金运行持续性", ["长期", "持续运行"]),
        (Level2Indicator.RecipientSatisfaction, "参保对象满意度", ["≥90%", "≥95%"]),
    ];

    private static TargetDeclaration Declaration(Random rnd, string project, Yuan money)
    {
        var indicators = new List<Indicator>(9);
        foreach (var (level2, name, values) in IndicatorPool)
        {
            if (level2 is not (Level2Indicator.Quantity or Level2Indicator.Quality or Level2Indicator.Timeliness or Level2Indicator.RecipientSatisfaction)
                && rnd.Next(3) == 0) continue;
            var value = values[rnd.Next(values.Length)]
                .Replace("{n}", rnd.Next(100, 500_000).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{k}", rnd.Next(1, 12).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            indicators.Add(new Indicator(level2, project + name, TargetValue.Parse(value)));
        }
        indicators.Insert(3, new Indicator(Level2Indicator.Cost, project + "总成本",
            TargetValue.Parse("≤" + money.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "元")));
        return new TargetDeclaration
        {
            PeriodYears = 1,
            AnnualFunds = new DeclaredFunds(null, [(FundSource.Fiscal, money)]),
            AnnualGoal = project + "按计划完成，资金及时足额使用",
            AnnualIndicators = indicators,
            SpendingPlan = new SpendingPlan([new("3月底", 3, 25m), new("6月底", 6, 50m), new("9月底", 9, 75m), new("12月底", 12, 100m)]),
        };
    }

    private static Yuan Money(Random rnd, int min, int max) => new(rnd.Next(min, max) + rnd.Next(0, 100) / 100m);
}
