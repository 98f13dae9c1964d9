using Jixiao.Rules;
using Jixiao.Rules.Tables;
using Jixiao.Tables;
using static Jixiao.Domain.Tests.Rules.DisclosureBuilder;

namespace Jixiao.Domain.Tests.Tables;

public class TableSetsTests
{
    public class TheSetS
    {
        private readonly TableSet _s = TableSets.Get("S");

        [Fact]
        public void HasThe13TablesOfTablesMdInOrder()
        {
            _s.Tables.Select(t => (t.Number, t.Title)).ShouldBe(
            [
                (1, "预算收支总表"), (2, "预算收入总表"), (3, "预算支出总表"), (4, "财政拨款收支总表"),
                (5, "一般公共预算支出预算表（不含上年结转）"), (6, "一般公共预算安排基本支出分经济科目表（不含上年结转）"),
                (7, "政府性基金预算收入表（不含上年结转）"), (8, "政府性基金预算支出表（不含上年结转）"),
                (9, "国有资本经营预算收支预算表（不含上年结转）"), (10, "一般公共预算“三公”经费支出预算表"),
                (11, "机关运行经费预算财政拨款情况统计表"), (12, "项目支出预算表（本年预算）"), (13, "项目支出预算表（上年结转）"),
            ]);
            _s.Tables.ShouldAllBe(t => t.EmptyNote == "注：本表无数据");
        }

