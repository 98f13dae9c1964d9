using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Rules.Targets;
using Jixiao.Tables;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Rules.Targets;

/// <summary>Hand-made forms, each breaking one 审核要点 once; the clean form gives no finding.</summary>
public class TargetFormRulesTests
{
    private static DeclaredFunds Funds(decimal total, params (FundSource Source, decimal Amount)[] sources) =>
        new(new Yuan(total), sources.Select(s => (s.Source, new Yuan(s.Amount))).ToArray());

    private static Indicator I(Level2Indicator level2, string name, string value) => new(level2, name, TargetValue.Parse(value));

    // The indicators every form needs besides its cost: 数量, 质量, 时效, 满意度, all quantitative.
    private static readonly Indicator[] Others =
    [
        I(Level2Indicator.Quantity, "服务人次", "≥100人次"),
        I(Level2Indicator.Quality, "维护合格率", "≥95%"), I(Level2Indicator.Timeliness, "故障修复时间", "≤2工作日"),
        I(Level2Indicator.RecipientSatisfaction, "服务对象满意度", "≥95%"),
    ];

    private static Indicator[] With(params Indicator[] own) => [.. own, .. Others];

    // A one-year project of 100,000 元 from 市县 money, with a cost target equal to its money.
    private static TargetDeclaration Clean() => new()
    {
        Nature = ProjectNature.OneOff,
        PeriodYears = 1,
        ImplementationFunds = Funds(100_000m, (FundSource.Local, 100_000m)),
        AnnualFunds = Funds(100_000m, (FundSource.Local, 100_000m)),
        ImplementationIndicators = With(I(Level2Indicator.Quantity, "维护系统数量", "≥5个"), I(Level2Indicator.Cost, "项目总成本", "≤10万元")),
        AnnualIndicators = With(I(Level2Indicator.Quantity, "维护系统数量", "≥5个"), I(Level2Indicator.Cost, "项目总成本", "≤10万元")),
    };

    private static DocumentReport Report(TargetDeclaration declaration)
    {
        var d = new Disclosure { Source = "test", Set = TableSets.Get("S"), Kind = DocumentKind.PerformanceTargets };
        d.TargetForms.Add(new TargetForm(new Project("", "测试项目") { Targets = declaration }, TargetFormLayout.Shanxi, 1, Jixiao.Domain.Tests.Targets.LayoutShapes.Shanxi));
        return new Checker().Check(d);
    }

    private static IReadOnlyList<Finding> Check(TargetDeclaration declaration) => Report(declaration).Findings;

    [Fact]
    public void A_clean_form_gives_no_finding_and_each_rule_that_applies_passes()
    {
        var report = Report(Clean());

        report.Findings.ShouldBeEmpty();
        var outcomes = report.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
        foreach (var id in new[] { "TGT-MONEY-01", "TGT-MONEY-02", "TGT-MONEY-03", "TGT-COST-01", "TGT-COST-02", "TGT-HALF-01" })
            outcomes[id].ShouldBe(Outcome.Pass, id);
        outcomes["TGT-COST-03"].ShouldBe(Outcome.NotApplicable); // no unit cost on this form
        outcomes["TBL-SUM-01"].ShouldBe(Outcome.NotApplicable); // a form alone is no budget disclosure
    }

    [Fact]
    public void A_cost_target_with_a_greater_than_sign_above_the_money()
    {
        // ≥12万元 = 120,000 > 100,000: the money cannot meet it either.
        var f = Check(Clean() with { AnnualIndicators = With(I(Level2Indicator.Quantity, "维护系统数量", "≥5个"), I(Level2Indicator.Cost, "项目总成本", "≥12万元")) });
        f.ShouldContain(x => x.RuleId == "TGT-COST-01" && x.Location == "年度成本指标“项目总成本”");
    }

    [Fact]
    public void A_年度_split_that_neither_adds_up_nor_matches_实施期()
    {
        // 60,000 + 30,000 = 90,000 ≠ 100,000, and 省级 money appears in 年度 only.
        var f = Check(Clean() with { AnnualFunds = Funds(100_000m, (FundSource.Local, 60_000m), (FundSource.Provincial, 30_000m)) });
        f.Select(x => x.RuleId).Order().ShouldBe(["TGT-MONEY-01", "TGT-MONEY-03"]);
        f.Single(x => x.RuleId == "TGT-MONEY-01").Actual.ShouldBe("90,000.00 元");
    }

