using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Rules.Budget;
using Jixiao.Tables;

namespace Jixiao.Domain.Tests.Rules.Budget;

public class PackageRuleTests
{
    private static BudgetLine Line(string functional, string? economic, ExpenseKind kind, decimal yuan, FundingSource source = FundingSource.GeneralPublic) =>
        new(FunctionalCode.Parse(functional), economic is null ? null : EconomicCode.Parse(economic), kind, source, new Yuan(yuan));

    private static UnitBudget Budget(params BudgetLine[] lines) => new(XinglongBudget.Unit, new FiscalYear(2021), lines);

    private static IReadOnlyList<Finding> Run(IBudgetRule rule, UnitBudget budget, out Outcome outcome)
    {
        var results = new RuleResults();
        new PackageChecker([rule]).Check(budget, results);
        outcome = results.OutcomeOf(rule.Info.Id);
        return results.Findings;
    }

    public class TheCheckMethod
    {
        [Fact]
        public void Given_Xinglong_with_its_targets_When_checked_Then_no_package_rule_finds_anything_and_all_pass()
        {
            var report = new PackageChecker().Check(XinglongBudget.CreateWithTargets());

            report.Findings.ShouldBeEmpty();
            report.Rules.Select(r => r.Rule.Id).ShouldBe(["PKG-01", "PKG-02", "PKG-03", "PKG-04", "PKG-05", "PKG-06", "PKG-07", "PKG-08"]);
            // no execution data yet: PKG-08 has nothing to check
            report.Rules.ShouldAllBe(r => r.Outcome == (r.Rule.Id == "PKG-08" ? Outcome.NotApplicable : Outcome.Pass));
        }

        [Fact]
        public void Given_Xinglong_without_targets_When_checked_Then_each_of_its_23_projects_lacks_a_declaration()
        {
            var report = new PackageChecker().Check(XinglongBudget.Create());

            // All 23 projects of the seed have money (表3 项目支出 6298.06 万元 over 23 绩效目标表).
            report.Findings.Count.ShouldBe(23);
            report.Findings.ShouldAllBe(f => f.RuleId == "PKG-07" && f.Severity == Severity.Error && f.Message.EndsWith("没有绩效目标申报", StringComparison.Ordinal));
            report.Findings.ShouldContain(f => f.Message == "项目“代缴村级连接医保系统费用”（13082221KPMIQHAGCZE4A）有预算 413,200.00元，没有绩效目标申报");
        }

        [Fact]
        public void Given_Xinglong_When_its_exact_tables_and_the_package_are_checked_together_Then_there_is_no_error()
        {
            var budget = XinglongBudget.CreateWithTargets();
            var tables = new Checker().Check(TableRenderer.Render(budget, TableSets.Get("H"), RenderPrecision.ExactYuan));

            var merged = PackageChecker.Merge(tables, new PackageChecker().Check(budget));

            merged.HasErrors.ShouldBeFalse();
            merged.Rules.ShouldContain(r => r.Rule.Id == "PKG-01" && r.Outcome == Outcome.Pass);
            merged.Rules.ShouldContain(r => r.Rule.Id == "TBL-SUM-01" && r.Outcome == Outcome.Pass);
        }
    }

    public class TheCodesInCatalogRule
    {
        [Fact]
        public void Given_codes_of_the_catalog_When_checked_Then_it_passes() =>
            Run(new CodesInCatalog(), Budget(Line("2101501", "30101", ExpenseKind.Personnel, 100m)), out var o).ShouldBeEmpty();

        [Fact]
        public void Given_a_functional_code_not_in_the_year_When_checked_Then_an_error_names_line_code_and_year()
        {
            var budget = Budget(Line("2101501", "30101", ExpenseKind.Personnel, 100m), Line("2109999", "30101", ExpenseKind.Personnel, 5m));

            var f = Run(new CodesInCatalog(), budget, out var outcome).ShouldHaveSingleItem();

            outcome.ShouldBe(Outcome.Fail);
            f.RuleId.ShouldBe("PKG-01");
            f.Severity.ShouldBe(Severity.Error);
            f.Location.ShouldBe("$.lines[1].functional");
            f.Message.ShouldContain("第 2 行");
            f.Message.ShouldContain("2109999");
            f.Message.ShouldContain("2021 年支出功能分类科目");
            f.Actual.ShouldBe("2109999");
        }

        [Fact]
        public void Given_an_economic_code_not_in_the_year_When_checked_Then_an_error_names_the_economic_catalog()
        {
            var f = Run(new CodesInCatalog(), Budget(Line("2101501", "30198", ExpenseKind.Personnel, 1m)), out _).ShouldHaveSingleItem();

            f.Location.ShouldBe("$.lines[0].economic");
            f.Message.ShouldContain("部门预算支出经济分类科目");
            f.Actual.ShouldBe("30198");
        }

