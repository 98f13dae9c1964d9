using System.Diagnostics;
using Jixiao.Codes;
using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>The template works in another spreadsheet program: LibreOffice prints it with its Chinese text intact, and a workbook it saves reads back.</summary>
public sealed class BudgetWorkbookTemplateRenderingTests
{
    public sealed class TheWriteMethod : IDisposable
    {
        private readonly string _folder = TestWorkbook.NewFolder();

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Given_2021_then_LibreOffice_opens_the_template_and_prints_its_guide_headers_and_codes()
        {
            var libreOffice = Find("libreoffice");
            var pdfToText = Find("pdftotext");
            Assert.SkipWhen(libreOffice is null || pdfToText is null, "LibreOffice or poppler-utils is not installed (test.sh installs them)");

            // Given
            var template = Path.Combine(_folder, "template.xlsx");
            BudgetWorkbookTemplate.Write(template, new FiscalYear(2021));

            // When
            Run(libreOffice!, "--headless", $"-env:UserInstallation=file://{_folder}/lo-profile", "--convert-to", "pdf", "--outdir", _folder, template);
            var text = Run(pdfToText!, Path.Combine(_folder, "template.pdf"), "-");

            // Then
            text.ShouldContain("2021年度单位预算填报工作簿");
            text.ShouldContain("功能分类科目编码");
            text.ShouldContain("金额（元）");
            text.ShouldContain("预算年度");
            text.ShouldContain("2101501");
            text.ShouldContain("行政运行");
            text.ShouldContain("年度总体目标");
            text.ShouldContain("指标值确定依据");
        }

        [Fact]
        public void Given_the_filled_sample_saved_again_by_LibreOffice_then_it_reads_the_same()
        {
            var libreOffice = Find("libreoffice");
            Assert.SkipWhen(libreOffice is null, "LibreOffice is not installed (test.sh installs it)");

            // Given: the sample filled with ClosedXML, then opened and saved as .xlsx by LibreOffice.
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            var filled = wb.Save("filled.xlsx");
            var output = Path.Combine(_folder, "resaved");
            Run(libreOffice!, "--headless", $"-env:UserInstallation=file://{_folder}/lo-profile", "--convert-to", "xlsx", "--outdir", output, filled);

            // When
            var budget = BudgetWorkbookReader.Read(Path.Combine(output, "filled.xlsx"));

            // Then: 1,782,600.00 + 70,500.00 + 10,870,000.00 元, as in the workbook.
            budget.Unit.Code.ShouldBe("362001");
            budget.Lines.Count.ShouldBe(9);
            budget.Lines.Sum(l => l.Amount.Value).ShouldBe(12_723_100.00m);
            budget.Projects.Count.ShouldBe(2);
            budget.Assets.ShouldHaveSingleItem().Value.Value.ShouldBe(481_028.03m);
            budget.PriorYear.ShouldNotBeNull().Lines.Count.ShouldBe(2);
        }

        [Fact]
        public void Given_the_Xinzhou_declaration_saved_again_by_LibreOffice_then_its_targets_read_the_same()
        {
            var libreOffice = Find("libreoffice");
            Assert.SkipWhen(libreOffice is null, "LibreOffice is not installed (test.sh installs it)");

            // Given: the 离休干部业务经办费 declaration filled with ClosedXML, then opened and saved as .xlsx by LibreOffice.
            using var wb = XinzhouSample.Fill(TestWorkbook.FromTemplate(2022));
            var filled = wb.Save("targets.xlsx");
            var output = Path.Combine(_folder, "resaved");
            Run(libreOffice!, "--headless", $"-env:UserInstallation=file://{_folder}/lo-profile", "--convert-to", "xlsx", "--outdir", output, filled);

            // When
            var budget = BudgetWorkbookReader.Read(Path.Combine(output, "targets.xlsx"));

            // Then: as typed — 市县(区) 150,000 元 in both columns, seven indicators in each half, 经办人 苏媛渊.
            var d = budget.Projects.ShouldHaveSingleItem().Targets.ShouldNotBeNull();
            d.AnnualFunds.Of(Jixiao.Targets.FundSource.Local).Value.ShouldBe(150_000m);
            d.ImplementationFunds.Sources.Count.ShouldBe(4);
            d.ImplementationIndicators.Count.ShouldBe(7);
            d.AnnualIndicators.Select(i => i.Target.Text).ShouldBe(["≥3类", "显著提升", "及时支付", "≤16万元", "显著提升", "持续运行", "≥92%"]);
            d.Texts.Count.ShouldBe(5);
            d.SignOff.ShouldNotBeNull().Handler.ShouldBe("苏媛渊");
            d.SignOff!.Date.ShouldBe("20211207171140");
        }

        private static string? Find(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

        private static string Run(string program, params string[] arguments)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in arguments) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} did not finish within 2 minutes");
            }
            process.ExitCode.ShouldBe(0, stderr.Result);
            return stdout.Result;
        }
    }
}