    [Fact]
    public void A_one_year_column_that_does_not_add_up_is_not_also_a_split_that_differs()
    {
        // 年度 市县 90,000 of 100,000: the same source as 实施期, only short — TGT-MONEY-01 alone.
        var f = Check(Clean() with { AnnualFunds = Funds(100_000m, (FundSource.Local, 90_000m)) });
        f.ShouldHaveSingleItem().RuleId.ShouldBe("TGT-MONEY-01");
        f[0].Location.ShouldBe("项目资金（年度）");
    }

    [Fact]
    public void A_one_year_project_whose_totals_differ_is_TGT_MONEY_02_alone()
    {
        // 实施期 120,000 (市县 120,000) against 年度 100,000: the amounts of 市县 differ because the totals do.
        var f = Check(Clean() with { ImplementationFunds = Funds(120_000m, (FundSource.Local, 120_000m)) });
        f.ShouldHaveSingleItem().RuleId.ShouldBe("TGT-MONEY-02");
        f[0].Actual.ShouldBe("120,000.00 元");
    }

    [Fact]
    public void A_money_cell_the_reader_could_not_read_gives_no_money_verdict()
    {
        // The reader left 省级 out (RD-CELL-01): 市县 60,000 alone is not a sum that fails.
        var declaration = Clean() with
        {
            ImplementationFunds = Funds(100_000m, (FundSource.Local, 60_000m)),
            AnnualFunds = Funds(100_000m, (FundSource.Local, 60_000m)),
        };
        var d = new Disclosure { Source = "test", Set = TableSets.Get("S"), Kind = DocumentKind.PerformanceTargets };
        d.TargetForms.Add(new TargetForm(new Project("", "测试项目") { Targets = declaration }, TargetFormLayout.Shanxi, 1, Jixiao.Domain.Tests.Targets.LayoutShapes.Shanxi)
        {
            Problems = [new FormReadProblem(5, "省级财政资金", "四万元", "以元为单位的金额")],
        });

        var report = new Checker().Check(d);

        report.Findings.ShouldBeEmpty();
        report.Rules.Single(r => r.Rule.Id == "TGT-MONEY-01").Outcome.ShouldBe(Outcome.InsufficientData);
    }

    [Fact]
    public void Sources_that_do_not_add_up_are_TGT_MONEY_01()
    {
        var f = Check(Clean() with
        {
            ImplementationFunds = Funds(100_000m, (FundSource.Local, 90_000m)),
            AnnualFunds = Funds(100_000m, (FundSource.Local, 90_000m)),
        });
        f.Count(x => x.RuleId == "TGT-MONEY-01").ShouldBe(2);
        f.First(x => x.RuleId == "TGT-MONEY-01").Actual.ShouldBe("90,000.00 元");
    }

    [Fact]
    public void A_three_year_project_declares_three_years_of_money()
    {
        // 300,000 a year × 3 = 900,000; the form says 600,000.
        var f = Check(Clean() with
        {
            PeriodYears = 3,
            Nature = ProjectNature.Recurring,
            ImplementationFunds = Funds(600_000m, (FundSource.Local, 600_000m)),
            AnnualFunds = Funds(300_000m, (FundSource.Local, 300_000m)),
            ImplementationIndicators = With(I(Level2Indicator.Cost, "项目总成本", "≤60万元")),
            AnnualIndicators = With(I(Level2Indicator.Cost, "项目总成本", "≤30万元")),
        });
        f.ShouldHaveSingleItem().RuleId.ShouldBe("TGT-MONEY-02");
        f[0].Expected.ShouldBe("900,000.00 元");
    }

    [Fact]
    public void Money_under_省级_in_one_column_and_市县_in_the_other()
    {
        var f = Check(Clean() with { AnnualFunds = Funds(100_000m, (FundSource.Provincial, 100_000m)) });
        f.ShouldHaveSingleItem().RuleId.ShouldBe("TGT-MONEY-03");
    }

