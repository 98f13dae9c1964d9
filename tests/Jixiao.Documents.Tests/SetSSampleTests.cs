using Jixiao.Disclosures;
using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests;

/// <summary>
/// The set-S sample (<c>Fixtures/set-s-sample.txt</c>, a fictional 某县医疗保障局 2023; its figures are worked out in
/// <c>Fixtures/set-s-sample.calc.md</c>): read as set S with all 13 tables, figures in place, and clean under the checker.
/// </summary>
public class SetSSampleTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "set-s-sample.txt");
    private static string Text => File.ReadAllText(FixturePath);
    private static Disclosure Sample() => PublishedTextReader.Read(Text, "set-s-sample.txt");

    private static decimal Cell(Disclosure d, string table, string row, string column, string part = "main")
    {
        var p = d.Table(table)!.Part(part)!;
        var r = p.Row(row) ?? throw new ShouldAssertException($"{table} has no row {row}");
        return r.Values[p.Template.ColumnIndex(column)]!.Value.Value;
    }

    public class TheReader
    {
        [Fact]
        public void RecognisesAll13TablesAsSetS()
        {
            var d = Sample();

            d.Set.Id.ShouldBe("S");
            d.Kind.ShouldBe(DocumentKind.UnitBudget);
            d.Tables.Select(t => t.Template.Id).ShouldBe(Enumerable.Range(1, 13).Select(i => $"S{i}"));
            d.Year!.Value.Value.ShouldBe(2023);
            d.UnitName.ShouldBe("某县医疗保障局");
            d.ReadFindings.ShouldBeEmpty();
        }

        [Fact]
        public void ReadsTheContentsList()
        {
            var d = Sample();

            d.ContentsEntries.Count.ShouldBe(13);
            d.ContentsEntries[0].ShouldBe("1.预算收支总表");
        }

        [Fact]
        public void ReadsTable1OfAnotherYearWhoseColumnsNameThatYear()
        {
            // The same sample published for 2022: 表1 heads its columns 2022年 / 2022年合计.
            var d = PublishedTextReader.Read(Text.Replace("2023", "2022", StringComparison.Ordinal), "set-s-2022.txt");

            d.Year!.Value.Value.ShouldBe(2022);
            d.Table("S1")!.Part("expenditure")!.ColumnPresent.ShouldAllBe(present => present);
            Cell(d, "S1", "grand-total", "total", "expenditure").ShouldBe(4445.23m);
            Cell(d, "S1", "210", "current", "expenditure").ShouldBe(4386.07m);
            new Checker().Check(d).Findings.ShouldNotContain(f => f.Severity == Severity.Error);
        }

        [Fact]
        public void ReadsThePairedTotalsOfTables1And4()
        {
            var d = Sample();

            Cell(d, "S1", "general", "amount", "income").ShouldBe(4445.23m);
            Cell(d, "S1", "income-total", "amount", "income").ShouldBe(4445.23m);
            Cell(d, "S1", "carry-over", "amount", "income").ShouldBe(0m);
            Cell(d, "S1", "grand-total", "amount", "income").ShouldBe(4445.23m);
            Cell(d, "S1", "208", "total", "expenditure").ShouldBe(42.24m);
            Cell(d, "S1", "210", "current", "expenditure").ShouldBe(4386.07m);
            Cell(d, "S1", "221", "total", "expenditure").ShouldBe(16.92m);
            Cell(d, "S1", "210", "carried", "expenditure").ShouldBe(0m);
            Cell(d, "S1", "grand-total", "total", "expenditure").ShouldBe(4445.23m);
            d.Table("S1")!.Part("expenditure")!.Rows.Count(r => r.Code is not null).ShouldBe(30);
            Cell(d, "S4", "general", "amount", "income").ShouldBe(4445.23m);
            Cell(d, "S4", "carry-over-general", "amount", "income").ShouldBe(0m);
            Cell(d, "S4", "210", "general", "expenditure").ShouldBe(4386.07m);
            Cell(d, "S4", "grand-total", "total", "expenditure").ShouldBe(4445.23m);
        }

        [Fact]
        public void ReadsTheFunctionalTables()
        {
            var d = Sample();

            Cell(d, "S2", "total", "total").ShouldBe(4445.23m);
            Cell(d, "S2", "21015", "general").ShouldBe(242.91m);
            Cell(d, "S2", "2101506", "total").ShouldBe(18.30m);
            Cell(d, "S2", "2101506", "carry-over").ShouldBe(0m);
            Cell(d, "S3", "total", "basic").ShouldBe(248.43m);
            Cell(d, "S3", "total", "project").ShouldBe(4196.80m);
            Cell(d, "S3", "210", "basic").ShouldBe(189.27m);
            Cell(d, "S3", "2101501", "total").ShouldBe(176.11m);
            Cell(d, "S3", "2101202", "project").ShouldBe(2860.00m);
            Cell(d, "S5", "2080505", "basic").ShouldBe(22.56m);
            Cell(d, "S5", "21015", "project").ShouldBe(66.80m);
            d.Table("S3")!.Parts[0].Rows.Count.ShouldBe(22); // 合计 + 21 coded rows
        }

        [Fact]
        public void ReadsTable6ByDepartmentalCodeWithTheGovernmentName()
        {
            var d = Sample();
            var rows = d.Table("S6")!.Parts[0].Rows;

            Cell(d, "S6", "total", "total").ShouldBe(248.43m);
            Cell(d, "S6", "total", "personnel").ShouldBe(223.28m);
            Cell(d, "S6", "total", "operating").ShouldBe(25.15m);
            Cell(d, "S6", "301", "total").ShouldBe(214.88m);
            Cell(d, "S6", "30101", "personnel").ShouldBe(68.52m);
            Cell(d, "S6", "30110", "total").ShouldBe(13.16m);
            Cell(d, "S6", "302", "operating").ShouldBe(25.15m);
            Cell(d, "S6", "30217", "total").ShouldBe(0.80m);
            Cell(d, "S6", "30231", "operating").ShouldBe(2.40m);
            Cell(d, "S6", "30302", "personnel").ShouldBe(8.40m);
            var basic = rows.Single(r => r.Key == "30101");
            basic.Label.ShouldBe("基本工资");
            basic.GovernmentLabel.ShouldBe("工资奖金津补贴");
            basic.CodePrinted.ShouldBeFalse();
            rows.Single(r => r.Key == "30302").GovernmentLabel.ShouldBe("离退休费");
            rows.Where(r => r.Code is not null).Select(r => r.Code).ShouldBe(
                ["301", "30101", "30102", "30103", "30107", "30108", "30109", "30110", "30112", "30113",
                 "302", "30201", "30207", "30211", "30217", "30228", "30229", "30231", "30239", "303", "30302"]);
        }

        [Fact]
        public void ReadsThreePublicUnitsAndProjects()
        {
            var d = Sample();

            Cell(d, "S10", "hospitality", "general").ShouldBe(0.80m);
            Cell(d, "S10", "vehicles", "total").ShouldBe(2.40m);
            Cell(d, "S10", "vehicle-operation", "total").ShouldBe(2.40m);
            Cell(d, "S10", "vehicle-purchase", "total").ShouldBe(0m);
            Cell(d, "S10", "total", "total").ShouldBe(3.20m);
            Cell(d, "S11", "total", "general").ShouldBe(25.15m);
            d.Table("S11")!.Parts[0].Rows.Select(r => r.Label).ShouldBe(["部门合计", "某县医疗保障局"]);
            Cell(d, "S12", "total", "total").ShouldBe(4196.80m);
            Cell(d, "S12", "城乡医疗救助资金", "general").ShouldBe(1235.00m);
            Cell(d, "S12", "医保政策宣传经费", "total").ShouldBe(6.30m);
            Cell(d, "S12", "total", "unit").ShouldBe(0m);
            d.Projects.Select(p => (p.Name, p.Amount!.Value.Value)).ShouldBe(
            [
                ("城乡居民基本医疗保险县级财政补助资金", 2860.00m), ("城乡医疗救助资金", 1235.00m), ("优抚对象医疗补助资金", 35.00m),
                ("医保信息化平台运行维护费", 48.50m), ("医保基金监管专项检查经费", 12.00m), ("医保政策宣传经费", 6.30m),
            ]);
        }

        [Fact]
        public void DoesNotReadTheColumnIndexRowOfTable12AsAProject()
        {
            var d = Sample();
            var rows = d.Table("S12")!.Parts[0].Rows;

            rows.Count.ShouldBe(7); // 合计 + 6 projects
            rows.ShouldNotContain(r => r.Label == "1");
            d.Table("S12")!.HeaderLines.ShouldContain("7");
        }

        [Fact]
        public void KeepsTheEmptyTablesWithTheirNote()
        {
            var d = Sample();

            foreach (var id in new[] { "S7", "S8", "S9", "S13" })
            {
                d.Table(id)!.Note.ShouldBe("注：本表无数据");
                d.Table(id)!.IsEmpty.ShouldBeTrue();
            }
            d.Paragraphs.ShouldContain(p => p.Text.StartsWith("第三部分", StringComparison.Ordinal)); // not swallowed by 表13
        }
    }

    public class TheChecker
    {
        [Fact]
        public void FindsNoErrorOrWarningOnTheSample()
        {
            var report = new Checker().Check(Sample());

            report.Findings.Where(f => f.Severity != Severity.Info).ShouldBeEmpty();
            foreach (var id in new[] { "CAT-01", "CAT-02", "CAT-03", "DOC-01", "DOC-02", "DOC-03", "XT-01", "XT-03", "XT-05", "XT-07", "XT-08", "XT-09", "XT-10", "XT-11" })
                report.Rules.Single(r => r.Rule.Id == id).Outcome.ShouldBe(Outcome.Pass, id);
        }

        [Fact]
        public void CatchesThreePlantedDefects()
        {
            var text = Text;
            // 1. 表2 prints 2101506 as 2101598, a code the 2023 catalog does not list.
            text = Replace(text, "2101506\t医疗保障经办事务\t18.30\t18.30", "2101598\t医疗保障经办事务\t18.30\t18.30");
            // 2. 表10 公务接待费 0.80 → 0.60: the 合计 3.20 no longer adds up (0 + 0.60 + 2.40 = 3.00) and 30217 is 0.80.
            text = Replace(text, "公务接待费\t0.80\t0.80", "公务接待费\t0.60\t0.60");
            // 3. 表8 left out (and still listed in the contents).
            text = Replace(text, "政府性基金预算支出表（不含上年结转）\n单位名称：某县医疗保障局\t单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n注：本表无数据\n", "");

            var report = new Checker().Check(PublishedTextReader.Read(text, "mutated"));

            var unknown = report.Findings.Where(f => f.RuleId == "CAT-01").ShouldHaveSingleItem();
            unknown.Actual.ShouldBe("2101598");
            unknown.Subject.ShouldBe("表2 预算收入总表");
            report.Findings.ShouldContain(f => f.RuleId == "CAT-03" && f.Severity == Severity.Error && f.Message.Contains("2101598"));
            report.Findings.ShouldContain(f => f.RuleId == "XT-03" && f.Severity == Severity.Error);

            var threePublic = report.Findings.Where(f => f.RuleId == "TBL-SUM-03" && f.Subject.StartsWith("表10", StringComparison.Ordinal)).ToList();
            threePublic.ShouldNotBeEmpty();
            threePublic[0].Actual.ShouldBe("3.20");
            threePublic[0].Expected!.ShouldStartWith("3.00");
            report.Findings.ShouldContain(f => f.RuleId == "XT-07" && f.Message.Contains("公务接待费"));

            var missing = report.Findings.Where(f => f.RuleId == "DOC-01").ShouldHaveSingleItem();
            missing.Subject.ShouldBe("表8 政府性基金预算支出表（不含上年结转）");
            missing.Message.ShouldContain("目录列有");
            report.HasErrors.ShouldBeTrue();
        }

        [Fact]
        public void GivenAnEmptyTablePrintedWithoutItsNote_ThenTheReaderKeepsItAndDoc02Warns()
        {
            const string table8 = "政府性基金预算支出表（不含上年结转）\n单位名称：某县医疗保障局\t单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n";
            var text = Replace(Text, table8 + "注：本表无数据\n", table8);

            var d = PublishedTextReader.Read(text, "mutated");
            var report = new Checker().Check(d);

            d.Table("S8").ShouldNotBeNull().Note.ShouldBeNull();
            var f = report.Findings.Where(f => f.RuleId == "DOC-02").ShouldHaveSingleItem();
            f.Subject.ShouldBe("表8 政府性基金预算支出表（不含上年结转）");
            f.Expected.ShouldBe("注：本表无数据");
            report.Findings.ShouldNotContain(f => f.RuleId == "DOC-01");
        }

        private static string Replace(string text, string from, string to)
        {
            text = text.Replace("\r\n", "\n");
            text.ShouldContain(from);
            return text.Replace(from, to);
        }
    }
}