        [Fact]
        public void Given_an_unconfirmed_year_When_a_code_is_not_in_its_catalog_Then_a_warning_says_the_catalog_is_unconfirmed()
        {
            var budget = Budget(Line("2109999", "30101", ExpenseKind.Personnel, 5m)) with { Year = new FiscalYear(2027) };

            var f = Run(new CodesInCatalog(), budget, out var outcome).ShouldHaveSingleItem();

            outcome.ShouldBe(Outcome.Fail);
            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("不在该年度已知的支出功能分类科目中");
            f.Message.ShouldContain("2027年目录未经确认，按2026年目录沿用");
        }

        [Fact]
        public void Given_2025_When_a_line_uses_a_kuan_the_2025_notice_added_Then_it_is_in_the_catalog()
        {
            // 财预〔2025〕41号 set up 23107 中央金融机构注资特别国债还本支出; 2023 does not have it.
            var line = Line("23107", null, ExpenseKind.Project, 5m);

            Run(new CodesInCatalog(), Budget(line) with { Year = new FiscalYear(2025) }, out _).ShouldBeEmpty();
            Run(new CodesInCatalog(), Budget(line) with { Year = new FiscalYear(2023) }, out _).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Error);
        }

        [Fact]
        public void Given_a_year_without_catalogs_When_checked_Then_the_rule_reports_insufficient_data()
        {
            var budget = new UnitBudget(XinglongBudget.Unit, new FiscalYear(2015), [Line("2101501", "30101", ExpenseKind.Personnel, 1m)]);

            Run(new CodesInCatalog(), budget, out var outcome).ShouldBeEmpty();

            outcome.ShouldBe(Outcome.InsufficientData);
        }
    }

    public class TheBasicLineHasEconomicCodeRule
    {
        [Fact]
        public void Given_basic_lines_with_codes_and_a_project_line_without_When_checked_Then_it_passes()
        {
            Run(new BasicLineHasEconomicCode(), Budget(Line("2101501", "30201", ExpenseKind.Operating, 1m), Line("2101501", null, ExpenseKind.Project, 1m)), out var o)
                .ShouldBeEmpty();
            o.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Given_an_operating_line_without_economic_code_When_checked_Then_an_error_names_the_line()
        {
            var f = Run(new BasicLineHasEconomicCode(), Budget(Line("2101501", null, ExpenseKind.Operating, 4_550m)), out _).ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Error);
            f.Location.ShouldBe("$.lines[0].economic");
            f.Message.ShouldContain("公用经费 4,550.00元");
        }
    }

    public class TheEconomicCodeFitsKindRule
    {
        [Fact]
        public void Given_301_and_303_under_personnel_and_302_under_operating_When_checked_Then_it_passes()
        {
            var budget = Budget(Line("2101501", "30101", ExpenseKind.Personnel, 1m), Line("2080501", "30302", ExpenseKind.Personnel, 1m),
                Line("2101501", "30201", ExpenseKind.Operating, 1m), Line("2101501", "31002", ExpenseKind.Operating, 1m));

            Run(new EconomicCodeFitsKind(), budget, out var o).ShouldBeEmpty();
            o.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Given_302_under_personnel_When_checked_Then_a_warning_names_kind_and_code()
        {
            var f = Run(new EconomicCodeFitsKind(), Budget(Line("2101501", "30201", ExpenseKind.Personnel, 1m)), out var o).ShouldHaveSingleItem();

            o.ShouldBe(Outcome.Fail);
            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("人员经费");
            f.Message.ShouldContain("30201 办公费");
        }

        [Fact]
        public void Given_301_under_operating_When_checked_Then_a_warning()
        {
            Run(new EconomicCodeFitsKind(), Budget(Line("2101501", "30101", ExpenseKind.Operating, 1m)), out _).ShouldHaveSingleItem()
                .Expected!.ShouldContain("301、303 以外");
        }
    }

    public class TheProjectListedRule
    {
        [Fact]
        public void Given_a_listed_project_When_checked_Then_it_passes()
        {
            var budget = Budget(Line("2101501", null, ExpenseKind.Project, 1m) with { ProjectCode = "P1" }) with { Projects = [new Project("P1", "项目一")] };

            Run(new ProjectListed(), budget, out var o).ShouldBeEmpty();
            o.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Given_a_line_of_an_unlisted_project_When_checked_Then_an_error_names_line_and_project()
        {
            var budget = Budget(Line("2101501", null, ExpenseKind.Project, 1m) with { ProjectCode = "P2" }) with { Projects = [new Project("P1", "项目一")] };

            var f = Run(new ProjectListed(), budget, out _).ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Error);
            f.Location.ShouldBe("$.lines[0].project");
            f.Actual.ShouldBe("P2");
        }
    }

    public class TheThreePublicWithinEconomicLinesRule
    {
        [Fact]
        public void Given_items_covered_by_their_lines_When_checked_Then_it_passes()
        {
            var budget = Budget(Line("2101501", "30217", ExpenseKind.Operating, 10_000m), Line("2101501", "30231", ExpenseKind.Operating, 15_000m)) with
            {
                ThreePublic =
                [
                    new ThreePublicItem(ThreePublicKind.Hospitality, FundingSource.GeneralPublic, new Yuan(10_000m)),
                    new ThreePublicItem(ThreePublicKind.VehicleOperation, FundingSource.GeneralPublic, new Yuan(12_000m)),
                ],
            };

            Run(new ThreePublicWithinEconomicLines(), budget, out var o).ShouldBeEmpty();
            o.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Given_hospitality_above_its_30217_lines_of_the_same_source_When_checked_Then_a_warning_gives_both_amounts()
        {
            // 30217 money of 政府性基金 does not cover 一般公共预算 hospitality.
            var budget = Budget(Line("2101501", "30217", ExpenseKind.Operating, 8_000m), Line("2101501", "30217", ExpenseKind.Operating, 5_000m, FundingSource.GovernmentFund)) with
            {
                ThreePublic = [new ThreePublicItem(ThreePublicKind.Hospitality, FundingSource.GeneralPublic, new Yuan(10_000m))],
            };

            var f = Run(new ThreePublicWithinEconomicLines(), budget, out _).ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("公务接待费 10,000.00元");
            f.Message.ShouldContain("30217 的预算 8,000.00元");
            f.Message.ShouldContain("相差 2,000.00元");
        }
    }

    public class TheFunctionalCodeAtFinestLevelRule
    {
        [Fact]
        public void Given_item_codes_When_checked_Then_it_passes() =>
            Run(new FunctionalCodeAtFinestLevel(), Budget(Line("2101501", "30101", ExpenseKind.Personnel, 1m)), out _).ShouldBeEmpty();

        [Fact]
        public void Given_a_section_code_that_has_items_When_checked_Then_a_warning_names_a_child()
        {
            var f = Run(new FunctionalCodeAtFinestLevel(), Budget(Line("21015", "30101", ExpenseKind.Personnel, 1m)), out _).ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("2101501");
        }
    }

    public class TheProjectsDeclaredRule
    {
        private static UnitBudget WithProject(decimal lineYuan, Jixiao.Targets.TargetDeclaration? targets) =>
            Budget(Line("2101501", null, ExpenseKind.Project, lineYuan) with { ProjectCode = "P1" }) with
            {
                Projects = [new Project("P1", "宣传经费") { Targets = targets }],
            };

        private static Jixiao.Targets.TargetDeclaration Stating(decimal yuan) =>
            new() { AnnualFunds = new Jixiao.Targets.DeclaredFunds(new Yuan(yuan), []) };

        [Fact]
        public void A_project_with_money_and_no_declaration_is_an_error()
        {
            var f = Run(new ProjectsDeclared(), WithProject(63_000m, null), out var outcome).ShouldHaveSingleItem();
            (f.Severity, f.Location, outcome).ShouldBe((Severity.Error, "$.projects[0].targets", Outcome.Fail));
            f.Message.ShouldBe("项目“宣传经费”（P1）有预算 63,000.00元，没有绩效目标申报");
        }

        [Fact]
        public void A_declaration_without_a_total_of_its_own_passes()
        {
            Run(new ProjectsDeclared(), WithProject(63_000m, new Jixiao.Targets.TargetDeclaration()), out var outcome).ShouldBeEmpty();
            outcome.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void A_total_within_the_rounding_of_a_万元_table_is_an_info_and_beyond_it_an_error()
        {
            // a form printed in 元: 62,976.54 against 6.30 万元 in the table (gap 23.46 元 < 50 元) — rounding;
            // 62,900.00 against 63,000.00 (gap 100 元) — another figure
            var info = Run(new ProjectsDeclared(), WithProject(63_000m, Stating(62_976.54m)), out var o1).ShouldHaveSingleItem();
            (info.Severity, info.Expected, info.Actual, o1).ShouldBe((Severity.Info, "63,000.00元", "62,976.54元", Outcome.Pass));
            var error = Run(new ProjectsDeclared(), WithProject(63_000m, Stating(62_900m)), out var o2).ShouldHaveSingleItem();
            (error.Severity, error.Location, o2).ShouldBe((Severity.Error, "$.projects[0].targets.annualFunds.total", Outcome.Fail));
        }

        [Fact]
        public void A_budget_without_projects_or_without_lines_has_nothing_to_check()
        {
            Run(new ProjectsDeclared(), Budget(Line("2101501", "30101", ExpenseKind.Personnel, 1m)), out var o1).ShouldBeEmpty();
            o1.ShouldBe(Outcome.NotApplicable);
            var formsOnly = new UnitBudget(XinglongBudget.Unit, new FiscalYear(2021), []) { Projects = [new Project("P1", "宣传经费") { Targets = Stating(63_000m) }] };
            Run(new ProjectsDeclared(), formsOnly, out var o2).ShouldBeEmpty();
            o2.ShouldBe(Outcome.NotApplicable);
        }
    }
}
