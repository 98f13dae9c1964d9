using Jixiao.Disclosures;
using Jixiao.Documents.Import;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Hostile;

/// <summary>
/// Numbers seen in real files that crashed a reader or overflowed a sum (issue 11, point 9): Excel's float noise
/// (<c>200000.00000000001</c>), a real fraction of a 分, and runs of 13 to 29 digits. The clean one-year Shanxi form
/// (<c>Fixtures/forms/shanxi-2023-one-year.txt</c>) prints 200,000 元 as 实施期 and 年度资金总额.
/// </summary>
public class HostileNumberTests
{
    private static readonly string OneYear =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "forms", "shanxi-2023-one-year.txt"));

    private static Disclosure Read(string text) => PublishedTextReader.Read(text, "hostile.txt");

    public class TheShanxiFormReader
    {
        [Fact]
        public void Given_Excel_float_noise_in_every_total_when_read_then_the_amount_is_rounded_to_the_fen()
        {
            // 11 decimals: Figure.Printed took at most 10 and threw
            var d = Read(OneYear.Replace("200,000", "200000.00000000001", StringComparison.Ordinal));

            var form = d.TargetForms.ShouldHaveSingleItem();
            form.Problems.ShouldBeEmpty();
            form.Declaration.AnnualFunds.StatedTotal.ShouldBe(new Yuan(200_000m));
            form.Declaration.ImplementationFunds.StatedTotal.ShouldBe(new Yuan(200_000m));
            new Checker().Check(d).Findings.ShouldNotContain(f => f.Severity == Severity.Error);
        }

        [Fact]
        public void Given_a_real_fraction_of_a_fen_when_read_then_the_cell_is_unreadable()
        {
            var d = Read(OneYear.Replace("200,000", "200000.123", StringComparison.Ordinal));

            var problem = d.TargetForms.ShouldHaveSingleItem().Problems.First();
            problem.Printed.ShouldBe("200000.123");
            problem.Expected.ShouldBe("以元为单位、至多两位小数的金额");
        }

        [Theory]
        [InlineData("1234567890123456")]                 // 16 digits
        [InlineData("12345678901234567890123")]          // 23 digits
        [InlineData("99999999999999999999999999999")]    // 29 digits, beyond decimal
        public void Given_an_amount_of_13_to_29_digits_when_read_and_checked_then_it_is_an_unreadable_cell(string digits)
        {
            var d = Read(OneYear.Replace("200,000", digits, StringComparison.Ordinal));

            d.TargetForms.ShouldHaveSingleItem().Problems.ShouldContain(p => p.Printed == digits);
            Should.NotThrow(() => new Checker().Check(d));
        }
    }

    public class TheDisclosureImporter
    {
        private static Disclosure WithEveryFigure(string figure) => Read(System.Text.RegularExpressions.Regex.Replace(
            SeedFiles.Text(SeedFiles.Xinglong), @"(?<![\d.])\d{1,3}(,\d{3})*\.\d\d(?!\d)", figure));

        [Fact]
        public void Given_a_27_digit_amount_in_a_title_when_imported_then_the_import_stays_small()
        {
            // fuzz case 200473 (tests/corpus/hostile): the importer's subset sums tabulated 2^28 sums for one amount, 700 MiB
            var path = Path.Combine(SeedFiles.RepositoryRoot(), "tests", "corpus", "hostile", "import-27-digit-amount.txt");
            var d = DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken);
            long before = GC.GetAllocatedBytesForCurrentThread();

            try { Jixiao.Documents.Import.DisclosureImporter.Import(d); }
            catch (Jixiao.Documents.Import.ImportException) { }

            (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(100L << 20);
        }

        [Fact]
        public void Given_a_table_figure_beyond_10_trillion_yuan_when_imported_then_an_ImportException_names_it()
        {
            var d = WithEveryFigure("1234567890123.45"); // 10¹² 万元: a package could not read it back

            Should.NotThrow(() => new Checker().Check(d));
            var e = Should.Throw<ImportException>(() => DisclosureImporter.Import(d));
            e.Message.ShouldContain("的金额 1234567890123.45万元 超过 10 万亿元，无法导入");
        }

        [Fact]
        public void Given_a_declared_project_beyond_10_trillion_yuan_when_imported_then_an_ImportException_names_it()
        {
            var d = Read(SeedFiles.Text(SeedFiles.Xinglong));
            d.Projects.Add(new DeclaredProject(null, "巨额项目", Figure.Printed(1_000_000_000_000_000m, 2), "万元", 9999)); // 10¹⁵ 万元 overflowed 分

            var e = Should.Throw<ImportException>(() => DisclosureImporter.Import(d));
            e.Message.ShouldContain("第 9999 行项目“巨额项目”的预算数 1000000000000000万元 超过 10 万亿元，无法导入");
        }

        [Theory]
        [InlineData("1234567890123456.78")]               // overflowed a long count of 分
        [InlineData("9999999999999999999999999999")]      // overflowed a decimal × 10,000
        public void Given_a_figure_beyond_10_to_the_15_when_imported_then_it_is_an_unreadable_cell(string figure)
        {
            var d = WithEveryFigure(figure);

            d.ReadFindings.ShouldContain(f => f.RuleId == "RD-CELL-01");
            Should.NotThrow(() => new Checker().Check(d));
            try
            {
                DisclosureImporter.Import(d).Notes.ShouldContain(n => n.Contains("无法识别为数字"));
            }
            catch (ImportException e)
            {
                e.Message.ShouldContain("无法还原预算"); // nothing left to import: said, not an overflow
            }
        }
    }

    public class TheCellNumbers
    {
        [Theory]
        [InlineData("100000.00000000001", 2, "100000", 2)]
        [InlineData("6596.3600000000006", 6, "6596.36", 2)]
        [InlineData("0.1234567", 6, "0.1234567", -1)]  // 7 decimals of a 万元: a fraction of a 分
        [InlineData("1.005", 2, "", -1)]
        public void ParseAmount_rounds_noise_and_refuses_a_fraction_of_a_fen(string cell, int fen, string expected, int decimals)
        {
            var kind = CellNumbers.ParseAmount(cell, fen, out var value, out int d);
            if (decimals < 0) { kind.ShouldBe(CellValueKind.Unreadable); return; }
            kind.ShouldBe(CellValueKind.Number);
            value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
            d.ShouldBe(decimals);
        }

        [Fact]
        public void A_number_beyond_10_to_the_15_is_unreadable_in_any_unit() =>
            CellNumbers.Parse("1000000000000001", out _, out _).ShouldBe(CellValueKind.Unreadable);
    }
}
