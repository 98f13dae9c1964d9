using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Domain.Tests.Tables;

/// <summary>Rendering set S (Shanxi 2023, 13 tables): the Xinglong budget, and a small department budget worked out by hand.</summary>
public class SetSRenderTests
{
    private static readonly TableSet S = TableSets.Get("S");

    private static decimal?[] Values(Disclosure d, string table, string row, string part = "main") =>
        TableRendererTests.Values(d, table, row, part);

    private static string Describe(IEnumerable<Finding> findings) => string.Join(" | ", findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message}"));

    public class GivenXinglong
    {
        [Fact]
        public void When_rendered_exactly_Then_every_table_renders_and_the_checker_finds_no_error_or_warning()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), S, RenderPrecision.ExactYuan);

            d.Tables.Select(t => t.Template.Id).ShouldBe(Enumerable.Range(1, 13).Select(i => $"S{i}"));
            var report = new Checker().Check(d);
            report.Findings.Where(f => f.Severity != Severity.Info).ShouldBeEmpty(Describe(report.Findings));
            foreach (var id in new[] { "TBL-SUM-01", "TBL-SUM-02", "TBL-SUM-03", "TBL-BAL-01", "XT-01", "XT-04", "XT-05", "XT-06", "XT-08", "XT-09", "XT-10", "XT-11", "CAT-02" })
                report.Rules.Single(r => r.Rule.Id == id).Outcome.ShouldBe(Outcome.Pass, id);
        }

        [Fact]
        public void When_rendered_in_wan_yuan_Then_the_checker_finds_nothing_not_even_a_rounding_gap()
        {
            var report = new Checker().Check(TableRenderer.Render(XinglongBudget.Create(), S, RenderPrecision.WanYuan));

            report.Findings.ShouldBeEmpty(Describe(report.Findings));
        }

        [Fact]
        public void When_rendered_in_wan_yuan_Then_the_tables_hold_the_published_figures()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), S, RenderPrecision.WanYuan);

            // All money is this year's 一般公共预算 (seed 表1: 6596.36; 表5: 基本 298.30 = 人员 282.12 + 公用 16.18, 项目 6298.06).
            Values(d, "S1", "general", "income").ShouldBe([6596.36m]);
            Values(d, "S1", "grand-total", "income").ShouldBe([6596.36m]);
            Values(d, "S1", "210", "expenditure").ShouldBe([6523.54m, 6523.54m, 0m]);
            Values(d, "S3", "total").ShouldBe([6596.36m, 298.30m, 6298.06m]);
            Values(d, "S4", "210", "expenditure").ShouldBe([6523.54m, 6523.54m, 0m, 0m]);
            Values(d, "S5", "2101501").ShouldBe([481.39m, 215.49m, 265.90m]);
            Values(d, "S6", "total").ShouldBe([298.30m, 282.12m, 16.18m]);
            // 机关运行经费: the unit is administrative, so all its 公用经费 (16.18).
            Values(d, "S11", "total").ShouldBe([16.18m, 16.18m, 0m, 0m]);
            d.Table("S11")!.Part("main")!.Rows.Select(r => r.Label).ShouldBe(["部门合计", "兴隆县医疗保障局本级"]);
            Values(d, "S10", "total").ShouldBe([2.50m, 2.50m, 0m, 0m]);
            // 表12: the 23 projects of section 五, then 合计; 表13 (carry-over) has none.
            var projects = d.Table("S12")!.Part("main")!.Rows;
            projects.Count.ShouldBe(24);
            projects[^1].Key.ShouldBe("total");
            projects.Single(r => r.Label == "代缴村级连接医保系统费用").Values[0]!.Value.Value.ShouldBe(41.32m);
            Values(d, "S12", "total").ShouldBe([6298.06m, 6298.06m, 0m, 0m, 0m, 0m]);
            d.Table("S13")!.Part("main")!.Rows.Select(r => r.Key).ShouldBe(["total"]);
            foreach (var id in new[] { "S7", "S8", "S9", "S13" }) d.Table(id)!.Note.ShouldBe("注：本表无数据");
            d.Table("S12")!.Note.ShouldBeNull();
        }

        [Fact]
        public void When_rendered_Then_table_6_prints_the_government_name_beside_the_departmental_one()
        {
            var rows = TableRenderer.Render(XinglongBudget.Create(), S, RenderPrecision.WanYuan).Table("S6")!.Part("main")!.Rows;

            // tables.md: 基本工资 | 工资奖金津补贴, 办公费 | 办公经费, 退休费 | 离退休费 (an administrative unit: 501 / 502 / 509).
            rows.Single(r => r.Key == "30101").GovernmentLabel.ShouldBe("工资奖金津补贴");
            rows.Single(r => r.Key == "30101").GovernmentCode.ShouldBe("50101");
            rows.Single(r => r.Key == "30201").GovernmentLabel.ShouldBe("办公经费");
            rows.Single(r => r.Key == "30302").GovernmentLabel.ShouldBe("离退休费");
            rows.Single(r => r.Key == "301").GovernmentLabel.ShouldBe("机关工资福利支出");
            rows.Single(r => r.Key == "total").GovernmentLabel.ShouldBeNull();
        }
    }

    /// <summary>
    /// A department of two units, worked out by hand. 某县医疗保障局 (100001, 行政) and its 某县医疗保险服务中心 (100002),
    /// 2023, all money 一般公共预算:
    /// <code>
    ///   a  100001  2101501 行政运行   30201 办公费  公用经费  this year     12,345.67 元 = 1.234567 万元
    ///   b  100001  2101504 信息化建设  —             项目 PA    this year     37,654.33 元 = 3.765433 万元
    ///   c  100002  2101550 事业运行   —             项目 PB    carried over   2,345.67 元 = 0.234567 万元
    ///   d  100002  2101550 事业运行   30211 差旅费  公用经费  this year     10,000.00 元 = 1.00 万元
    /// </code>
    /// Sums: this year a + b + d = 60,000.00; all = 62,345.67; 基本 a + d = 22,345.67; 项目 b + c = 40,000.00;
    /// 2101550 c + d = 12,345.67.
    /// <para>
    /// Rounding by hand (in 0.01 万元): a = 123.4567, b = 376.5433, c = 23.4567, d = 100. The printed aggregates with two
    /// or more off-grid atoms: a + b (this year's money, 6.00 exactly: exactly one of a, b goes up), b + c (项目支出
    /// 4.00 exactly: exactly one of b, c goes up), a + b + c (总计 6.234567: one or two go up). So either b goes up and
    /// a, c go down — (A) a 1.23, b 3.77, c 0.23 — or b goes down and a, c go up — (B) a 1.24, b 3.76, c 0.24. Nothing
    /// else satisfies every bound; the render prints one of the two, every table consistently.
    /// </para>
    /// </summary>
    public class GivenASmallDepartment
    {
        private static UnitBudget Budget(UnitNature centre)
        {
            var bureau = new BudgetUnit("100001", "某县医疗保障局", UnitNature.Administrative);
            var service = new BudgetUnit("100002", "某县医疗保险服务中心", centre);
            BudgetLine L(string f, string? e, ExpenseKind k, decimal yuan) =>
                new(FunctionalCode.Parse(f), e is null ? null : EconomicCode.Parse(e), k, FundingSource.GeneralPublic, new Yuan(yuan));
            return new UnitBudget(bureau, new FiscalYear(2023),
            [
                L("2101501", "30201", ExpenseKind.Operating, 12_345.67m),
                L("2101504", null, ExpenseKind.Project, 37_654.33m) with { ProjectCode = "PA" },
                L("2101550", null, ExpenseKind.Project, 2_345.67m) with { ProjectCode = "PB", CarryOver = true, UnitCode = "100002" },
                L("2101550", "30211", ExpenseKind.Operating, 10_000.00m) with { UnitCode = "100002" },
            ])
            {
                Projects = [new Project("PA", "医保信息系统运维"), new Project("PB", "医疗救助经办")],
                SubUnits = [service],
            };
        }

        [Fact]
        public void When_rendered_exactly_Then_every_table_holds_the_hand_computed_figures()
        {
            var d = TableRenderer.Render(Budget(UnitNature.PublicInstitution), S, RenderPrecision.ExactYuan);

            Values(d, "S1", "general", "income").ShouldBe([60_000.00m]);
            Values(d, "S1", "income-total", "income").ShouldBe([60_000.00m]);
            Values(d, "S1", "carry-over", "income").ShouldBe([2_345.67m]);
            Values(d, "S1", "grand-total", "income").ShouldBe([62_345.67m]);
            Values(d, "S1", "210", "expenditure").ShouldBe([62_345.67m, 60_000.00m, 2_345.67m]);
            Values(d, "S2", "2101550").ShouldBe([10_000.00m, 10_000.00m, 0m, 0m, 0m, 0m, 2_345.67m]);
            Values(d, "S3", "total").ShouldBe([62_345.67m, 22_345.67m, 40_000.00m]);
            Values(d, "S3", "2101550").ShouldBe([12_345.67m, 10_000.00m, 2_345.67m]);
            Values(d, "S4", "carry-over-general", "income").ShouldBe([2_345.67m]);
            Values(d, "S4", "210", "expenditure").ShouldBe([62_345.67m, 62_345.67m, 0m, 0m]);
            Values(d, "S5", "total").ShouldBe([60_000.00m, 22_345.67m, 37_654.33m]);
            Values(d, "S6", "total").ShouldBe([22_345.67m, 0m, 22_345.67m]);
            Values(d, "S6", "30201").ShouldBe([12_345.67m, 0m, 12_345.67m]);
            Values(d, "S6", "30211").ShouldBe([10_000.00m, 0m, 10_000.00m]);
            // 机关运行经费: the bureau's 公用经费 only — the service centre is a 事业单位.
            Values(d, "S11", "total").ShouldBe([12_345.67m, 12_345.67m, 0m, 0m]);
            Values(d, "S11", "100001").ShouldBe([12_345.67m, 12_345.67m, 0m, 0m]);
            Values(d, "S11", "100002").ShouldBe([0m, 0m, 0m, 0m]);
            // Projects: PA has this year's money only (表12), PB carried-over money only (表13).
            d.Table("S12")!.Part("main")!.Rows.Select(r => (r.Key, r.Label)).ShouldBe([("PA", "医保信息系统运维"), ("total", "合计")]);
            Values(d, "S12", "PA").ShouldBe([37_654.33m, 37_654.33m, 0m, 0m, 0m, 0m]);
            d.Table("S13")!.Part("main")!.Rows.Select(r => (r.Key, r.Label)).ShouldBe([("PB", "医疗救助经办"), ("total", "合计")]);
            Values(d, "S13", "total").ShouldBe([2_345.67m, 2_345.67m, 0m, 0m]);
            d.Projects.Select(p => (p.Code, p.Amount!.Value.Value)).ShouldBe([("PA", 37_654.33m), ("PB", 2_345.67m)]);
            foreach (var id in new[] { "S7", "S8", "S9", "S10" }) d.Table(id)!.Note.ShouldBe("注：本表无数据");
        }

        [Fact]
        public void When_rendered_in_wan_yuan_Then_it_prints_one_of_the_two_hand_computed_roundings_everywhere()
        {
            var d = TableRenderer.Render(Budget(UnitNature.PublicInstitution), S, RenderPrecision.WanYuan);

            // Which of (A) and (B): b is 3.77 or 3.76 and decides a and c.
            decimal b = Values(d, "S12", "PA")[0]!.Value;
            b.ShouldBeOneOf(3.77m, 3.76m);
            decimal a = b == 3.77m ? 1.23m : 1.24m, c = b == 3.77m ? 0.23m : 0.24m, dd = 1.00m;

            Values(d, "S1", "general", "income").ShouldBe([6.00m]);                  // a + b + d = 6.00 exactly
            Values(d, "S1", "carry-over", "income").ShouldBe([c]);
            Values(d, "S1", "grand-total", "income").ShouldBe([a + b + c + dd]);     // 6.23 (A) or 6.24 (B)
            Values(d, "S1", "210", "expenditure").ShouldBe([a + b + c + dd, 6.00m, c]);
            Values(d, "S3", "total").ShouldBe([a + b + c + dd, a + dd, 4.00m]);      // 项目 b + c = 4.00 exactly
            Values(d, "S3", "2101501").ShouldBe([a, a, 0m]);
            Values(d, "S3", "2101550").ShouldBe([c + dd, dd, c]);
            Values(d, "S4", "grand-total", "income").ShouldBe([a + b + c + dd]);
            Values(d, "S5", "total").ShouldBe([6.00m, a + dd, b]);
            Values(d, "S6", "total").ShouldBe([a + dd, 0m, a + dd]);
            Values(d, "S11", "total").ShouldBe([a, a, 0m, 0m]);
            Values(d, "S12", "total").ShouldBe([b, b, 0m, 0m, 0m, 0m]);
            Values(d, "S13", "PB").ShouldBe([c, c, 0m, 0m]);
            d.Projects.Select(p => p.Amount!.Value.Value).ShouldBe([b, c]);
            new Checker().Check(d).Findings.ShouldBeEmpty();
        }

        [Theory]
        [InlineData(UnitNature.PublicInstitution, 12_345.67, "商品和服务支出", Outcome.NotApplicable)]
        [InlineData(UnitNature.Administrative, 22_345.67, "办公经费", Outcome.Pass)]
        public void When_the_service_centre_has_a_nature_Then_its_operating_money_is_operating_costs_only_if_administrative(
            UnitNature centre, double operatingCosts, string travel, Outcome xt09)
        {
            var d = TableRenderer.Render(Budget(centre), S, RenderPrecision.ExactYuan);

            // 机关运行经费 = a (12,345.67) for a 事业 centre, a + d (22,345.67) for an administrative one.
            Values(d, "S11", "total")[1].ShouldBe((decimal)operatingCosts);
            Values(d, "S11", "100002")[1].ShouldBe(centre == UnitNature.Administrative ? 10_000.00m : 0m);
            // 30211 差旅费 (the centre's only) maps to 50502 商品和服务支出 (事业) or 50201 办公经费 (行政); 302 mixes both
            // natures and takes the bureau's (机关商品和服务支出); 30201 is the bureau's (办公经费).
            var rows = d.Table("S6")!.Part("main")!.Rows;
            rows.Single(r => r.Key == "30211").GovernmentLabel.ShouldBe(travel);
            rows.Single(r => r.Key == "302").GovernmentLabel.ShouldBe("机关商品和服务支出");
            rows.Single(r => r.Key == "30201").GovernmentLabel.ShouldBe("办公经费");
            // XT-09 (机关运行经费 = 表6 公用经费) holds for administrative units only: skipped when the centre is a 事业单位.
            var report = new Checker().Check(d);
            report.Findings.ShouldBeEmpty(Describe(report.Findings));
            report.Rules.Single(r => r.Rule.Id == "XT-09").Outcome.ShouldBe(xt09);
        }
    }
}
