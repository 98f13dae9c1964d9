using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Rules;
using Jixiao.Rules.Budget;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Rules.Budget;

/// <summary>
/// PKG-08 on hand-made budgets: one project P1 with a line of 100,000 元, declared with 市县（区）财政资金 100,000 元
/// and three annual indicators (two of them named 满意度, under different 二级).
/// </summary>
public class ExecutionConsistentTests
{
    private static readonly Yuan Line = new(100_000m);

    private static TargetDeclaration Declaration(params (FundSource, decimal)[] sources) => new()
    {
        AnnualFunds = new DeclaredFunds(null, sources.Length > 0 ? sources.Select(s => (s.Item1, new Yuan(s.Item2))).ToArray() : [(FundSource.Local, Line)]),
        AnnualIndicators =
        [
            new Indicator(Level2Indicator.Quantity, "参保人数", TargetValue.Parse("≥1000人")),
            new Indicator(Level2Indicator.RecipientSatisfaction, "满意度", TargetValue.Parse("≥90%")),
            new Indicator(Level2Indicator.OtherSatisfaction, "满意度", TargetValue.Parse("≥85%")),
        ],
    };

    private static UnitBudget Budget(ProjectExecution? execution, TargetDeclaration? declaration = null, bool lines = true) =>
        new(XinglongBudget.Unit, new FiscalYear(2021), lines
            ? [new BudgetLine(FunctionalCode.Parse("2101504"), null, ExpenseKind.Project, FundingSource.GeneralPublic, Line) { ProjectCode = "P1" }]
            : [])
        {
            Projects = [new Project("P1", "村级代办员补助") { Targets = declaration ?? Declaration(), Execution = execution }],
        };

    private static FundsFlow Q(int quarter, decimal released, decimal spent, FundSource source = FundSource.Local) =>
        new(ExecutionPeriod.Quarter(quarter), source, new Yuan(released), new Yuan(spent));

    private static IndicatorReading Reading(string name, string actual, Level2Indicator? level2 = null) =>
        new(new DateOnly(2021, 6, 30), name, TargetValue.Parse(actual)) { Level2 = level2 };

    private static IReadOnlyList<Finding> Run(UnitBudget budget, out Outcome outcome)
    {
        var rule = new ExecutionConsistent();
        var results = new RuleResults();
        new PackageChecker([rule]).Check(budget, results);
        outcome = results.OutcomeOf(rule.Info.Id);
        return results.Findings;
    }

    [Fact]
    public void Is_registered_after_PKG_07() =>
        RuleCatalog.PackageRules().Select(r => r.Info.Id).ShouldBe(["PKG-01", "PKG-02", "PKG-03", "PKG-04", "PKG-05", "PKG-06", "PKG-07", "PKG-08"]);

