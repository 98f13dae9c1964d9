using Jixiao.Rules;
using Jixiao.Tables;
using static Jixiao.Domain.Tests.Rules.DisclosureBuilder;

namespace Jixiao.Domain.Tests.Rules.Tables;

/// <summary>Tables printed in different amount units (万元 beside 元 or 千元) are compared in one unit.</summary>
public class CrossTableUnitsTests
{
    private static IDisclosureRule Relations => RuleCatalog.RelationsOf(TableSets.Get("H"));

    [Fact]
    public void A_table_in_yuan_agrees_with_the_same_money_in_wan_yuan()
    {
        // XT-06: 表6 合计 = 表5 基本支出 合计; 表5 printed in 万元, 表6 in 元 (2,981,200.00 元 = 298.12 万元)
        var d = New();
        d.AddTable("H5", MainPart(Row("total", null, "合计", 298.12m, 298.12m, 282.12m, 16.00m, 0m)));
        d.AddTable("H6", MainPart(Row("total", null, "合计", 2_981_200.00m, 2_821_200.00m, 160_000.00m))).Unit = "元";

        var results = Relations.Run(d);

        results.Of("XT-06").Where(f => f.Severity != Severity.Info).ShouldBeEmpty();
        results.OutcomeOf("XT-06").ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_real_difference_between_units_is_still_an_error()
    {
        var d = New();
        d.AddTable("H5", MainPart(Row("total", null, "合计", 298.12m, 298.12m, 282.12m, 16.00m, 0m)));
        d.AddTable("H6", MainPart(Row("total", null, "合计", 2_991_200.00m, 2_831_200.00m, 160_000.00m))).Unit = "元";

        Relations.Run(d).Of("XT-06", Severity.Error).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_table_in_thousands_of_yuan_is_read_as_such()
    {
        var d = New();
        d.AddTable("H5", MainPart(Row("total", null, "合计", 298.12m, 298.12m, 282.12m, 16.00m, 0m)));
        d.AddTable("H6", MainPart(Row("total", null, "合计", 2_981.20m, 2_821.20m, 160.00m))).Unit = "千元";

        Relations.Run(d).OutcomeOf("XT-06").ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_table_printed_without_its_total_row_is_compared_by_the_sum_of_its_classes_not_zero()
    {
        // 表6 prints 301 and 302 but no 合计: its total is 282.12 + 16.00 = 298.12 = 表5's 基本支出 合计
        var d = New();
        d.AddTable("H5", MainPart(Row("total", null, "合计", 298.12m, 298.12m, 282.12m, 16.00m, 0m)));
        d.AddTable("H6", MainPart(Coded("301", "工资福利支出", 282.12m, 282.12m, 0m), Coded("302", "商品和服务支出", 16.00m, 0m, 16.00m)));

        var results = Relations.Run(d);

        results.Of("XT-06", Severity.Error).ShouldBeEmpty();
        results.OutcomeOf("XT-06").ShouldBe(Outcome.Pass);
    }
}
