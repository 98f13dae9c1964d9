using Jixiao.Cli.Commands;
using Jixiao.Documents;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>Every command that writes refuses a missing folder and tells a failed write in Chinese.</summary>
public class OutputFileTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("jixiao-out-").FullName;

    public class AMissingFolder
    {
        [Theory]
        [InlineData("template", "t.xlsx")]
        [InlineData("import", "i.json")]
        [InlineData("tables", "s.html")]
        public void Is_refused_and_not_created(string command, string file)
        {
            var missing = Path.Combine(TempDir(), "没有这个文件夹");
            var output = Path.Combine(missing, file);
            string[] args = command switch
            {
                "template" => ["template", "-o", output],
                "import" => ["import", SeedFiles.Path(SeedFiles.Xinglong), "-o", output],
                _ => ["tables", SeedFiles.Path(SeedFiles.Xinglong), "-o", output],
            };
            var (exit, console, _) = CliRunner.Run(args);
            exit.ShouldBe(2);
            console.ShouldContain($"目标文件夹不存在：{missing}");
            Directory.Exists(missing).ShouldBeFalse();
        }

        [Fact]
        public void Above_the_demo_folder_is_refused()
        {
            var missing = Path.Combine(TempDir(), "没有这个文件夹");
            var (exit, console, _) = CliRunner.Run("demo", "-o", Path.Combine(missing, "demo"));
            exit.ShouldBe(2);
            console.ShouldContain($"目标文件夹不存在：{missing}");
            Directory.Exists(missing).ShouldBeFalse();
        }
    }

    public class AReadOnlyFile
    {
        [Fact]
        public void Is_not_replaced_and_the_command_says_why()
        {
            var file = Path.Combine(TempDir(), "只读.xlsx");
            File.WriteAllText(file, "旧内容");
            if (OperatingSystem.IsWindows()) File.SetAttributes(file, FileAttributes.ReadOnly);
            else File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            var r = CliRunner.Run("forms", SeedFiles.Path(SeedFiles.Xinzhou), "-o", file);

            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("文件是只读的");
            File.ReadAllText(file).ShouldBe("旧内容");
        }
    }

    public class AValueOfTheWrongType
    {
        [Fact]
        public void Is_told_in_Chinese()
        {
            var r = CliRunner.Run("indicators", "--top", "abc");
            r.Exit.ShouldBe(2);
            r.Stderr.ShouldContain("选项 --top 的值“abc”不是整数");
        }
    }

    public class AFailedWrite
    {
        [Fact]
        public void Of_the_demo_to_a_read_only_folder_names_the_path_without_a_stack_trace()
        {
            Assert.SkipUnless(OperatingSystem.IsLinux() && Directory.Exists("/sys/kernel"), "needs Linux's read-only /sys");
            var r = CliRunner.Run("demo", "-o", "/sys/jixiao-demo");
            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("无法写入 /sys/jixiao-demo：没有写入权限");
            r.Console.ShouldNotContain("Access to the path");
            r.Stderr.ShouldNotContain("内部错误");
        }

        [Fact]
        public void Where_no_file_can_be_made_is_told_in_Chinese()
        {
            Assert.SkipUnless(OperatingSystem.IsLinux() && Directory.Exists("/proc/self"), "needs Linux's /proc");
            var template = CliRunner.Run("template", "-o", "/proc/jixiao-t.xlsx");
            template.Exit.ShouldBe(2);
            template.Console.ShouldContain("无法写入 /proc/jixiao-t.xlsx：");
            template.Console.ShouldNotContain("Could not find");

            var import = CliRunner.Run("import", SeedFiles.Path(SeedFiles.Xinglong), "-o", "/proc/jixiao-i.json");
            import.Exit.ShouldBe(2);
            import.Console.ShouldContain("无法写入 /proc/jixiao-i.json：");
            import.Console.ShouldNotContain("Could not find");
            import.Console.ShouldNotContain(".tmp");
        }
    }

    public class TheDescribeMethod
    {
        [Fact]
        public void Tells_a_missing_permission() =>
            OutputFile.Describe(new UnauthorizedAccessException("Access to the path '/x/a.xlsx' is denied."), "/x/a.xlsx")
                .ShouldBe("无法写入 /x/a.xlsx：没有写入权限");

        [Fact]
        public void Tells_a_missing_folder() =>
            OutputFile.Describe(new DirectoryNotFoundException("Could not find a part of the path."), "/x/y/a.xlsx")
                .ShouldBe($"目标文件夹不存在：{Path.GetDirectoryName(Path.GetFullPath("/x/y/a.xlsx"))}");

        [Fact]
        public void Names_a_full_disk()
        {
            Assert.SkipWhen(OperatingSystem.IsWindows(), "errno codes");
            OutputFile.Describe(new IOException("No space left on device", 28), "a.json").ShouldBe("写入失败：a.json：磁盘空间不足");
        }

        [Fact]
        public void Gives_an_unknown_system_error_by_its_code_rather_than_in_English()
        {
            var message = OutputFile.Describe(new IOException("Something went wrong", 9999), "a.json");
            message.ShouldStartWith("写入失败：a.json：");
            message.ShouldNotContain("Something");
        }

        [Fact]
        public void Looks_through_the_write_exception_of_the_documents_library()
        {
            var inner = new UnauthorizedAccessException("Access to the path '/x/.a.json.48af.tmp' is denied.");
            OutputFile.Describe(new DocumentWriteException("/x/a.json", "没有写入权限", inner), "/x/a.json").ShouldBe("无法写入 /x/a.json：没有写入权限");
            OutputFile.Describe(new DocumentWriteException("s.xlsx", "公开文件中没有表格，无法生成工作簿"), "s.xlsx")
                .ShouldBe("无法写入 s.xlsx：公开文件中没有表格，无法生成工作簿");
        }
    }

    public class AWrongExtension
    {
        [Theory]
        [InlineData("template", "t.txt", "输出文件“t.txt”应为 Excel 工作簿（扩展名 .xlsx）")]
        [InlineData("import", "out.txt", "输出文件“out.txt”应为数据包（扩展名 .json）")]
        public void Is_refused_in_Chinese_and_nothing_is_written(string command, string file, string message)
        {
            var dir = Directory.CreateTempSubdirectory("jixiao-ext-").FullName;
            var output = Path.Combine(dir, file);
            var r = command == "template"
                ? CliRunner.Run("template", "-o", output)
                : CliRunner.Run("import", SeedFiles.Path(SeedFiles.Jinzhong), "-o", output);

            r.Exit.ShouldBe(2);
            r.Console.ShouldContain(message);
            File.Exists(output).ShouldBeFalse();
        }
    }
}