    public class TheReadings
    {
        [Fact]
        public void Given_readings_of_declared_indicators_When_checked_Then_it_passes()
        {
            var x = new ProjectExecution
            {
                Readings = [Reading("参保人数", "600人"), Reading("满意度", "92%", Level2Indicator.RecipientSatisfaction), Reading(" 参保人数 ", "700人")],
            };

            Run(Budget(x), out var outcome).ShouldBeEmpty();
            outcome.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Given_a_reading_of_no_declared_indicator_When_checked_Then_an_error_names_it_and_the_declared_ones()
        {
            var x = new ProjectExecution { Readings = [Reading("参保人数", "600人"), Reading("参保率", "95%")] };

            var f = Run(Budget(x), out var outcome).ShouldHaveSingleItem();

            outcome.ShouldBe(Outcome.Fail);
            (f.RuleId, f.Severity, f.Location).ShouldBe(("PKG-08", Severity.Error, "$.projects[0].execution.readings[1].indicator"));
            f.Message.ShouldBe("项目“村级代办员补助”（P1）2021-06-30的指标实际值“参保率”不是绩效目标中的年度指标");
            (f.Expected, f.Actual).ShouldBe(("参保人数、满意度", "参保率"));
        }

        [Fact]
        public void Given_readings_spelled_with_a_trailing_or_a_full_width_space_When_checked_Then_they_name_the_declared_indicators()
        {
            // the spellings monitoring and the self-evaluation take as the same indicator (Indicator.Matches)
            var x = new ProjectExecution
            {
                Readings = [Reading("参保人数 ", "600人"), Reading("满意度\u3000", "92%", Level2Indicator.RecipientSatisfaction)],
            };

            Run(Budget(x), out var outcome).ShouldBeEmpty();
            outcome.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Given_a_name_declared_under_two_level2_and_no_level2_When_checked_Then_the_level2_is_asked_for()
        {
            var f = Run(Budget(new ProjectExecution { Readings = [Reading("满意度", "92%")] }), out _).ShouldHaveSingleItem();

            f.Location.ShouldBe("$.projects[0].execution.readings[0].level2");
            f.Message.ShouldContain("不止一个（服务对象满意度指标、其他满意度指标），须注明二级指标");
        }

        [Fact]
        public void Given_a_level2_other_than_declared_When_checked_Then_an_error_names_both()
        {
            var f = Run(Budget(new ProjectExecution { Readings = [Reading("参保人数", "600人", Level2Indicator.Quality)] }), out _).ShouldHaveSingleItem();

            f.Location.ShouldBe("$.projects[0].execution.readings[0].level2");
            (f.Expected, f.Actual).ShouldBe(("数量指标", "质量指标"));
        }

        [Fact]
        public void Given_no_declaration_When_checked_Then_readings_are_not_held_against_anything()
        {
            var budget = Budget(new ProjectExecution { Readings = [Reading("参保率", "95%")] });
            budget = budget with { Projects = [budget.Projects[0] with { Targets = null }] };

            Run(budget, out var outcome).ShouldBeEmpty();
            outcome.ShouldBe(Outcome.NotApplicable);
        }
    }

    public class TheMoney
    {
        [Fact]
        public void Given_spending_within_release_within_the_lines_When_checked_Then_it_passes()
        {
            // released 50,000 + 50,000 = 100,000 ≤ 100,000 (the line); spent 30,000 + 60,000 = 90,000 ≤ 100,000
            Run(Budget(new ProjectExecution { Flows = [Q(1, 50_000m, 30_000m), Q(2, 50_000m, 60_000m)] }), out var outcome).ShouldBeEmpty();
            outcome.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Given_spending_above_the_money_released_and_no_explanation_When_checked_Then_an_error_gives_both_and_the_gap()
        {
            // released 40,000 + 40,000 = 80,000; spent 50,000 + 50,000 = 100,000: 20,000 over
            var f = Run(Budget(new ProjectExecution { Flows = [Q(1, 40_000m, 50_000m), Q(2, 40_000m, 50_000m)] }), out var outcome).ShouldHaveSingleItem();

            outcome.ShouldBe(Outcome.Fail);
            (f.Severity, f.Location).ShouldBe((Severity.Error, "$.projects[0].execution.flows"));
            f.Message.ShouldBe("项目“村级代办员补助”（P1）实际支出 100,000.00元 超过下达资金 80,000.00元（多 20,000.00元），未说明原因（execution.explanation）");
            (f.Expected, f.Actual).ShouldBe(("≤ 80,000.00元", "100,000.00元"));
        }

        [Fact]
        public void Given_the_same_with_an_explanation_When_checked_Then_it_is_an_info_and_the_rule_holds()
        {
            var x = new ProjectExecution { Flows = [Q(1, 40_000m, 50_000m), Q(2, 40_000m, 50_000m)], Explanation = "以上年结转资金垫付" };

            var f = Run(Budget(x), out var outcome).ShouldHaveSingleItem();

            outcome.ShouldBe(Outcome.Pass);
            f.Severity.ShouldBe(Severity.Info);
            f.Message.ShouldEndWith("（多 20,000.00元）；已说明：以上年结转资金垫付");
        }

        [Fact]
        public void Given_release_above_the_adjusted_budget_When_checked_Then_the_adjusted_budget_is_the_measure_not_the_lines()
        {
            // adjusted 60,000 + 20,000 = 80,000 < released 90,000 (within the line's 100,000, which no longer counts)
            var x = new ProjectExecution
            {
                AdjustedBudget = [(FundSource.Local, new Yuan(60_000m)), (FundSource.Central, new Yuan(20_000m))],
                Flows = [Q(1, 90_000m, 10_000m)],
            };

            var f = Run(Budget(x), out _).ShouldHaveSingleItem();

            f.Message.ShouldBe("项目“村级代办员补助”（P1）下达资金 90,000.00元 超过调整后的全年预算 80,000.00元（多 10,000.00元），未说明原因（execution.explanation）");
        }

        [Fact]
        public void Given_release_above_the_lines_When_checked_Then_the_lines_are_the_measure()
        {
            // 70,000 + 40,000 = 110,000 released against the line's 100,000
            var f = Run(Budget(new ProjectExecution { Flows = [Q(1, 70_000m, 0m), Q(2, 40_000m, 0m)] }), out _).ShouldHaveSingleItem();

            f.Message.ShouldContain("下达资金 110,000.00元 超过预算行合计 100,000.00元（多 10,000.00元）");
        }

        [Fact]
        public void Given_a_package_of_forms_alone_When_checked_Then_the_declared_total_is_the_measure()
        {
            var declaration = Declaration() with { AnnualFunds = new DeclaredFunds(new Yuan(50_000m), [(FundSource.Local, new Yuan(50_000m))]) };

            var f = Run(Budget(new ProjectExecution { Flows = [Q(1, 60_000m, 0m)] }, declaration, lines: false), out _).ShouldHaveSingleItem();

            f.Message.ShouldContain("下达资金 60,000.00元 超过申报的年度资金总额 50,000.00元（多 10,000.00元）");
        }

        [Fact]
        public void Given_lines_for_other_projects_only_When_checked_Then_the_project_s_budget_is_not_taken_as_0()
        {
            // the budget has lines, none of them P1's: 10,000 released is not "above 0.00"; with no stated total either,
            // the release gets no verdict; with 年度资金总额 5,000 stated it is measured against that
            var noLine = new BudgetLine(FunctionalCode.Parse("2101504"), null, ExpenseKind.Project, FundingSource.GeneralPublic, Line) { ProjectCode = "P2" };
            var budget = Budget(new ProjectExecution { Flows = [Q(1, 10_000m, 10_000m)] }) with { Lines = [noLine] };

            Run(budget, out var outcome).ShouldBeEmpty();
            outcome.ShouldBe(Outcome.Pass); // 实际支出 10,000 ≤ 下达 10,000 holds

            var stated = Declaration() with { AnnualFunds = new DeclaredFunds(new Yuan(5_000m), [(FundSource.Local, new Yuan(5_000m))]) };
            var measured = Budget(new ProjectExecution { Flows = [Q(1, 10_000m, 10_000m)] }, stated) with { Lines = [noLine] };
            Run(measured, out _).ShouldHaveSingleItem().Message
                .ShouldBe("项目“村级代办员补助”（P1）下达资金 10,000.00元 超过申报的年度资金总额 5,000.00元（多 5,000.00元），未说明原因（execution.explanation）");
        }

        [Fact]
        public void Given_no_budget_at_all_When_checked_Then_release_is_not_measured_but_spending_against_release_is()
        {
            var budget = Budget(new ProjectExecution { Flows = [Q(1, 10_000m, 20_000m)] }, lines: false);
            budget = budget with { Projects = [budget.Projects[0] with { Targets = null }] };

            Run(budget, out _).ShouldHaveSingleItem().Message.ShouldContain("实际支出 20,000.00元 超过下达资金 10,000.00元");
        }
    }

    public class TheSources
    {
        [Fact]
        public void Given_money_from_a_source_not_declared_When_checked_Then_a_warning_once_per_source()
        {
            var x = new ProjectExecution { Flows = [Q(1, 10_000m, 0m, FundSource.Central), Q(2, 10_000m, 0m, FundSource.Central), Q(3, 10_000m, 0m)] };

            var f = Run(Budget(x), out var outcome).ShouldHaveSingleItem();

            outcome.ShouldBe(Outcome.Fail);
            (f.Severity, f.Location).ShouldBe((Severity.Warning, "$.projects[0].execution.flows[0].source"));
            f.Message.ShouldBe("项目“村级代办员补助”（P1）有来自“中央财政资金”的资金，绩效目标申报的年度资金来源中没有它（市县（区）财政资金）");
        }

        [Fact]
        public void Given_a_source_added_by_the_adjusted_budget_When_checked_Then_it_is_planned()
        {
            var x = new ProjectExecution
            {
                AdjustedBudget = [(FundSource.Local, new Yuan(100_000m)), (FundSource.Central, new Yuan(10_000m))],
                Flows = [Q(1, 10_000m, 0m, FundSource.Central)],
            };

            Run(Budget(x), out var outcome).ShouldBeEmpty();
            outcome.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Given_a_Hebei_declaration_of_财政资金_When_money_comes_from_a_level_of_government_Then_it_is_planned()
        {
            var x = new ProjectExecution { Flows = [Q(1, 10_000m, 0m, FundSource.Local), Q(2, 10_000m, 0m, FundSource.Provincial)] };

            Run(Budget(x, Declaration((FundSource.Fiscal, 100_000m))), out _).ShouldBeEmpty();
        }

        [Fact]
        public void Given_a_source_declared_with_nothing_When_money_comes_from_it_Then_it_is_not_planned()
        {
            var x = new ProjectExecution { Flows = [Q(1, 10_000m, 0m, FundSource.Central)] };

            Run(Budget(x, Declaration((FundSource.Central, 0m), (FundSource.Local, 100_000m))), out _).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
        }
    }

    [Fact]
    public void Given_no_execution_data_When_checked_Then_the_rule_does_not_apply()
    {
        Run(Budget(null), out var outcome).ShouldBeEmpty();
        outcome.ShouldBe(Outcome.NotApplicable);
    }
}
