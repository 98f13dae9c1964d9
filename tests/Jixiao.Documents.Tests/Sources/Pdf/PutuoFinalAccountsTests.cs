using System.Globalization;
using Jixiao.Disclosures;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Sources.Pdf;

/// <summary>
/// The district finance bureau's published 2024 final accounts (<c>tests/corpus/real/putuo-2024-final-accounts.pdf</c>,
/// 25 pages, ONLYOFFICE export) read through the PDF grid and the 决算 table set F. The expected figures are in
/// <c>putuo-2024-final-accounts.expected.tsv</c>, read off the rendered pages and checked against every number
/// <c>pdftotext -bbox</c> finds, without the reader.
/// </summary>
public class PutuoFinalAccountsTests
{
    private static readonly Lazy<Disclosure> Read = new(() => DocumentLoader.Load(SeedFiles.Path(SeedFiles.Putuo)));

    private static int PageOf(DisclosureTable t) => Read.Value.Positions![t.Line - 1].Page;

    public class TheTables
    {
        [Fact]
        public void Are_the_nine_of_the_final_accounts_each_on_the_page_its_title_is_printed()
        {
            var d = Read.Value;
            d.Kind.ShouldBe(DocumentKind.FinalAccounts);
            d.Set.Id.ShouldBe("F");
            d.Year!.Value.Value.ShouldBe(2024);
            // pages as `pdftotext -f N -l N` shows the titles
            d.Tables.Select(t => (t.Template.Id, PageOf(t))).ShouldBe(
                [("F1", 6), ("F2", 8), ("F3", 10), ("F4", 12), ("F5", 15), ("F6", 16), ("F7", 18), ("F8", 19), ("F9", 20)]);
        }

        [Fact]
        public void Print_the_26_expenditure_classes_the_document_lists_in_tables_1_and_4()
        {
            // 一、一般公共服务支出 … 二十六、抗疫特别国债安排的支出, as printed on pages 6 and 12–13
            foreach (var id in new[] { "F1", "F4" })
                Read.Value.Table(id)!.Part("expenditure")!.Rows.Count(r => r.Code is not null && r.Printed).ShouldBe(26);
        }

        [Fact]
        public void Continue_over_the_page_break_without_losing_a_row()
        {
            var d = Read.Value;
            // 总计 of table 1 is printed on page 7, 2210203 购房补贴 of table 2 on page 9
            d.Table("F1")!.Part("income")!.Row("grand-total")!.Values[0]!.Value.Value.ShouldBe(2995.39m);
            d.Table("F2")!.Part("main")!.Row("2210203")!.Values[0]!.Value.Value.ShouldBe(258.50m);
            d.Positions![d.Table("F2")!.Part("main")!.Row("2210203")!.Line - 1].Page.ShouldBe(9);
        }

        [Fact]
        public void Note_the_empty_fund_and_state_capital_tables()
        {
            Read.Value.Table("F8")!.Note.ShouldNotBeNull().ShouldContain("本表无数据");
            Read.Value.Table("F9")!.IsEmpty.ShouldBeTrue();
        }
    }

    public class EveryFigure
    {
        [Fact]
        public void Is_read_as_printed_195_figures_and_every_other_cell_blank()
        {
            var expected = ExpectedFigures();
            expected.Count.ShouldBe(195);
            var d = Read.Value;
            var wrong = new List<string>();
            foreach (var (table, part, row, column, value, page) in expected)
            {
                var p = d.Table(table)?.Part(part);
                var r = p?.Row(row);
                int c = p?.Template.ColumnIndex(column) ?? -1;
                var read = r is not null && c >= 0 ? r.Values[c]?.Value : null;
                if (read != value) wrong.Add($"{table} {part} {row} {column}: expected {value}, read {read?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
                else if (d.Positions![r!.Line - 1].Page != page) wrong.Add($"{table} {row}: page {d.Positions[r.Line - 1].Page}, expected {page}");
            }
            wrong.ShouldBeEmpty();

            // and nothing else: every figure not listed is a blank (0) cell
            var listed = expected.Select(e => (e.Table, e.Part, e.Row, e.Column)).ToHashSet();
            var extra = new List<string>();
            foreach (var t in d.Tables)
            foreach (var p in t.Parts)
            foreach (var r in p.Rows)
                for (int c = 0; c < p.Template.Columns.Count; c++)
                    if (r.Values[c] is { } f && f.Value != 0m && !listed.Contains((t.Template.Id, p.Template.Key, r.Key, p.Template.Columns[c].Key)))
                        extra.Add($"{t.Template.Id} {r.Key} {p.Template.Columns[c].Key} = {f.Value}");
            extra.ShouldBeEmpty();
        }

        private static List<(string Table, string Part, string Row, string Column, decimal Value, int Page)> ExpectedFigures() =>
            File.ReadAllLines(Path.ChangeExtension(SeedFiles.Path(SeedFiles.Putuo), ".expected.tsv"))
                .Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
                .Select(f => (f[0], f[1], f[2], f[3], decimal.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture)))
                .ToList();
    }

