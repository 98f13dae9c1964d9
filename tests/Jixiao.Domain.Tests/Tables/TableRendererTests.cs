using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Domain.Tests.Tables;

public class TableRendererTests
{
    private static readonly TableSet H = TableSets.Get("H");

    internal static decimal?[] Values(Disclosure d, string table, string row, string part = "main") =>
        d.Table(table)!.Part(part)!.Row(row)!.Values.Select(v => v?.Value).ToArray();

    public class TheRenderMethod
    {
        [Fact]
        public void Given_Xinglong_When_rendered_in_wan_yuan_Then_table5_rows_are_the_published_figures()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), H, RenderPrecision.WanYuan);

            // 表5, worked out from the seed: 合计 | 基本支出小计 | 人员经费 | 公用经费 | 项目支出
            Values(d, "H5", "total").ShouldBe([6596.36m, 298.30m, 282.12m, 16.18m, 6298.06m]);
            Values(d, "H5", "2101501").ShouldBe([481.39m, 215.49m, 200.19m, 15.30m, 265.90m]);
            Values(d, "H5", "21015").ShouldBe([564.55m, 215.49m, 200.19m, 15.30m, 349.06m]);
            Values(d, "H5", "208").ShouldBe([53.84m, 48.84m, 47.96m, 0.88m, 5.00m]);
            Values(d, "H5", "2089999").ShouldBe([5.00m, 0m, 0m, 0m, 5.00m]);
            d.Table("H5")!.Unit.ShouldBe("万元");
            d.Table("H5")!.Exact.ShouldBeFalse();
            d.Table("H5")!.Part("main")!.Row("total")!.Values[0]!.Value.HalfWidth.ShouldBe(0.005m);
        }

        [Fact]
        public void Given_Xinglong_When_rendered_Then_functional_rows_are_total_then_non_empty_codes_in_order_with_catalog_names()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), H, RenderPrecision.WanYuan);

            var rows = d.Table("H3")!.Part("main")!.Rows;
            rows.Select(r => r.Key).ShouldBe([
                "total", "208", "20805", "2080501", "2080505", "2080506", "20899", "2089999",
                "210", "21011", "2101101", "21012", "2101202", "21013", "2101301", "21014", "2101499",
                "21015", "2101501", "2101504", "221", "22102", "2210201"]);
            rows[0].Label.ShouldBe("合计");
            rows.Single(r => r.Key == "210").Label.ShouldBe("卫生健康支出");
            rows.Single(r => r.Key == "2101501").Label.ShouldBe("行政运行");
            rows.Single(r => r.Key == "2101501").Code.ShouldBe("2101501");
        }

        [Fact]
        public void Given_Xinglong_When_rendered_Then_economic_classes_and_three_public_tables_hold_the_published_figures()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), H, RenderPrecision.WanYuan);

            Values(d, "H6", "total").ShouldBe([298.30m, 282.12m, 16.18m]);
            Values(d, "H6", "301").ShouldBe([272.05m, 272.05m, 0m]);
            Values(d, "H6", "303").ShouldBe([10.07m, 10.07m, 0m]);
            d.Table("H6")!.Part("main")!.Row("30217")!.Label.ShouldBe("公务接待费");
            Values(d, "H1", "208", "expenditure").ShouldBe([53.84m]);
            Values(d, "H1", "210", "expenditure").ShouldBe([6523.54m]);
            Values(d, "H1", "general", "income").ShouldBe([6596.36m]);
            Values(d, "H1", "grand-total", "expenditure").ShouldBe([6596.36m]);
            Values(d, "H9", "total").ShouldBe([2.50m, 2.50m, 0m, 0m]);
            Values(d, "H9", "vehicles").ShouldBe([1.50m, 1.50m, 0m, 0m]);
            Values(d, "H9", "hospitality").ShouldBe([1.00m, 1.00m, 0m, 0m]);
        }

        [Fact]
        public void Given_a_budget_When_rendered_Then_every_table_of_the_set_is_present_and_empty_ones_carry_their_note()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), H, RenderPrecision.WanYuan);

            d.Tables.Select(t => t.Template.Id).ShouldBe(["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9"]);
            d.Table("H7")!.Note.ShouldBe("注：无政府基金预算，空表列示。");
            d.Table("H8")!.Note.ShouldBe("注：无国有资本经营预算财政拨款预算，空表列示。");
            d.Table("H7")!.Part("main")!.Rows.Select(r => r.Key).ShouldBe(["total"]);
            d.Table("H3")!.Note.ShouldBeNull();
            d.Table("H1")!.HeaderLines.ShouldBe(["362001兴隆县医疗保障局本级", "预算年度：2021", "单位：万元"]);
        }

        [Fact]
        public void Given_a_classes_part_When_rendered_Then_all_30_classes_come_in_order_then_the_footer_rows()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), H, RenderPrecision.ExactYuan);

            var rows = d.Table("H1")!.Part("expenditure")!.Rows;
            rows.Count.ShouldBe(33);
            rows[0].Key.ShouldBe("201");
            rows[0].Label.ShouldBe("一、一般公共服务支出");
            rows[7].Label.ShouldBe("八、社会保障和就业支出");
            rows[7].Code.ShouldBe("208");
            rows[9].Label.ShouldBe("十、卫生健康支出");
            rows[29].Label.ShouldBe("三十、抗疫特别国债安排的支出");
            rows.Skip(30).Select(r => r.Key).ShouldBe(["expenditure-total", "carry-forward", "grand-total"]);
            rows[9].Values[0]!.Value.ShouldBe(Figure.Exact(65_235_400.00m));
        }

        [Fact]
        public void Given_Xinglong_When_rendered_exactly_Then_figures_are_exact_yuan_and_the_checker_finds_no_error()
        {
            var budget = XinglongBudget.Create();
            var d = TableRenderer.Render(budget, H, RenderPrecision.ExactYuan);

            d.Tables.ShouldAllBe(t => t.Exact && t.Unit == "元");
            Values(d, "H3", "total").ShouldBe([65_963_600.00m, 2_983_000.00m, 62_980_600.00m, 0m, 0m, 0m]);
            d.Table("H3")!.Part("main")!.Row("total")!.Values[0]!.Value.IsExact.ShouldBeTrue();
            var report = new Checker().Check(d);
            report.Findings.Where(f => f.Severity != Severity.Info).ShouldBeEmpty();
            report.Findings.ShouldBeEmpty();
        }

        [Fact]
        public void Given_Xinglong_When_rendered_Then_the_projects_are_declared_with_their_money()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), H, RenderPrecision.WanYuan);

            d.Projects.Count.ShouldBe(23);
            d.Projects.Single(p => p.Code == "13082221KPMIQHAGCZE4A").Amount!.Value.Value.ShouldBe(41.32m);
            d.Projects.Sum(p => p.Amount!.Value.Value).ShouldBe(6298.06m);
        }

        [Fact]
        public void Given_an_unknown_functional_code_When_rendered_Then_UnknownCodeException_names_catalog_code_and_year()
        {
            var budget = new UnitBudget(XinglongBudget.Unit, new FiscalYear(2021),
                [new BudgetLine(FunctionalCode.Parse("2999999"), EconomicCode.Parse("30101"), ExpenseKind.Personnel, FundingSource.GeneralPublic, new Yuan(1m))]);

            var e = Should.Throw<UnknownCodeException>(() => TableRenderer.Render(budget, H, RenderPrecision.ExactYuan));

            e.Code.ShouldBe("2999999");
            e.Year.ShouldBe(2021);
            e.Catalog.ShouldBe("支出功能分类科目");
            e.Message.ShouldContain("2999999");
        }

        [Fact]
        public void Given_an_unknown_economic_code_When_rendered_Then_UnknownCodeException_names_the_economic_catalog()
        {
            var budget = new UnitBudget(XinglongBudget.Unit, new FiscalYear(2022),
                [new BudgetLine(FunctionalCode.Parse("2101501"), EconomicCode.Parse("30198"), ExpenseKind.Personnel, FundingSource.GeneralPublic, new Yuan(1m))]);

            var e = Should.Throw<UnknownCodeException>(() => TableRenderer.Render(budget, H, RenderPrecision.ExactYuan));

            e.Catalog.ShouldBe("部门预算支出经济分类科目");
            e.Code.ShouldBe("30198");
            e.Year.ShouldBe(2022);
        }

        [Fact]
        public void Given_last_years_budget_at_class_level_When_rendered_Then_the_prior_year_is_rendered_too_when_its_catalog_is_shipped()
        {
            var prior = new UnitBudget(XinglongBudget.Unit, new FiscalYear(2021),
                [new BudgetLine(FunctionalCode.Parse("210"), null, ExpenseKind.Project, FundingSource.GeneralPublic, new Yuan(60_000_000m))]);
            var budget = XinglongBudget.Create() with { Year = new FiscalYear(2022), PriorYear = prior };

            var d = TableRenderer.Render(budget, H, RenderPrecision.WanYuan);

            d.PriorYear.ShouldNotBeNull().Year.ShouldBe(new FiscalYear(2021));
            Values(d.PriorYear, "H3", "210").ShouldBe([6000.00m, 0m, 6000.00m, 0m, 0m, 0m]);
            TableRenderer.Render(budget with { PriorYear = prior with { Year = new FiscalYear(2015) } }, H, RenderPrecision.WanYuan).PriorYear.ShouldBeNull();
        }

        [Fact]
        public void Given_an_amount_below_one_fen_When_rendered_Then_it_is_refused()
        {
            var budget = new UnitBudget(XinglongBudget.Unit, new FiscalYear(2021),
                [new BudgetLine(FunctionalCode.Parse("2101501"), EconomicCode.Parse("30101"), ExpenseKind.Personnel, FundingSource.GeneralPublic, new Yuan(1.005m))]);

            Should.Throw<ArgumentException>(() => TableRenderer.Render(budget, H, RenderPrecision.ExactYuan)).Message.ShouldContain("两位小数");
        }
    }
}
