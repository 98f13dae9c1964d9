using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Cli.Tests.Commands;

/// <summary><c>jixiao forms</c>: the target forms of a published text or a budget, as XLSX or HTML; exit 0 written, 2 otherwise.</summary>
public class FormsCommandTests
{
    private static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "jixiao-forms-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    private static string[] SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();
    }

    public class GivenAPublishedText
    {
        [Fact]
        public void Writes_the_11_Xinzhou_forms_as_a_workbook_and_exits_0()
        {
            var output = Path.Combine(TempDir(), "申报表.xlsx");
            var r = CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Xinzhou), "-o", output);
            r.Exit.ShouldBe(0, r.Console + r.Stderr);
            r.Console.ShouldContain("已写出 11 张绩效目标表");
            var names = SheetNames(output);
            names.Length.ShouldBe(11);
            names[2].ShouldBe("离休干部业务经办费");
        }

        [Fact]
        public void Writes_the_5_Jinzhong_self_evaluations_and_exits_0()
        {
            var dir = TempDir();
            var output = Path.Combine(dir, "自评表.xlsx");
            var r = CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Jinzhong), "-o", output);
            r.Exit.ShouldBe(0, r.Console + r.Stderr);
            r.Console.ShouldContain("已写出 5 张绩效自评表");
            var names = SheetNames(output);
            names.Length.ShouldBe(5);
            names[1].ShouldBe("打击欺诈骗保专项行动");

            var html = Path.Combine(dir, "打击.html");
            r = CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Jinzhong), "-o", html, "-p", "打击欺诈");
            r.Exit.ShouldBe(0, r.Console);
            r.Console.ShouldContain("已写出 1 张绩效自评表");
            var page = File.ReadAllText(html);
            // seed: 实际支出资金 市级预算资金 14.50, 综合得分 99.42, 评价人员 赵新冬
            page.ShouldContain("14.50");
            page.ShouldContain("99.42");
            page.ShouldContain("赵新冬");
            page.ShouldNotContain("城乡居民基本医疗保险2021年市级财政补助");
        }

        [Fact]
        public void The_help_says_the_self_evaluations_are_written_too()
        {
            var (exit, _, stdout) = CliRunner.Run("forms", "--help");
            exit.ShouldBe(0);
            stdout.ShouldContain("公开文本中的绩效自评表");
        }

        [Fact]
        public void Writes_only_the_forms_whose_name_or_code_holds_the_project_fragment()
        {
            var dir = TempDir();
            var byName = Path.Combine(dir, "离休.html");
            CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Xinzhou), "-o", byName, "--project", "离休").Exit.ShouldBe(0);
            var html = File.ReadAllText(byName);
            // 离休干部业务经办费 and 市直离休干部医药费
            html.ShouldContain("离休干部业务经办费");
            html.ShouldContain("市直离休干部医药费");
            html.ShouldNotContain("信息系统维护及资产购置");

            var byCode = Path.Combine(dir, "宣传.xlsx");
            var r = CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Xinglong), "-o", byCode, "-p", "130822218M6H7N2EXBD1D");
            r.Exit.ShouldBe(0, r.Console);
            r.Console.ShouldContain("已写出 1 张绩效目标表");
            SheetNames(byCode).ShouldBe(["宣传印刷费"]);
        }

        [Fact]
        public void Exits_2_when_no_form_matches_the_fragment()
        {
            var output = Path.Combine(TempDir(), "x.xlsx");
            var r = CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Xinglong), "-o", output, "-p", "不存在的项目");
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("没有相符的表");
            r.Console.ShouldContain("文件中共 23 张");
            File.Exists(output).ShouldBeFalse();
        }

        [Fact]
        public void Exits_2_with_a_clear_message_for_a_text_without_forms()
        {
            // the set S disclosure sample without its 绩效目标表: tables only
            var sample = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot(), "tests", "Jixiao.Documents.Tests", "Fixtures", "set-s-sample.txt"));
            int firstForm = sample.IndexOf("绩效目标表\n", StringComparison.Ordinal);
            firstForm.ShouldBeGreaterThan(0);
            var dir = TempDir();
            var input = Path.Combine(dir, "tables-only.txt");
            File.WriteAllText(input, sample[..sample.LastIndexOf('\n', firstForm)]);
            var output = Path.Combine(dir, "x.xlsx");
            var r = CliRunner.Run("forms", input, "-o", output);
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("文件中没有项目支出绩效目标申报表、绩效目标表或绩效自评表");
            File.Exists(output).ShouldBeFalse();
        }
    }

    public class GivenABudget
    {
        [Fact]
        public void Writes_the_23_forms_of_the_demo_package_with_their_money_from_the_lines()
        {
            var input = Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Application", "Demo", "xinglong-2021.package.json");
            var output = Path.Combine(TempDir(), "demo.html");
            var r = CliRunner.Run("forms", input, "-o", output, "--project", "代缴村级连接");
            r.Exit.ShouldBe(0, r.Console);
            var html = File.ReadAllText(output);
            // the package keeps no 预算数 on the form: 41.32 万元 is its line (seed form 12)
            html.ShouldContain("代缴村级连接医保系统费用绩效目标表");
            html.ShouldContain("41.32");
            r.Console.ShouldNotContain("留空");
        }

        [Fact]
        public void Writes_the_self_evaluations_a_package_keeps_as_published()
        {
            // import the five Jinzhong forms into a package, then print them from it as from the text
            var dir = TempDir();
            var package = Path.Combine(dir, "jz.json");
            CliRunner.Run("import", SeedFiles.Path(SeedFiles.Jinzhong), "-o", package).Exit.ShouldBe(0);
            var output = Path.Combine(dir, "jz.html");

            var r = CliRunner.Run("forms", package, "-o", output);

            r.Exit.ShouldBe(0);
            r.Console.ShouldContain("已写出 5 张绩效自评表");
            var html = File.ReadAllText(output);
            html.ShouldContain("打击欺诈骗保专项行动");
            html.ShouldContain("12579.31"); // 预算下达资金 of the first form, in 万元 as printed
        }

        [Fact]
        public void Exits_2_when_no_project_has_declared_targets()
        {
            // the documented example package: the Xinglong budget without its forms
            var input = Path.Combine(SeedFiles.RepositoryRoot(), "docs", "examples", "xinglong-2021.unit-budget.json");
            var r = CliRunner.Run("forms", input, "-o", Path.Combine(TempDir(), "x.html"));
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("没有项目填报绩效目标");
        }
    }

    public class GivenABadOutput
    {
        [Fact]
        public void Exits_2_for_a_folder_that_does_not_exist()
        {
            var missing = Path.Combine(TempDir(), "没有这个文件夹");
            var r = CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Xinzhou), "-o", Path.Combine(missing, "x.xlsx"));
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain($"目标文件夹不存在：{missing}");
            Directory.Exists(missing).ShouldBeFalse();
        }

        [Fact]
        public void Exits_2_for_an_extension_that_names_no_format()
        {
            var r = CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Xinzhou), "-o", Path.Combine(TempDir(), "x.pdf"));
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("无法从输出文件名“x.pdf”判断格式");
        }

        [Fact]
        public void Exits_2_for_an_input_that_does_not_exist()
        {
            var r = CliRunner.Run("forms", Path.Combine(TempDir(), "无.txt"), "-o", Path.Combine(TempDir(), "x.xlsx"));
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("文件不存在");
        }
    }
}