    public class TheCheck
    {
        private static readonly Lazy<DocumentReport> Report = new(() => new Checker().Check(Read.Value));

        [Fact]
        public void Finds_every_sum_and_cross_table_equality_holding_within_rounding()
        {
            var r = Report.Value;
            var sums = new[] { "TBL-SUM-01", "TBL-SUM-02", "TBL-SUM-03", "TBL-BAL-01", "XT-01", "XT-02", "XT-04", "XT-07", "XT-08" };
            r.Rules.Where(x => sums.Contains(x.Rule.Id)).Select(x => (x.Rule.Id, x.Outcome)).ShouldAllBe(x => x.Outcome == Outcome.Pass);
            r.Findings.Where(f => sums.Contains(f.RuleId)).ShouldAllBe(f => f.Severity == Severity.Info);
            // the gaps the document prints (see the expected figures): 326.71 against 326.72, 类 rows 0.01 over their 合计
            r.Findings.ShouldContain(f => f.RuleId == "XT-01" && f.Message.Contains("326.71") && f.Message.Contains("326.72"));
        }

        [Fact]
        public void Reports_the_one_real_error_of_the_text_on_its_page()
        {
            // 五（二）: 2106.66 ÷ 2940.05 = 71.65 %, printed 71.73 % (page 21)
            var errors = Report.Value.Findings.Where(f => f.Severity == Severity.Error).ToList();
            errors.Select(e => e.RuleId).ShouldBe(["TXT-PCT-01"]);
            errors[0].Page.ShouldBe(21);
            errors[0].Message.ShouldContain("71.73%");
        }
    }
}

/// <summary>
/// A province's 2024 部门决算 template (<c>tests/corpus/real/final-accounts-template-2024.pdf</c>, 23 pages): the 9
/// tables with their rows and no figures, the XX placeholders of its text reported.
/// </summary>
public class FinalAccountsTemplateTests
{
    private static readonly Lazy<Disclosure> Read = new(() => DocumentLoader.Load(SeedFiles.Path(SeedFiles.FinalAccountsTemplate)));

    [Fact]
    public void Reads_as_the_nine_tables_without_figures()
    {
        var d = Read.Value;
        d.Kind.ShouldBe(DocumentKind.FinalAccounts);
        d.Tables.Select(t => t.Template.Id).ShouldBe(["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"]);
        d.Tables.ShouldAllBe(t => t.IsEmpty);
        // the template prints 24 类 on the expenditure side of table 1 (一 … 二十四、抗疫特别国债安排的支出)
        d.Table("F1")!.Part("expenditure")!.Rows.Count(r => r.Code is not null && r.Printed).ShouldBe(24);
    }

    [Fact]
    public void Reports_its_placeholders_and_no_other_error()
    {
        var report = new Checker().Check(Read.Value);
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).ToList();
        errors.ShouldNotBeEmpty();
        errors.Select(e => e.RuleId).Distinct().ShouldBe(["TXT-PH-01"]);
        errors.ShouldContain(e => e.Message.Contains("XX") && e.Page == 1);
        // the example codes of the template (20502 普通教育 …) are real: not errors in a list that holds only part of 类 205
        report.Findings.Where(f => f.RuleId == "CAT-01").ShouldAllBe(f => f.Severity == Severity.Warning);
    }
}
