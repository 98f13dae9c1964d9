using System.CommandLine;

namespace Jixiao.Cli.Tests;

public class CliAppTests
{
    // What System.CommandLine would say in English, were its texts shown.
    private static readonly string[] English = ["Description", "Usage", "Arguments", "Options", "Commands", "Show help", "REQUIRED", "default:", "Required", "Unrecognized", "Option '", "Cannot parse"];

    private static void ShouldBeChinese(string text)
    {
        foreach (var word in English) text.ShouldNotContain(word, customMessage: text);
    }

    public class TheUsageErrors
    {
        [Fact]
        public void A_missing_argument_exits_2_and_points_to_the_help()
        {
            var r = CliRunner.Run("check");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("缺少参数 FILE");
            r.Stderr.ShouldContain("运行“jixiao check --help”查看用法。");
            ShouldBeChinese(r.Stderr);
        }

        [Fact]
        public void A_missing_required_option_exits_2()
        {
            var r = CliRunner.Run("import", "budget.xlsx");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("缺少必需的选项 --output");
            ShouldBeChinese(r.Stderr);
        }

        [Fact]
        public void An_unknown_option_exits_2()
        {
            var r = CliRunner.Run("import", "budget.xlsx", "-o", "p.json", "--bogus");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("未知选项“--bogus”");
            ShouldBeChinese(r.Stderr);
        }

        [Fact]
        public void An_unknown_command_exits_2_and_lists_the_commands()
        {
            var r = CliRunner.Run("chek", "a.txt");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("未知命令“chek”（可用的命令：check、read、tables、forms、evaluate、import、template、indicators、monitor、demo、rules）");
            ShouldBeChinese(r.Stderr);
        }

        [Fact]
        public void No_command_exits_2()
        {
            var r = CliRunner.Run();
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("缺少命令");
            r.Stderr.ShouldContain("运行“jixiao --help”查看用法。");
        }

        [Fact]
        public void A_misspelt_option_is_not_read_as_a_file()
        {
            var r = CliRunner.Run("check", "--jsn", "x.txt");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("未知选项“--jsn”");
            r.Console.ShouldNotContain("无法读取");
        }

        [Fact]
        public void An_option_value_of_the_wrong_type_is_told_in_Chinese()
        {
            var r = CliRunner.Run("template", "-o", "t.xlsx", "--year", "abc");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("--year 的值“abc”不是年份");
            ShouldBeChinese(r.Stderr);
        }
    }

    public class TheInternalErrorHandler
    {
        private static Command Failing(Exception e)
        {
            var command = new Command("fail") { Hidden = true };
            command.SetAction(int (_) => throw e);
            return command;
        }

        [Fact]
        public void Tells_an_unexpected_exception_in_one_Chinese_line_and_exits_2()
        {
            var r = CliRunner.RunWith(Failing(new InvalidOperationException("Sequence contains no elements")), "fail");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldBe("内部错误（System.InvalidOperationException）：Sequence contains no elements，请报告此问题" + Environment.NewLine);
            r.Stderr.ShouldNotContain(" at ");
        }

        [Fact]
        public void Names_the_exception_inside_a_parallel_loop_and_keeps_one_line()
        {
            var r = CliRunner.RunWith(Failing(new AggregateException(new NullReferenceException("第一行\n第二行"))), "fail");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldBe("内部错误（System.NullReferenceException）：第一行 第二行，请报告此问题" + Environment.NewLine);
        }
    }

    public class TheInternalErrorOnAFile
    {
        [Fact]
        public void Names_the_file_and_the_exception_type_in_one_Chinese_line()
        {
            var file = Path.Combine(Directory.CreateTempSubdirectory("jixiao-fail-").FullName, "xxx.txt");
            File.WriteAllText(file, "任意内容");
            var argument = new Argument<string>("FILE");
            var command = new Command("fail") { argument };
            command.Hidden = true;
            command.SetAction(int (_) => throw new OverflowException("Value was either too large or too small for a Decimal."));

            var r = CliRunner.RunWith(command, "fail", file);

            r.Exit.ShouldBe(2);
            r.Stderr.ShouldBe($"{file}：内部错误（System.OverflowException）：Value was either too large or too small for a Decimal.，请报告此问题" + Environment.NewLine);
        }
    }

    public class TheHelp
    {
        [Fact]
        public void Of_jixiao_lists_the_commands_and_exit_codes_in_Chinese()
        {
            var r = CliRunner.Run("--help");
            r.Exit.ShouldBe(0);
            r.Stdout.ShouldContain("用法：");
            r.Stdout.ShouldContain("  jixiao <命令> [选项]");
            r.Stdout.ShouldContain("命令：");
            r.Stdout.ShouldContain("选项：");
            r.Stdout.ShouldContain("显示帮助");
            r.Stdout.ShouldContain("退出码：");
            foreach (var command in new[] { "check", "read", "tables", "forms", "evaluate", "import", "template", "indicators", "demo", "rules" })
                r.Stdout.ShouldContain($"  {command} ");
            ShouldBeChinese(r.Stdout);
        }

        [Theory]
        [InlineData("check")]
        [InlineData("read")]
        [InlineData("tables")]
        [InlineData("forms")]
        [InlineData("evaluate")]
        [InlineData("import")]
        [InlineData("template")]
        [InlineData("demo")]
        [InlineData("rules")]
        public void Of_each_command_is_in_Chinese(string command)
        {
            var r = CliRunner.Run(command, "--help");
            r.Exit.ShouldBe(0);
            r.Stdout.ShouldContain($"  jixiao {command}");
            r.Stdout.ShouldContain("用法：");
            r.Stdout.ShouldContain("选项：");
            r.Stdout.ShouldContain("-?, -h, --help  ");
            ShouldBeChinese(r.Stdout);
        }

        [Fact]
        public void Marks_required_options_and_defaults_in_Chinese()
        {
            var tables = CliRunner.Run("tables", "--help").Stdout;
            tables.ShouldContain("  jixiao tables <PACKAGE> -o <OUT> [选项]");
            tables.ShouldContain("-o, --output <OUT>");
            tables.ShouldContain("（必需）输出文件");
            tables.ShouldContain("--set <H|S|N|FILE.json>");
            tables.ShouldContain("（默认：H）");
        }

        [Fact]
        public void Is_shown_even_when_the_line_has_mistakes()
        {
            var r = CliRunner.Run("check", "--help", "--jsn");
            r.Exit.ShouldBe(0);
            r.Stdout.ShouldContain("用法：");
            r.Stderr.ShouldBeEmpty();
        }
    }
}
