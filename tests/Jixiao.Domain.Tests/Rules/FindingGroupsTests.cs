using Jixiao.Domain.Tests.Tables;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Domain.Tests.Rules;

/// <summary>One wrong figure in a table: one root finding, the checks it breaks grouped under it.</summary>
public class FindingGroupsTests
{
    public class OneWrongFigure
    {
        [Fact]
        public void Yields_one_root_finding_with_its_consequences_grouped_under_it()
        {
            // Given the Xinglong tables as published (万元), with 表3's 2101501 行政运行 基本支出 printed 1.00 too high
            var d = TableRenderer.Render(XinglongBudget.Create(), TableSets.Get("H"), RenderPrecision.WanYuan);
            var row = d.Table("H3")!.Part("main")!.Row("2101501")!;
            int basic = d.Table("H3")!.Part("main")!.Template.ColumnIndex("basic");
            row.Values[basic] = Figure.Printed(row.Values[basic]!.Value.Value + 1.00m, 2);

            // When
            var report = new Checker().Check(d);

            // Then: it breaks its row (合计 = 基本 + 项目), its 款 21015 and 表5's same cell — three errors, one cause
            var errors = report.Findings.Select((f, i) => (f, i)).Where(x => x.f.Severity == Severity.Error).ToList();
            errors.Select(x => x.f.RuleId).Order().ShouldBe(["TBL-SUM-01", "TBL-SUM-02", "XT-05"]);
            var root = errors.Where(x => x.f.CausedBy is null).ShouldHaveSingleItem();
            root.f.Involves.ShouldContain(new FindingCell("H3", "main", "2101501", "basic"));
            errors.Where(x => x.i != root.i).ShouldAllBe(x => x.f.CausedBy == root.i);
        }

        [Fact]
        public void Leaves_two_unrelated_wrong_figures_as_two_roots()
        {
            var d = TableRenderer.Render(XinglongBudget.Create(), TableSets.Get("H"), RenderPrecision.WanYuan);
            var h3 = d.Table("H3")!.Part("main")!;
            int basic = h3.Template.ColumnIndex("basic");
            var a = h3.Row("2101501")!;
            a.Values[basic] = Figure.Printed(a.Values[basic]!.Value.Value + 1.00m, 2);
            var h9 = d.Table("H9")!.Part("main")!;
            var b = h9.Rows.First(r => r.Values[0] is { } v && v.Value > 0 && r.Key == "total");
            b.Values[0] = Figure.Printed(b.Values[0]!.Value.Value + 5.00m, 2);

            var report = new Checker().Check(d);

            report.Findings.Count(f => f.Severity == Severity.Error && f.CausedBy is null).ShouldBe(2);
        }
    }
}