    [Fact]
    public void A_form_without_a_cost_indicator()
    {
        var f = Check(Clean() with
        {
            ImplementationIndicators = With(I(Level2Indicator.Quantity, "维护系统数量", "≥5个")),
            AnnualIndicators = With(I(Level2Indicator.Quantity, "维护系统数量", "≥5个")),
        });
        f.Count(x => x.RuleId == "TGT-COST-02").ShouldBe(2);
    }

    [Fact]
    public void A_cost_target_above_the_money()
    {
        // ≤12万元 = 120,000 > 100,000
        var f = Check(Clean() with
        {
            ImplementationIndicators = With(I(Level2Indicator.Cost, "项目总成本", "≤12万元")),
            AnnualIndicators = With(I(Level2Indicator.Cost, "项目总成本", "≤12万元")),
        });
        f.Count(x => x.RuleId == "TGT-COST-01").ShouldBe(2);
        f[0].Message.ShouldContain("120,000.00 元");
    }

    [Fact]
    public void A_unit_cost_times_its_count_that_is_not_the_money()
    {
        // 28,000 元/人/年 × 3人 = 84,000 ≠ 100,000; 25,000 × 4人 = 100,000 holds.
        TargetDeclaration PerHead(string cost, string count) => Clean() with
        {
            ImplementationIndicators = With(I(Level2Indicator.Quantity, "保障人数", count), I(Level2Indicator.Cost, "补助标准", cost)),
            AnnualIndicators = With(I(Level2Indicator.Quantity, "保障人数", count), I(Level2Indicator.Cost, "补助标准", cost)),
        };
        var wrong = Check(PerHead("28000元/人/年", "3人"));
        wrong.Count(x => x.RuleId == "TGT-COST-03").ShouldBe(2);
        wrong[0].Actual.ShouldBe("84,000.00 元");
        var holds = Report(PerHead("25000元/人/年", "4人"));
        holds.Findings.ShouldBeEmpty();
        holds.Rules.Single(r => r.Rule.Id == "TGT-COST-03").Outcome.ShouldBe(Outcome.Pass);
        // ≤ 28,000 元 a person for 3 people caps the cost at 84,000 ≤ 100,000: no finding.
        Check(PerHead("≤28000元/人/年", "3人")).ShouldBeEmpty();
    }

    [Fact]
    public void One_indicator_with_two_values_in_a_one_year_project()
    {
        var f = Check(Clean() with { AnnualIndicators = With(I(Level2Indicator.Quantity, "维护系统数量", "≥4个"), I(Level2Indicator.Cost, "项目总成本", "≤10万元")) });
        var finding = f.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("TGT-HALF-01");
        finding.Expected.ShouldBe("≥5个");
        finding.Actual.ShouldBe("≥4个");
    }

    [Theory]
    [InlineData(25, 50, 75, 100, null)]
    [InlineData(25, 60, 50, 100, "10月底")] // a cumulative share that falls
    [InlineData(25, 50, 75, 90, "12月底")]  // the year's money not all spent
    public void A_spending_plan_rises_and_ends_at_100_percent(int march, int june, int october, int december, string? wrongAt)
    {
        var plan = new SpendingPlan([new("3月底", 3, march), new("6月底", 6, june), new("10月底", 10, october), new("12月底", 12, december)]);
        var f = Check(Clean() with { SpendingPlan = plan });
        if (wrongAt is null) Report(Clean() with { SpendingPlan = plan }).Rules.Single(r => r.Rule.Id == "TGT-PLAN-01").Outcome.ShouldBe(Outcome.Pass);
        else f.ShouldHaveSingleItem().Location.ShouldBe($"资金支出计划（{wrongAt}）");
    }

    [Fact]
    public void A_spending_plan_with_a_share_above_100_percent_and_a_fall_gives_each_fault_once()
    {
        // 25 / 150 / 75 / 100: 6月底 above 100 %, then 10月底 falls below it
        var plan = new SpendingPlan([new("3月底", 3, 25m), new("6月底", 6, 150m), new("10月底", 10, 75m), new("12月底", 12, 100m)]);
        var f = Check(Clean() with { SpendingPlan = plan });
        f.Select(x => (x.RuleId, x.Location, x.Expected, x.Actual)).ShouldBe([
            ("TGT-PLAN-01", "资金支出计划（6月底）", "不超过 100%", "150%"),
            ("TGT-PLAN-01", "资金支出计划（10月底）", "不低于 150%", "75%")]);
    }

