using Jixiao.Disclosures;
using Jixiao.Documents.Text;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Rules;
using Jixiao.Rules.Budget;
using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Documents.Tests.Tables;

/// <summary>
/// The Xinglong 2021 budget, built by hand in 元, rendered in 万元 with set H, against the figures the county published
/// (read from the seed by <see cref="PublishedTextReader"/>): every figure and every coded row's name, except the
/// seed's known defects listed below.
/// </summary>
public class XinglongSeedTests
{
    /// <summary>
    /// Published figures that are wrong in the seed, with what the seed prints and what is right.
    /// 支出总表 rows 20899 / 2089999: the seed prints the 5.00 of the 村级代办员 project under 基本支出, but it is
    /// 项目支出 — table 5 prints it so, and 208's own split in the same table (基本 48.84, 项目 5.00) only adds up that way.
    /// </summary>
    private static readonly (string Table, string Part, string Row, string Column, decimal Published, decimal Right)[] FigureDefects =
    [
        ("H3", "main", "20899", "basic", 5.00m, 0.00m),
        ("H3", "main", "20899", "project", 0.00m, 5.00m),
        ("H3", "main", "2089999", "basic", 5.00m, 0.00m),
        ("H3", "main", "2089999", "project", 0.00m, 5.00m),
    ];

    /// <summary>
    /// Names that are out of date in the seed: the 收支总表 (and, the same way, the 财政拨款收支总表) prints 类 210 under
    /// its name before 2019 (医疗卫生与计划生育支出), the 2021 catalog calls it 卫生健康支出; the 基本支出表 prints 30110
    /// under its old name 城镇职工基本医疗保险缴费, the 2021 catalog calls it 职工基本医疗保险缴费.
    /// </summary>
    private static readonly (string Table, string Part, string Row, string Published, string Right)[] LabelDefects =
    [
        ("H1", "expenditure", "210", "十、医疗卫生与计划生育支出", "十、卫生健康支出"),
        ("H4", "expenditure", "210", "十、医疗卫生与计划生育支出", "十、卫生健康支出"),
        ("H6", "main", "30110", "城镇职工基本医疗保险缴费", "职工基本医疗保险缴费"),
    ];

    private static readonly Lazy<Disclosure> Published = new(() => PublishedTextReader.ReadFile(SeedFiles.Path("xinglong-2021-unit-budget.txt")));

    public class TheRenderMethod
    {
        [Fact]
        public void Given_the_hand_built_Xinglong_budget_When_rendered_in_wan_yuan_Then_every_figure_is_the_published_one_but_the_known_defects()
        {
            var published = Published.Value;
            var rendered = TableRenderer.Render(XinglongBudget.Create(), TableSets.Get("H"), RenderPrecision.WanYuan);
            var mismatches = new List<string>();
            int compared = 0, defectsSeen = 0;

            published.Tables.Select(t => t.Template.Id).ShouldBe(["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9"]);
            foreach (var pt in published.Tables)
            {
                var rt = rendered.Table(pt.Template.Id)!;
                pt.Unit.ShouldBe("万元");
                foreach (var pp in pt.Parts)
                {
                    var rp = rt.Part(pp.Template.Key)!;
                    string where = $"{pt.Template.Id}/{pp.Template.Key}";
                    foreach (var prow in pp.Rows)
                    {
                        var rrow = rp.Row(prow.Key);
                        for (int c = 0; c < prow.Values.Length; c++)
                        {
                            if (!pp.ColumnPresent[c]) continue;
                            var col = pp.Template.Columns[c].Key;
                            var pv = prow.Values[c] ?? throw new ShouldAssertException($"{where} {prow.Key} {col}: unreadable published cell");
                            decimal rv = rrow?.Values[c]!.Value.Value ?? 0m; // a published row of zeros we do not print (e.g. 2101299)
                            compared++;
                            var defect = FigureDefects.Where(d => d.Table == pt.Template.Id && d.Part == pp.Template.Key && d.Row == prow.Key && d.Column == col).ToArray();
                            if (defect.Length == 1)
                            {
                                defectsSeen++;
                                if (pv.Value != defect[0].Published || rv != defect[0].Right)
                                    mismatches.Add($"{where} {prow.Key} {col}: defect expected published {defect[0].Published} / right {defect[0].Right}, got {pv.Value} / {rv}");
                            }
                            else if (pv.Value != rv) mismatches.Add($"{where} {prow.Key} {col}: published {pv.Value}, rendered {rv}");
                        }
                        if (rrow is null || prow.Code is null) continue;
                        var label = LabelDefects.Where(d => d.Table == pt.Template.Id && d.Part == pp.Template.Key && d.Row == prow.Key).ToArray();
                        if (label.Length == 1)
                        {
                            defectsSeen++;
                            if (prow.Label != label[0].Published || rrow.Label != label[0].Right)
                                mismatches.Add($"{where} {prow.Key}: label defect expected “{label[0].Published}” → “{label[0].Right}”, got “{prow.Label}” / “{rrow.Label}”");
                        }
                        else if (Names.Normalize(prow.Label) != Names.Normalize(rrow.Label))
                            mismatches.Add($"{where} {prow.Key}: published label “{prow.Label}”, rendered “{rrow.Label}”");
                    }
                    // Every row we print is published, unless it is all zeros (an empty table's 合计).
                    foreach (var rrow in rp.Rows)
                        if (pp.Row(rrow.Key) is null && rrow.Values.Any(v => v!.Value.Value != 0m))
                            mismatches.Add($"{where} {rrow.Key}: rendered but not published");
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{compared} published figures compared, {defectsSeen} known defects");
            mismatches.ShouldBeEmpty();
            defectsSeen.ShouldBe(FigureDefects.Length + LabelDefects.Length);
            compared.ShouldBeGreaterThan(700);
        }

        [Fact]
        public void Given_the_hand_built_Xinglong_budget_When_rendered_Then_each_project_has_the_money_its_performance_table_declares()
        {
            var published = Published.Value;
            var rendered = TableRenderer.Render(XinglongBudget.Create(), TableSets.Get("H"), RenderPrecision.WanYuan);

            published.Projects.Count.ShouldBe(23);
            foreach (var p in published.Projects)
                rendered.Projects.Single(r => r.Code == p.Code).Amount!.Value.Value.ShouldBe(p.Amount!.Value.Value, p.Name);
        }

        [Fact]
        public void Given_the_hand_built_Xinglong_budget_When_rendered_exactly_and_checked_with_the_package_rules_Then_there_is_no_error()
        {
            var budget = XinglongBudget.CreateWithTargets();
            var tables = new Checker().Check(TableRenderer.Render(budget, TableSets.Get("H"), RenderPrecision.ExactYuan));

            var report = PackageChecker.Merge(tables, new PackageChecker().Check(budget));

            report.Findings.Where(f => f.Severity == Severity.Error).ShouldBeEmpty();
            report.Findings.ShouldBeEmpty();
        }

        [Fact]
        public void Given_the_published_seed_When_checked_Then_its_defect_in_table_3_shows_as_errors_that_our_render_does_not_have()
        {
            var seedReport = new Checker().Check(Published.Value);
            var ours = new Checker().Check(TableRenderer.Render(XinglongBudget.Create(), TableSets.Get("H"), RenderPrecision.WanYuan));

            seedReport.Findings.ShouldContain(f => f.Severity == Severity.Error && f.Subject.Contains("支出总表"));
            ours.Findings.ShouldBeEmpty();
        }
    }
}
