using Jixiao.Documents.Grid;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Reading;

/// <summary>
/// Columns of a drawn table are placed by their headers: a 支出决算表 printed with its columns in another order, with
/// a column the national set does not have, or with too little header to place them.
/// </summary>
public class TableColumnsTests
{
    // 支出决算表 as a grid: title line, header row, 合计 and two rows; figures per column header.
    private static GridDocument Document(string[] header, params (string Code, string Name, string[] Figures)[] rows)
    {
        var cells = new List<GridCell>();
        cells.Add(new GridCell(0, 0, "科目编码"));
        cells.Add(new GridCell(0, 1, "科目名称"));
        for (int k = 0; k < header.Length; k++) cells.Add(new GridCell(0, k + 2, header[k]));
        for (int r = 0; r < rows.Length; r++)
        {
            cells.Add(new GridCell(r + 1, 0, rows[r].Code));
            cells.Add(new GridCell(r + 1, 1, rows[r].Name));
            for (int k = 0; k < rows[r].Figures.Length; k++) cells.Add(new GridCell(r + 1, k + 2, rows[r].Figures[k]));
        }
        var table = new GridTable(1, rows.Length + 1, header.Length + 2, cells, null);
        return new GridDocument("test.pdf", 1, [
            GridBlock.OfLine(1, [new GridText("兴隆县医疗保障局2024年度部门决算", null)]),
            GridBlock.OfLine(1, [new GridText("支出决算表", null)]),
            GridBlock.OfLine(1, [new GridText("单位：万元", null)]),
            GridBlock.OfTable(table),
        ], []);
    }

    public class AColumnOrderOtherThanTheTemplates
    {
        [Fact]
        public void Is_read_by_the_headers()
        {
            // 项目支出 and 基本支出 swapped, 本年支出合计 printed last
            var grid = Document(["项目支出", "基本支出", "上缴上级支出", "经营支出", "对附属单位补助支出", "本年支出合计"],
                ("", "合计", ["10.00", "20.00", "", "", "", "30.00"]),
                ("201", "一般公共服务支出", ["10.00", "20.00", "", "", "", "30.00"]));
            var d = DocumentLoader.FromGrid(grid);
            var main = d.Table("F3")!.Part("main")!;
            main.Row("201")!.Values.Select(v => v!.Value.Value).ShouldBe([30.00m, 20.00m, 10.00m, 0m, 0m, 0m]);
            main.Row("total")!.Values[0]!.Value.Value.ShouldBe(30.00m);
            var report = new Checker().Check(d);
            report.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId + " " + f.Message).ShouldBeEmpty();
            report.Rules.Single(r => r.Rule.Id == "TBL-SUM-02").Outcome.ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void Leaves_out_a_column_the_set_does_not_have_and_says_so()
        {
            var grid = Document(["本年支出合计", "其中：政府采购", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
                ("", "合计", ["30.00", "99.00", "20.00", "10.00", "", "", ""]),
                ("201", "一般公共服务支出", ["30.00", "99.00", "20.00", "10.00", "", "", ""]));
            var d = DocumentLoader.FromGrid(grid);
            d.Table("F3")!.Part("main")!.Row("201")!.Values.Select(v => v!.Value.Value).ShouldBe([30.00m, 20.00m, 10.00m, 0m, 0m, 0m]);
            d.ReadFindings.ShouldContain(f => f.RuleId == "RD-COL-01" && f.Message.Contains("政府采购"));
            new Checker().Check(d).Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId + " " + f.Message).ShouldBeEmpty();
        }
    }

    public class AHeaderThatCannotBePlaced
    {
        [Fact]
        public void Leaves_the_figures_unread_rather_than_guessing_and_the_rules_say_parse_error()
        {
            // out of order and 本年支出合计 named in a way the set does not know: no figure is placed
            var grid = Document(["项目支出", "基本支出", "上缴上级支出", "经营支出", "对附属单位补助支出", "支出总额"],
                ("", "合计", ["10.00", "20.00", "", "", "", "31.00"]),
                ("201", "一般公共服务支出", ["10.00", "20.00", "", "", "", "31.00"]));
            var d = DocumentLoader.FromGrid(grid);
            d.ReadFindings.ShouldContain(f => f.RuleId == "RD-COL-02");
            d.Table("F3")!.Part("main")!.Row("201")!.Values.ShouldAllBe(v => v == null);
            var report = new Checker().Check(d);
            report.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId + " " + f.Message).ShouldBeEmpty();
            report.Rules.Single(r => r.Rule.Id == "TBL-SUM-02").Outcome.ShouldBe(Outcome.ParseError);
        }
    }
}
