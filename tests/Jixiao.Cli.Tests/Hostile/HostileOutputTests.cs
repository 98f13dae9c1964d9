namespace Jixiao.Cli.Tests.Hostile;

/// <summary>
/// <c>-o</c> onto what must not be replaced (issue 11, point 9): a named pipe (as a device such as <c>/dev/null</c>) stays
/// what it is, and the command's own input — named as given or through a symbolic link — is refused before anything is
/// read or written, for every command that writes a file.
/// </summary>
public class HostileOutputTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("jixiao-hostile-out-").FullName;

    private static string Fifo(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return path;
    }

    private static bool IsFifo(string path) => (new FileInfo(path).Attributes & FileAttributes.Directory) == 0
        && Jixiao.Documents.FileKinds.Of(path) == Jixiao.Documents.FileKind.Special;

    // command, input name (copied from the seed, or any bytes: the output is refused before the input is read), output name
    public static TheoryData<string, string, string> Commands => new()
    {
        { "import", "seed.txt", "out.json" },
        { "tables", "seed.txt", "out.json" },
        { "forms", "seed.txt", "out.html" },
        { "evaluate", "p.xlsx", "out.xlsx" },
        { "template", "", "out.xlsx" },
    };

    private static string[] Args(string command, string input, string output) => command == "template"
        ? ["template", "-o", output]
        : command == "tables" ? ["tables", input, "--format", "json", "-o", output] : [command, input, "-o", output];

    private static string Input(string folder, string name)
    {
        if (name.Length == 0) return "";
        var path = Path.Combine(folder, name);
        File.Copy(SeedFiles.Path(SeedFiles.Xinglong), path);
        return path;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_named_pipe_is_not_replaced_by_the_output(string command, string input, string output)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in a folder are a Unix thing");
        var folder = TempDir();
        var fifo = Fifo(folder, output);

        var r = CliRunner.Run(Args(command, Input(folder, input), fifo));

        r.Exit.ShouldBe(2);
        (r.Console + r.Stderr).ShouldContain($"无法写入 {fifo}：这是设备或命名管道，不是普通文件，不会用输出替换它");
        IsFifo(fifo).ShouldBeTrue();
        Directory.GetFiles(folder).Where(f => Path.GetFileName(f).StartsWith('.')).ShouldBeEmpty();
    }

    [Fact]
    public void A_named_pipe_among_the_demo_outputs_is_not_replaced()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in a folder are a Unix thing");
        var folder = TempDir();
        var fifo = Fifo(folder, "xinglong-2021-setH.html");

        var r = CliRunner.Run("demo", "-o", folder);

        r.Exit.ShouldBe(2);
        r.Console.ShouldContain($"无法写入 {fifo}：目标是设备或命名管道，不是普通文件，不会用输出替换它");
        IsFifo(fifo).ShouldBeTrue();
        Directory.GetFiles(folder).Where(f => Path.GetFileName(f).StartsWith('.')).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("tables", "p.json", "p.json")]
    [InlineData("forms", "p.xlsx", "p.xlsx")]
    [InlineData("evaluate", "p.xlsx", "p.xlsx")]
    [InlineData("import", "p.xlsx", "link.json")]  // the output is a link to the input
    [InlineData("tables", "p.json", "link.json")]
    public void The_input_file_is_refused_as_the_output_before_anything_is_written(string command, string input, string output)
    {
        var folder = TempDir();
        var inputPath = Path.Combine(folder, input);
        var bytes = "{\"不是\":\"数据包\"}"u8.ToArray();
        File.WriteAllBytes(inputPath, bytes);
        var outputPath = Path.Combine(folder, output);
        if (output != input) File.CreateSymbolicLink(outputPath, inputPath);

        var r = CliRunner.Run(Args(command, inputPath, outputPath));

        r.Exit.ShouldBe(2);
        (r.Console + r.Stderr).ShouldContain($"无法写入 {outputPath}：这是输入文件 {inputPath} 本身，写入会覆盖它；请换一个输出文件名");
        File.ReadAllBytes(inputPath).ShouldBe(bytes);
        Directory.GetFiles(folder).Length.ShouldBe(output == input ? 1 : 2);
    }

    [Fact]
    public void The_input_named_through_a_linked_folder_is_refused_too()
    {
        var folder = TempDir();
        var input = Path.Combine(folder, "p.json");
        File.WriteAllText(input, "{}");
        var linkedFolder = Path.Combine(TempDir(), "同一个文件夹");
        Directory.CreateSymbolicLink(linkedFolder, folder);

        var r = CliRunner.Run("tables", input, "--format", "json", "-o", Path.Combine(linkedFolder, "p.json"));

        r.Exit.ShouldBe(2);
        r.Console.ShouldContain("这是输入文件");
        File.ReadAllText(input).ShouldBe("{}");
    }
}
