using System.Text.Json;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Money;
using Jixiao.Tables;

namespace Jixiao.Domain.Tests.Tables;

/// <summary>Project and unit row sources, economic-prefix and item measures, on a small set written for the test.</summary>
public class RowSourceTests
{
    private const string SetJson = """
        {
          "id": "T", "name": "测试表套", "unit": "万元",
          "tables": [
            { "id": "P", "number": 1, "title": "项目支出预算表", "parts": [ {
                "key": "main", "rows": "projects", "filter": { "kinds": ["Project"] },
                "columns": [
                  { "key": "total", "label": "合计" },
                  { "key": "general", "label": "一般公共预算", "measure": { "sources": ["GeneralPublic"] } },
                  { "key": "own", "label": "单位资金", "measure": { "sources": ["UnitOwn"] } } ] } ] },
            { "id": "Q", "number": 4, "title": "单位资金项目表", "parts": [ {
                "key": "main", "rows": "projects", "filter": { "kinds": ["Project"], "sources": ["UnitOwn"] },
                "columns": [ { "key": "total", "label": "合计" } ] } ] },
            { "id": "U", "number": 2, "title": "机关运行经费", "parts": [ {
                "key": "main", "rows": "units", "filter": { "kinds": ["Operating"], "economic": ["302", "310"] },
                "columns": [ { "key": "total", "label": "合计" }, { "key": "meetings", "label": "会议费", "measure": { "economic": ["30215"] } } ] } ] },
            { "id": "F", "number": 3, "title": "三公", "emptyNote": "注：本表无数据", "parts": [ {
                "key": "main", "rows": "fixed",
                "columns": [ { "key": "total", "label": "合计" }, { "key": "general", "label": "一般公共预算", "measure": { "sources": ["GeneralPublic"] } } ],
                "fixed": [
                  { "key": "all", "label": "合计", "measure": { "item": "threePublic" } },
                  { "key": "vehicles", "label": "公务用车", "measure": { "item": "threePublic.vehicles" } },
                  { "key": "carry", "label": "上年结转", "measure": { "carryOver": true } } ] } ] }
          ]
        }
        """;

    private static readonly TableSet Set = TableSets.Parse(JsonDocument.Parse(SetJson).RootElement);

    private static UnitBudget Budget()
    {
        var unit = new BudgetUnit("100", "局本级", UnitNature.Administrative);
        var centre = new BudgetUnit("101", "服务中心", UnitNature.PublicInstitution);
        BudgetLine L(string f, string? e, ExpenseKind k, FundingSource s, decimal yuan) =>
            new(FunctionalCode.Parse(f), e is null ? null : EconomicCode.Parse(e), k, s, new Yuan(yuan));
        return new UnitBudget(unit, new FiscalYear(2023),
        [
            L("2101501", null, ExpenseKind.Project, FundingSource.GeneralPublic, 120_000m) with { ProjectCode = "B" },
            L("2101501", null, ExpenseKind.Project, FundingSource.UnitOwn, 30_000m) with { ProjectCode = "B" },
            L("2101504", null, ExpenseKind.Project, FundingSource.GeneralPublic, 50_000m) with { ProjectCode = "A" },
            L("2101504", null, ExpenseKind.Project, FundingSource.GeneralPublic, 7_000m) with { ProjectCode = "X" },
            L("2101501", "30215", ExpenseKind.Operating, FundingSource.GeneralPublic, 12_000m),
            L("2101501", "30201", ExpenseKind.Operating, FundingSource.GeneralPublic, 45_500m),
            L("2101550", "30201", ExpenseKind.Operating, FundingSource.GeneralPublic, 8_000m) with { UnitCode = "101" },
            L("2101550", "30215", ExpenseKind.Operating, FundingSource.GeneralPublic, 2_000m) with { UnitCode = "101", CarryOver = true },
            L("2101550", "30101", ExpenseKind.Personnel, FundingSource.GeneralPublic, 99_000m) with { UnitCode = "101" },
        ])
        {
            Projects = [new Project("A", "甲项目"), new Project("B", "乙项目")],
            SubUnits = [centre],
            ThreePublic = [new ThreePublicItem(ThreePublicKind.VehicleOperation, FundingSource.GeneralPublic, new Yuan(15_000m)),
                           new ThreePublicItem(ThreePublicKind.Hospitality, FundingSource.UnitOwn, new Yuan(1_000m))],
        };
    }