    [Fact]
    public void A_form_without_a_时效指标_or_a_满意度指标()
    {
        var f = Check(Clean() with { AnnualIndicators = [I(Level2Indicator.Quantity, "维护系统数量", "≥5个"), I(Level2Indicator.Quality, "合格率", "≥95%"), I(Level2Indicator.Cost, "项目总成本", "≤10万元")] });
        f.ShouldContain(x => x.RuleId == "TGT-COVER-01" && x.Location == "年度绩效指标" && x.Actual == "缺时效指标、满意度指标");
    }

    [Fact]
    public void A_form_without_any_indicator_is_TGT_COVER_01()
    {
        var f = Check(Clean() with { ImplementationIndicators = [], AnnualIndicators = [] });
        f.Where(x => x.RuleId == "TGT-COVER-01").Select(x => (x.Location, x.Actual)).ShouldBe([("实施期绩效指标", "无指标"), ("年度绩效指标", "无指标")]);
        f.Count(x => x.RuleId == "TGT-COST-02").ShouldBe(2);
    }

    [Theory]
    [InlineData("≥", "年度质量指标“维护合格率”")] // a comparison without its number
    [InlineData("", "年度质量指标“维护合格率”")]  // a 三级 indicator printed without a value
    public void A_value_that_cannot_be_read_is_TGT_VALUE_01(string value, string location)
    {
        var annual = Clean().AnnualIndicators.Select(i => i.Level2 == Level2Indicator.Quality ? i with { Target = TargetValue.Parse(value) } : i).ToArray();
        var f = Check(Clean() with { AnnualIndicators = annual }).Where(x => x.RuleId == "TGT-VALUE-01").ToList();
        f.ShouldHaveSingleItem().Location.ShouldBe(location);
        Report(Clean()).Rules.Single(r => r.Rule.Id == "TGT-VALUE-01").Outcome.ShouldBe(Outcome.Pass);
    }

    [Theory]
    [InlineData("2023年至2025年完成全部改造", null)]  // the three years of the period
    [InlineData("2023年至2026年完成全部改造", "2026年")] // one year beyond it
    public void A_three_year_period_goal_may_name_each_year_of_its_period(string goal, string? wrong)
    {
        var declaration = Clean() with
        {
            PeriodYears = 3,
            Nature = ProjectNature.Recurring,
            ImplementationFunds = Funds(300_000m, (FundSource.Local, 300_000m)),
            ImplementationIndicators = With(I(Level2Indicator.Cost, "项目总成本", "≤30万元")),
            ImplementationGoal = goal,
            AnnualGoal = "2023年完成第一期改造",
        };
        var form = new TargetForm(new Project("", "测试项目") { Targets = declaration }, TargetFormLayout.Shanxi, 1, Jixiao.Domain.Tests.Targets.LayoutShapes.Shanxi) { Year = 2023 };
        var d = new Disclosure { Source = "test", Set = TableSets.Get("S"), Kind = DocumentKind.PerformanceTargets };
        d.TargetForms.Add(form);

        var years = new Checker().Check(d).Findings.Where(x => x.RuleId == "TGT-YEAR-01").ToList();

        if (wrong is null) years.ShouldBeEmpty();
        else (years.ShouldHaveSingleItem().Expected, years[0].Actual, years[0].Location).ShouldBe(("2023—2025年", wrong, "实施期总体目标"));
    }

