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
}