    public class TheRenderMethod
    {
        [Fact]
        public void Given_a_projects_part_When_rendered_Then_listed_projects_then_unlisted_ones_then_the_total()
        {
            var part = TableRenderer.Render(Budget(), Set, RenderPrecision.WanYuan).Table("P")!.Part("main")!;

            part.Rows.Select(r => (r.Key, r.Label)).ShouldBe([("A", "甲项目"), ("B", "乙项目"), ("X", "X"), ("total", "合计")]);
            part.Row("B")!.Values.Select(v => v!.Value.Value).ShouldBe([15.00m, 12.00m, 3.00m]);
            part.Row("total")!.Values.Select(v => v!.Value.Value).ShouldBe([20.70m, 17.70m, 3.00m]);
        }

        [Fact]
        public void Given_a_projects_part_with_a_source_filter_When_rendered_Then_only_projects_with_money_in_it_get_a_row()
        {
            // Only B has 单位资金 (30,000 元); A and X have 一般公共预算 money only and print no row of zeros.
            var part = TableRenderer.Render(Budget(), Set, RenderPrecision.ExactYuan).Table("Q")!.Part("main")!;

            part.Rows.Select(r => r.Key).ShouldBe(["B", "total"]);
            part.Row("B")!.Values.Select(v => v!.Value.Value).ShouldBe([30_000.00m]);
        }

        [Fact]
        public void Given_a_units_part_with_an_economic_filter_When_rendered_Then_the_total_then_each_unit()
        {
            var part = TableRenderer.Render(Budget(), Set, RenderPrecision.ExactYuan).Table("U")!.Part("main")!;

            part.Rows.Select(r => r.Key).ShouldBe(["total", "100", "101"]);
            part.Row("101")!.Label.ShouldBe("服务中心");
            // 302 / 310 operating money only: 30101 personnel is out; carry-over is in (no carry-over filter).
            part.Row("100")!.Values.Select(v => v!.Value.Value).ShouldBe([57_500.00m, 12_000.00m]);
            part.Row("101")!.Values.Select(v => v!.Value.Value).ShouldBe([10_000.00m, 2_000.00m]);
            part.Row("total")!.Values.Select(v => v!.Value.Value).ShouldBe([67_500.00m, 14_000.00m]);
        }

        [Fact]
        public void Given_item_rows_When_rendered_Then_they_add_up_three_public_items_and_line_rows_only_lines()
        {
            var part = TableRenderer.Render(Budget(), Set, RenderPrecision.ExactYuan).Table("F")!.Part("main")!;

            part.Row("all")!.Values.Select(v => v!.Value.Value).ShouldBe([16_000.00m, 15_000.00m]);
            part.Row("vehicles")!.Values.Select(v => v!.Value.Value).ShouldBe([15_000.00m, 15_000.00m]);
            part.Row("carry")!.Values.Select(v => v!.Value.Value).ShouldBe([2_000.00m, 2_000.00m]);
        }

        [Fact]
        public void Given_a_set_with_an_unknown_item_When_rendered_Then_the_template_error_names_it()
        {
            var bad = TableSets.Parse(JsonDocument.Parse(SetJson.Replace("threePublic.vehicles", "threePublic.boats")).RootElement);

            Should.Throw<FormatException>(() => TableRenderer.Render(Budget(), bad, RenderPrecision.ExactYuan)).Message.ShouldContain("threePublic.boats");
        }
    }
}
