using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Tests.Layout;

public class TableLayoutTests
{
    private static TableLayout Of(string id) =>
        TableLayout.Build(WrittenSeed.Disclosure, WrittenSeed.Disclosure.Table(id)!);

    private static string? Text(LayoutLine line, int column) => line.Cells[column].Text;

    public class TheBuildMethod
    {
        [Fact]
        public void Lays_the_halves_of_the_income_and_expenditure_table_side_by_side_with_footers_aligned()
        {
            var layout = Of("H1");
            layout.Columns.Select(c => c.Kind).ShouldBe([ColumnKind.Index, ColumnKind.Label, ColumnKind.Value, ColumnKind.Label, ColumnKind.Value]);
            layout.Lines.Count.ShouldBe(33);
            Text(layout.Lines[0], 1).ShouldBe("一、一般公共预算拨款收入");
            Text(layout.Lines[0], 3).ShouldBe("一、一般公共服务支出");
            layout.Lines[9].Cells[1].IsBlank.ShouldBeTrue();
            Text(layout.Lines[30], 1).ShouldBe("本年收入合计");
            Text(layout.Lines[30], 3).ShouldBe("本年支出合计");
            Text(layout.Lines[31], 1).ShouldBe("上年结转结余");
            Text(layout.Lines[31], 3).ShouldBe("年终结转结余");
            Text(layout.Lines[32], 1).ShouldBe("收入总计");
            Text(layout.Lines[32], 3).ShouldBe("支出总计");
        }

        [Fact]
        public void Puts_the_grand_totals_of_a_longer_income_footer_on_the_last_line()
        {
            var layout = Of("H4");
            layout.Lines.Count.ShouldBe(36); // as published: 30 classes, then 本年收入合计 … 收入总计 on lines 31–36
            Text(layout.Lines[30], 1).ShouldBe("本年收入合计");
            Text(layout.Lines[30], 3).ShouldBe("本年支出合计");
            Text(layout.Lines[31], 3).ShouldBe("年末财政拨款结转和结余");
            Text(layout.Lines[32], 1).ShouldBe("一、一般公共预算拨款");
            layout.Lines[32].Cells[1].Indent.ShouldBe(1);
            layout.Lines[32].Cells[3].IsBlank.ShouldBeTrue();
            Text(layout.Lines[35], 1).ShouldBe("收入总计");
            Text(layout.Lines[35], 3).ShouldBe("支出总计");
        }

        [Fact]
        public void Groups_columns_under_the_name_the_template_gives_a_subtotal()
        {
            var h2 = Of("H2");
            h2.HeaderDepth.ShouldBe(2);
            h2.Header.ShouldContain(new HeaderCell(0, 4, 1, 8, "本年收入"));
            h2.Header.ShouldContain(new HeaderCell(0, 1, 1, 2, "功能分类科目"));
            h2.Header.ShouldContain(new HeaderCell(0, 3, 2, 1, "合计"));
            h2.Header.ShouldContain(new HeaderCell(0, 0, 2, 1, "序号"));
            var h5 = Of("H5");
            h5.Header.ShouldContain(new HeaderCell(0, 4, 1, 3, "基本支出"));
            h5.Header.ShouldContain(new HeaderCell(1, 4, 1, 1, "小计"));
            Of("H3").Header.Where(h => h.IsGroup).Select(h => h.Text).ShouldBe(["功能分类科目"]);
        }

        [Fact]
        public void Prints_the_rows_under_such_as_past_it()
        {
            var h9 = Of("H9");
            var research = h9.Lines.Single(l => Text(l, 1) == "其中：教学科研人员因公出国（境）费");
            var other = h9.Lines.Single(l => Text(l, 1) == "其他因公出国（境）费");
            research.Cells[1].Indent.ShouldBe(1);
            other.Cells[1].Indent.ShouldBe(4);
        }

        [Fact]
        public void Prints_landscape_only_when_there_are_more_than_six_value_columns()
        {
            Of("H2").Landscape.ShouldBeTrue();
            Of("H3").Landscape.ShouldBeFalse();
            Of("H4").Landscape.ShouldBeFalse();
        }