        [Fact]
        public void PairsIncomeAndExpenditureInTables1And4()
        {
            _s.Table("S1")!.Parts.Select(p => p.Key).ShouldBe(["income", "expenditure"]);
            _s.Table("S1")!.Part("income")!.Rows.Select(r => r.Label).ShouldBe(
                ["一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金", "本年收入合计", "上年结转", "收入总计"]);
            _s.Table("S1")!.Part("expenditure")!.Columns.Select(c => c.Label).ShouldBe(["{year}年合计", "当年预算安排", "上年结转安排"]);
            _s.Table("S1")!.Part("expenditure")!.Columns[0].LabelFor(2021).ShouldBe("2021年合计");
            _s.Table("S1")!.Part("expenditure")!.Columns[0].LabelFor(null).ShouldBe("本年合计");
            _s.Table("S4")!.Part("expenditure")!.Columns.Select(c => c.Label).ShouldBe(["小计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]);
        }

        [Fact]
        public void HasTheColumnsOfTablesMd()
        {
            _s.Table("S2")!.Parts[0].Columns.Select(c => c.Label).ShouldBe(["合计", "一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金", "上年结转"]);
            _s.Table("S3")!.Parts[0].Columns.Select(c => c.Label).ShouldBe(["合计", "基本支出", "项目支出"]);
            _s.Table("S6")!.Parts[0].GovernmentNames.ShouldBeTrue();
            _s.Table("S10")!.Parts[0].Rows.Select(r => r.Label).ShouldBe(
                ["因公出国（境）费", "公务接待费", "公务用车购置及运行费", "①公务用车购置费", "②公务用车运行维护费", "合计"]);
            _s.Table("S11")!.Parts[0].RowSource.ShouldBe(RowSourceKind.Units);
            _s.Table("S12")!.Parts[0].Columns.Select(c => c.Label).ShouldBe(["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金"]);
            _s.Table("S13")!.Parts[0].Columns.Count.ShouldBe(4);
        }

        [Fact]
        public void ReusesTheIdsOfSetHAndAddsXt08AndXt09()
        {
            var ids = _s.Relations.Select(r => r.RuleId).Distinct().ToArray();
            ids.ShouldBe(["TBL-BAL-01", "TBL-BAL-02", "XT-01", "XT-02", "XT-03", "XT-04", "XT-05", "XT-06", "XT-07", "XT-08", "XT-09"], ignoreOrder: true);
            TableSets.Get("H").Relations.Select(r => r.RuleId).ShouldNotContain("XT-08");
            _s.Relations.Where(r => r.RuleId == "XT-08").ShouldContain(r => r.A.Table == "S12" && r.B.Table == "S3" && r.B.Column == "project");
            _s.Relations.Single(r => r.RuleId == "XT-09").Severity.ShouldBe(Severity.Warning);
            _s.Relations.Single(r => r.RuleId == "XT-09").Natures.ShouldBe([Jixiao.Catalogs.UnitNature.Administrative]);
        }

        [Fact]
        public void MeasuresOperatingCostsAsTheOperatingMoneyOfAdministrativeUnits()
        {
            // 机关运行经费 (S11): 公用经费 of 财政拨款, this year's, of administrative units — data, not a special item.
            var filter = _s.Table("S11")!.Parts[0].Filter;
            filter.Item.ShouldBeNull();
            filter.Kinds.ShouldBe(["Operating"]);
            filter.Sources.ShouldBe(["GeneralPublic", "GovernmentFund", "StateCapital"]);
            filter.CarryOver.ShouldBe(false);
            filter.Natures.ShouldBe(["Administrative"]);
        }

        [Fact]
        public void GivenAnUnknownNature_WhenParsed_ThenTheTemplateErrorNamesIt()
        {
            var json = System.Text.Json.JsonDocument.Parse("""
                { "id": "T", "name": "t", "tables": [], "relations": [ { "rule": "X", "title": "x",
                  "a": { "table": "A", "column": "c", "row": "total" }, "b": { "table": "B", "column": "c", "row": "total" }, "natures": ["Military"] } ] }
                """).RootElement;

            Should.Throw<FormatException>(() => TableSets.Parse(json)).Message.ShouldContain("Military");
        }

        [Fact]
        public void EveryRelationPointsAtColumnsAndRowsOfTheSet()
        {
            foreach (var r in _s.Relations)
            foreach (var cell in new[] { r.A, r.B }.Concat(r.When is { } w ? [w.A, w.B] : []))
            {
                var part = _s.Table(cell.Table)?.Part(cell.Part);
                part.ShouldNotBeNull($"{r.RuleId}: {cell.Table}/{cell.Part}");
                part.ColumnIndex(cell.Column).ShouldBeGreaterThanOrEqualTo(0, $"{r.RuleId}: {cell.Table}.{cell.Column}");
                if (cell.Row is { } row && part.RowSource is RowSourceKind.Fixed)
                    part.FixedRow(row).ShouldNotBeNull($"{r.RuleId}: {cell.Table}.{row}");
            }
        }

        [Fact]
        public void SetHStillLoadsWithItsNineTables() => TableSets.Get("H").Tables.Count.ShouldBe(9);
    }

    public class TheRowsSum
    {
        [Fact]
        public void GivenProjectsAddingUpToTheTotal_WhenChecked_ThenPasses()
        {
            // 合计 4196.80 = 2860.00 + 1235.00 + 35.00 + 48.50 + 12.00 + 6.30
            var d = New("S", 2023);
            d.AddTable("S12", MainPart(
                Row("total", null, "合计", 4196.80m, 4196.80m),
                Row("a", null, "a", 2860.00m, 2860.00m), Row("b", null, "b", 1235.00m, 1235.00m), Row("c", null, "c", 35.00m, 35.00m),
                Row("d", null, "d", 48.50m, 48.50m), Row("e", null, "e", 12.00m, 12.00m), Row("f", null, "f", 6.30m, 6.30m)));

            var results = new TableSumRules().Run(d);

            results.Of("TBL-SUM-03").ShouldBeEmpty();
            results.OutcomeOf("TBL-SUM-03").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAProjectTotalOff_WhenChecked_ThenAnError()
        {
            var d = New("S", 2023);
            d.AddTable("S12", MainPart(Row("total", null, "合计", 100.00m, 100.00m), Row("a", null, "a", 60.00m, 60.00m), Row("b", null, "b", 30.00m, 30.00m)));

            var findings = new TableSumRules().Run(d).Of("TBL-SUM-03", Severity.Error);

            findings.Count.ShouldBe(2); // 合计 and 一般公共预算 columns: 100.00 stated, 90.00 computed
            findings[0].Message.ShouldContain("相差 10.00");
        }
    }
}
