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
    public void Takes_the_year_s_money_from_the_budget_unless_the_form_states_it()
    {
        var own = new TargetDeclaration();
        var published = new TargetDeclaration { AnnualFunds = new DeclaredFunds(new Yuan(36_000m), []) };

        own.AnnualTotal(new Yuan(36_000m)).ShouldBe(new Yuan(36_000m));
        published.AnnualTotal(new Yuan(40_000m)).ShouldBe(new Yuan(36_000m));
    }
}
