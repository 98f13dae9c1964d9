using System.IO.Compression;
using System.Text.Json;

namespace Jixiao.Cli.Tests.Hostile;

/// <summary>
/// <c>check DIR</c> on a folder holding hostile entries (issue 11, point 9): one bad entry gets its own Chinese error naming
/// it and never discards the other files' reports; named pipes and symbolic-link loops neither hang nor repeat the check.
/// Each hostile entry is made in a temporary folder by the test.
/// </summary>
public class HostileFolderTests
{
    private const string Head = "单位预算支出总表\n123456某县医疗保障局\t预算年度：2022\t单位：万元\n序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n";
    private const string Clean = Head + "1\t\t合计\t100.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n";

    private static DirectoryInfo Folder()
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Clean);
        File.WriteAllText(Path.Combine(dir.FullName, "z.txt"), Clean);
        return dir;
    }

    private static string[] Sources(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("documents").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("source").GetString()!)).ToArray();
    }

    /// <summary>Runs <c>check</c> on a thread of its own, failing rather than hanging when it does not end.</summary>
    private static CliResult RunWithin(TimeSpan limit, params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args), TestContext.Current.CancellationToken);
        if (!run.Wait(limit, TestContext.Current.CancellationToken)) Assert.Fail($"jixiao {string.Join(" ", args)} did not end within {limit.TotalSeconds} s");
        return run.Result;
    }

    [Fact]
    public void A_named_pipe_in_the_folder_is_skipped_and_said_on_stderr()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in a folder are a Unix thing");
        var dir = Folder();
        try
        {
            var fifo = Path.Combine(dir.FullName, "pipe.txt");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();

            var r = RunWithin(TimeSpan.FromSeconds(30), "check", dir.FullName, "--json");

            r.Exit.ShouldBe(0);
            Sources(r.Stdout).ShouldBe(["a.txt", "z.txt"]);
            r.Stderr.ShouldContain($"跳过 {fifo}：不是普通文件（命名管道、设备或套接字）");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void An_internal_error_on_one_file_is_its_own_Chinese_line_and_the_others_are_checked()
    {
        string[] paths = ["a.txt", "bad.txt", "z.txt"];
        var results = Jixiao.Cli.Commands.CheckCommand.CheckAll(paths, path => path == "bad.txt"
            ? throw new OverflowException("Value was either too large or too small for a Decimal.")
            : new Jixiao.Rules.DocumentReport(path, Jixiao.Disclosures.DocumentKind.UnitBudget, null, null, [], []));

        results.Select(r => r.Report?.Source).ShouldBe(["a.txt", null, "z.txt"]);
        results[1].Error.ShouldBe("bad.txt：内部错误（System.OverflowException）：Value was either too large or too small for a Decimal.，请报告此问题");
    }

    [Theory]
    [InlineData("check", "pipe.txt")]
    [InlineData("check", "pipe.json")]
    [InlineData("import", "pipe.xlsx")]
    [InlineData("read", "pipe.txt")]
    [InlineData("evaluate-template", "pipe.json")]
    [InlineData("monitor-thresholds", "pipe.json")]
    public void A_named_pipe_given_by_name_is_refused_unread(string command, string name)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes are a Unix thing");
        var dir = Folder();
        try
        {
            var fifo = Path.Combine(dir.FullName, name);
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
            var package = Path.Combine(dir.FullName, "p.json");
            File.WriteAllText(package, "{}");
            string[] args = command switch
            {
                "import" => ["import", fifo, "-o", Path.Combine(dir.FullName, "out.json")],
                "evaluate-template" => ["evaluate", package, "--template", fifo],
                "monitor-thresholds" => ["monitor", package, "--at", "2023-06-30", "--thresholds", fifo],
                _ => [command, fifo],
            };

            var r = RunWithin(TimeSpan.FromSeconds(30), args);

            r.Exit.ShouldBe(2);
            (r.Console + r.Stderr).ShouldContain($"{fifo}：不是普通文件（命名管道、设备或套接字），未读取");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_symbolic_link_loop_is_not_followed_and_every_file_is_checked_once()
    {
        var dir = Folder();
        try
        {
            var sub = dir.CreateSubdirectory("sub");
            var loop = Path.Combine(sub.FullName, "loop");
            Directory.CreateSymbolicLink(loop, dir.FullName);
            File.CreateSymbolicLink(Path.Combine(dir.FullName, "self.txt"), Path.Combine(dir.FullName, "self.txt"));

            var r = RunWithin(TimeSpan.FromSeconds(30), "check", dir.FullName, "--json");

            Sources(r.Stdout).ShouldBe(["a.txt", "z.txt"]);
            r.Stderr.ShouldContain($"跳过 {loop}：指向文件夹的符号链接（不跟随，以免循环）");
            r.Stderr.ShouldContain("self.txt：文件不存在（符号链接指向的文件不存在）");
            r.Exit.ShouldBe(2); // the link to nothing is unreadable: the worst of 0, 0, 2
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_zip_bomb_workbook_is_its_own_error_and_the_other_files_are_checked()
    {
        var dir = Folder();
        try
        {
            // 300 MiB of zeros deflate to about 300 KB: beyond the 200 MiB a workbook may inflate to
            var bomb = Path.Combine(dir.FullName, "m.xlsx");
            using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
            {
                using (var w = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
                    w.Write("<workbook><sheets><sheet name=\"预算明细\"/></sheets></workbook>");
                using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
                var zeros = new byte[1 << 20];
                for (int i = 0; i < 300; i++) sheet.Write(zeros);
            }
            new FileInfo(bomb).Length.ShouldBeLessThan(3L << 20);

            var r = RunWithin(TimeSpan.FromSeconds(60), "check", dir.FullName, "--json");

            r.Exit.ShouldBe(2);
            Sources(r.Stdout).ShouldBe(["a.txt", "z.txt"]);
            r.Stderr.ShouldContain("m.xlsx：无法导入：解压后超过 200 MiB（疑为压缩炸弹），未打开；如确需读取，可设置环境变量 JIXIAO_MAX_XLSX_MB");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_and_a_file_that_cannot_be_read_are_their_own_errors_and_the_other_files_are_checked()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "permissions by chmod");
        var dir = Folder();
        var locked = dir.CreateSubdirectory("locked");
        File.WriteAllText(Path.Combine(locked.FullName, "b.txt"), Clean);
        var unreadable = Path.Combine(dir.FullName, "secret.txt");
        File.WriteAllText(unreadable, Clean);
        try
        {
            File.SetUnixFileMode(locked.FullName, UnixFileMode.None);
            File.SetUnixFileMode(unreadable, UnixFileMode.None);
            // root reads any folder: then jixiao runs as the user nobody, as a finance officer would
            bool root = Environment.UserName == "root" || Directory.EnumerateFileSystemEntries(locked.FullName).Any();
            var (exit, output) = root ? AsNobody(dir, "check", dir.FullName) : InProcess("check", dir.FullName);

            exit.ShouldBe(2);
            output.ShouldContain($"无法读取 {locked.FullName}：无法读取目录：没有读取权限");
            output.ShouldContain($"无法读取 {unreadable}：无法读取文件：没有读取权限");
            output.ShouldContain(Path.Combine(dir.FullName, "a.txt"));
            output.ShouldContain(Path.Combine(dir.FullName, "z.txt"));
        }
        finally
        {
            File.SetUnixFileMode(locked.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            dir.Delete(recursive: true);
        }
    }

    private static (int Exit, string Output) InProcess(params string[] args)
    {
        var r = CliRunner.Run(args);
        return (r.Exit, r.Console + r.Stderr);
    }

    /// <summary>Runs the built <c>jixiao</c> as the user nobody (through <c>runuser</c>), the folder opened to others; skips when that cannot be done.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static (int Exit, string Output) AsNobody(DirectoryInfo dir, params string[] args)
    {
        var dotnet = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
        var dll = Path.Combine(AppContext.BaseDirectory, "jixiao.dll");
        Assert.SkipWhen(!File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"), "running as root without runuser");
        Assert.SkipWhen(!File.Exists(dotnet) || !File.Exists(dll), "no dotnet host or jixiao.dll to run as another user");
        for (var d = dir; d is not null && d.FullName != Path.GetTempPath().TrimEnd('/'); d = d.Parent)
            File.SetUnixFileMode(d.FullName, File.GetUnixFileMode(d.FullName) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        foreach (var f in new[] { "a.txt", "z.txt" })
            File.SetUnixFileMode(Path.Combine(dir.FullName, f), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var start = new System.Diagnostics.ProcessStartInfo(File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "/sbin/runuser")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.FullName,
        };
        foreach (var a in (string[])["-u", "nobody", "--", dotnet, dll, .. args]) start.ArgumentList.Add(a);
        start.Environment["HOME"] = dir.FullName;
        start.Environment["DOTNET_CLI_HOME"] = dir.FullName;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000)) { process.Kill(); Assert.Fail("jixiao as nobody did not end within 60 s"); }
        Assert.SkipWhen(stderr.Result.Contains("runuser:", StringComparison.Ordinal), "runuser cannot switch user here: " + stderr.Result);
        return (process.ExitCode, stdout + stderr.Result);
    }

    [Fact]
    public void A_text_above_64_MiB_is_refused_unread_with_the_limit_and_how_to_change_it()
    {
        var dir = Folder();
        try
        {
            var huge = Path.Combine(dir.FullName, "huge.txt");
            using (var f = File.Create(huge)) f.SetLength(65L << 20); // sparse: no disk is used

            var r = CliRunner.Run("check", huge);

            r.Exit.ShouldBe(2);
            r.Console.ShouldContain("huge.txt：文件太大（65 MiB，超过 64 MiB 的上限），未读取；如确需读取，可设置环境变量 JIXIAO_MAX_TEXT_MB（单位 MiB）");
        }
        finally { dir.Delete(recursive: true); }
    }
}
