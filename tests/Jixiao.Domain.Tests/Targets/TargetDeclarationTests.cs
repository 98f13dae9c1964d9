using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Targets;

public class TargetDeclarationTests
{
    [Fact]
    public void Adds_up_the_sources_of_a_column_as_printed()
    {
        // 慢性病鉴定和医药机构评估费 (Xinzhou seed): 资金总额 50,000 = 中央 0 + 省级 0 + 市县 50,000 + 自筹 0.
        var funds = new DeclaredFunds(new Yuan(50_000m),
            [(FundSource.Central, Yuan.Zero), (FundSource.Provincial, Yuan.Zero), (FundSource.Local, new Yuan(50_000m)), (FundSource.SelfRaised, Yuan.Zero)]);

        funds.SourcesTotal.ShouldBe(new Yuan(50_000m));
        funds.Of(FundSource.Local).ShouldBe(new Yuan(50_000m));
        funds.Of(FundSource.Other).ShouldBe(Yuan.Zero);
    }

    [Fact]
    public void Takes_the_year_s_money_from_the_budget_lines_unless_the_form_states_it()
    {
        // 36,000 元 in two lines (30,000 + 6,000 carried over) for the own declaration; the published one states 36,000
        // against lines of 40,000; the third project has no line.
        var unit = new Jixiao.Budget.BudgetUnit("1", "u", Jixiao.Catalogs.UnitNature.Administrative);
        Jixiao.Budget.BudgetLine Line(string project, decimal yuan, bool carry = false) =>
            new(Jixiao.Codes.FunctionalCode.Parse("2101501"), null, Jixiao.Budget.ExpenseKind.Project, Jixiao.Budget.FundingSource.GeneralPublic, new Yuan(yuan)) { ProjectCode = project, CarryOver = carry };
        var budget = new Jixiao.Budget.UnitBudget(unit, new Jixiao.Codes.FiscalYear(2022), [Line("A", 30_000m), Line("A", 6_000m, carry: true), Line("B", 40_000m)])
        {
            Projects =
            [
                new("A", "own") { Targets = new TargetDeclaration { PeriodYears = 1, ImplementationGoal = "实施期目标" } }, // a Shanxi 申报表
                new("B", "published") { Targets = new TargetDeclaration { AnnualFunds = new DeclaredFunds(new Yuan(36_000m), []) } },
                new("C", "no line") { Targets = new TargetDeclaration() },
            ],
        };

        var forms = TargetForms.AsDeclared(budget, LayoutShapes.Of);

        forms.Select(f => f.Declaration.AnnualFunds.StatedTotal).ShouldBe([new Yuan(36_000m), new Yuan(36_000m), null]);
        // the own one-year project's 实施期 is its year; the project without a line states none
        forms[0].Declaration.ImplementationFunds.StatedTotal.ShouldBe(new Yuan(36_000m));
        forms[2].Declaration.ImplementationFunds.StatedTotal.ShouldBeNull();
        // each form has the shape given for the layout it fills: A's 实施期 goal makes it a 申报表
        forms.Select(f => f.Shape).ShouldBe([LayoutShapes.Shanxi, LayoutShapes.Hebei, LayoutShapes.Hebei]);
    }

    [Theory]
    [InlineData(FundSource.Local, 3, TargetFormLayout.Shanxi)]    // levels of government: the Shanxi rows
    [InlineData(FundSource.Fiscal, 3, TargetFormLayout.National)] // 财政资金 of no level: only the national 财政拨款 row holds it
    [InlineData(FundSource.Fiscal, 1, TargetFormLayout.Hebei)]    // one year, no 实施期: the Hebei table, whose 财政资金 it is
    public void A_declaration_fills_the_layout_whose_rows_hold_its_sources(FundSource source, int years, TargetFormLayout expected)
    {
        var funds = new DeclaredFunds(new Yuan(300_000m), [(source, new Yuan(300_000m))]);
        var d = new TargetDeclaration
        {
            PeriodYears = years,
            AnnualFunds = new DeclaredFunds(new Yuan(100_000m), [(source, new Yuan(100_000m))]),
            ImplementationFunds = years > 1 ? funds : DeclaredFunds.Empty,
        };

        TargetForms.LayoutOf(d).ShouldBe(expected);
    }
}