        [Fact]
        public void Widens_a_value_column_to_wrap_its_label_into_even_lines()
        {
            var h9 = Of("H9");
            // 国有资本经营预算财政拨款: 12 characters → two lines of 6.
            h9.Columns[^1].Width.ShouldBe(15);
            h9.Columns.Single(c => c.Leaf == "合计").Width.ShouldBe(12);
        }
    }

    /// <summary>Set S, rendered from the Xinglong budget (a 行政 unit whose money is all 一般公共预算).</summary>
    public class SetS
    {
        private static readonly Lazy<Jixiao.Disclosures.Disclosure> Rendered = new(() =>
            Jixiao.Tables.TableRenderer.Render(Jixiao.Domain.Tests.Tables.XinglongBudget.Create(), Jixiao.Tables.TableSets.Get("S"), Jixiao.Tables.RenderPrecision.WanYuan));

        private static TableLayout Of(string id) => TableLayout.Build(Rendered.Value, Rendered.Value.Table(id)!);

        [Fact]
        public void Prints_the_government_economic_name_beside_each_departmental_item_of_table_6()
        {
            var s6 = Of("S6");
            s6.Columns.Select(c => c.Kind).Take(4).ShouldBe([ColumnKind.Index, ColumnKind.Code, ColumnKind.Label, ColumnKind.GovernmentLabel]);
            s6.Columns[2].Leaf.ShouldBe("部门预算支出经济科目名称");
            s6.Columns[3].Leaf.ShouldBe("政府预算支出经济科目名称");
            s6.LeadColumns.ShouldBe(4);
            // The 2018 correspondence table: 30101 基本工资 → 50101 工资奖金津补贴 (机关), 30201 办公费 → 50201 办公经费.
            var wages = s6.Lines.Single(l => Text(l, 1) == "30101");
            Text(wages, 2).ShouldBe("基本工资");
            Text(wages, 3).ShouldBe("工资奖金津补贴");
            Text(s6.Lines.Single(l => Text(l, 1) == "30201"), 3).ShouldBe("办公经费");
            // a 类 row shows the government 类 it maps to, for a 行政 unit 501 机关工资福利支出
            Text(s6.Lines.Single(l => Text(l, 1) == "301"), 3).ShouldBe("机关工资福利支出");
            s6.Lines[0].Cells[3].IsBlank.ShouldBeTrue(); // 合计
        }

        [Fact]
        public void Prints_the_budget_year_in_the_year_columns_of_table_1()
        {
            // The Xinglong budget is for 2021: 表1 says 2021年 / 2021年合计, not the 2023 of the set's own year.
            var s1 = Of("S1");
            s1.Columns.Where(c => c.Kind == ColumnKind.Value).Select(c => c.Leaf).ShouldBe(["2021年", "2021年合计", "当年预算安排", "上年结转安排"]);
        }

        [Fact]
        public void Leaves_room_for_the_year_and_unit_over_a_table_with_one_value_column()
        {
            // 表7 has one value column: “预算年度：2021” and “单位：万元” go over it side by side — 10 wide characters (the
            // full-width colons included) and 4 digits, 24 width units, plus a gap.
            var s7 = Of("S7");
            s7.HeaderBlockRanges().Combined.ShouldBeTrue();
            s7.Columns.Skip(s7.LeadColumns).Sum(c => c.Width).ShouldBeGreaterThanOrEqualTo(10 * 2 + 4 + 2);
        }

        [Fact]
        public void Groups_the_columns_the_template_names()
        {
            // 表2: 本年收入 over 合计 and the five sources, 上年结转 beside it.
            var s2 = Of("S2");
            s2.Header.ShouldContain(new HeaderCell(0, 3, 1, 6, "本年收入"));
            s2.Header.ShouldContain(new HeaderCell(0, 9, 2, 1, "上年结转"));
            // 表12: 财政拨款 over the three 财政拨款 sources only.
            var s12 = Of("S12");
            s12.Header.ShouldContain(new HeaderCell(0, 3, 1, 3, "财政拨款"));
            s12.Header.ShouldContain(new HeaderCell(0, 2, 2, 1, "合计"));
            s12.Header.ShouldContain(new HeaderCell(0, 6, 2, 1, "财政专户管理资金"));
        }
    }
}