    [Fact]
    public void The_same_level_3_indicator_twice_in_a_half_is_TGT_DUP_01()
    {
        var annual = With(I(Level2Indicator.Quantity, "维护系统数量", "≥5个"), I(Level2Indicator.Quantity, "维护系统 数量", "≥6个"), I(Level2Indicator.Cost, "项目总成本", "≤10万元"));
        var f = Check(Clean() with { AnnualIndicators = annual }).Where(x => x.RuleId == "TGT-DUP-01").ToList();
        f.ShouldHaveSingleItem().Location.ShouldBe("年度数量指标“维护系统 数量”");
        Report(Clean()).Rules.Single(r => r.Rule.Id == "TGT-DUP-01").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_form_whose_values_are_mostly_words()
    {
        // 3 of 5 qualitative = 60 % > 50 %
        var words = new[]
        {
            I(Level2Indicator.Quantity, "维护系统数量", "≥5个"), I(Level2Indicator.Quality, "维护质量", "显著提升"),
            I(Level2Indicator.Timeliness, "响应", "及时响应"), I(Level2Indicator.Cost, "项目总成本", "≤10万元"),
            I(Level2Indicator.RecipientSatisfaction, "满意度", "较高"),
        };
        var f = Check(Clean() with { AnnualIndicators = words, ImplementationIndicators = words });
        var finding = f.Single(x => x.RuleId == "TGT-QUAL-01");
        finding.Actual.ShouldBe("60%");
    }

    [Fact]
    public void A_goal_that_speaks_of_last_year()
    {
        var form = new TargetForm(new Project("", "测试项目") { Targets = Clean() with { AnnualGoal = "完成2021年度全部待遇支付" } }, TargetFormLayout.Shanxi, 1, Jixiao.Domain.Tests.Targets.LayoutShapes.Shanxi) { Year = 2022 };
        var d = new Disclosure { Source = "test", Set = TableSets.Get("S"), Kind = DocumentKind.PerformanceTargets };
        d.TargetForms.Add(form);

        var finding = new Checker().Check(d).Findings.Single(x => x.RuleId == "TGT-YEAR-01");

        finding.Location.ShouldBe("年度总体目标");
        finding.Expected.ShouldBe("2022年");
        finding.Actual.ShouldBe("2021年");
    }

    [Fact]
    public void Indicators_copied_to_a_project_with_other_money()
    {
        var indicators = new[] { I(Level2Indicator.Quantity, "人数", "≥10人"), I(Level2Indicator.Cost, "项目总成本", "≤10万元"), I(Level2Indicator.RecipientSatisfaction, "满意度", "≥90%") };
        TargetForm Form(string name, decimal money) => new(new Project("", name)
        {
            Targets = new TargetDeclaration { AnnualFunds = Funds(money, (FundSource.Fiscal, money)), AnnualIndicators = indicators, PeriodYears = 1 },
        }, TargetFormLayout.Hebei, 1, Jixiao.Domain.Tests.Targets.LayoutShapes.Hebei);
        var d = new Disclosure { Source = "test", Set = TableSets.Get("H"), Kind = DocumentKind.PerformanceTargets };
        d.TargetForms.AddRange([Form("甲", 100_000m), Form("乙", 100_000m), Form("丙", 120_000m)]);

        var copies = new Checker().Check(d).Findings.Where(x => x.RuleId == "TGT-COPY-01").ToList();

        // 乙 has the same money as 甲: the same targets may fit; 丙 has 120,000 and the very same targets.
        copies.ShouldHaveSingleItem().Subject.ShouldBe("绩效目标表“丙”");
    }

    [Fact]
    public void The_rules_follow_what_the_form_declares_not_the_name_of_its_layout()
    {
        // A province's form of one year, read in a layout of the Shanxi kind but declaring no 实施期: its 实施期 money
        // (120,000 against 年度 100,000) is not compared, its goal is named by the form's own heading, and so is the form.
        var shape = new TargetFormShape("项目绩效目标表", false, "项目总体目标", "本年度目标");
        var declaration = Clean() with { ImplementationFunds = Funds(120_000m, (FundSource.Local, 120_000m)), AnnualGoal = "完成2021年度全部待遇支付" };
        var form = new TargetForm(new Project("", "测试项目") { Targets = declaration }, TargetFormLayout.Shanxi, 1, shape) { Year = 2022 };
        var d = new Disclosure { Source = "test", Set = TableSets.Get("S"), Kind = DocumentKind.PerformanceTargets };
        d.TargetForms.Add(form);

        var report = new Checker().Check(d);

        var outcomes = report.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
        foreach (var id in new[] { "TGT-MONEY-02", "TGT-MONEY-03", "TGT-HALF-01" }) outcomes[id].ShouldBe(Outcome.NotApplicable, id);
        var year = report.Findings.ShouldHaveSingleItem();
        (year.RuleId, year.Subject, year.Location).ShouldBe(("TGT-YEAR-01", "项目绩效目标表“测试项目”", "本年度目标"));
    }
}
