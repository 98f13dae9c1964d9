using System.Diagnostics;

namespace Jixiao.Documents.Sources.Legacy;

/// <summary>
/// Converts the binary office formats (.doc and WPS 文字 .wps to .docx; .xls and WPS 表格 .et to .xlsx) with LibreOffice
/// (<c>libreoffice</c> or <c>soffice</c> on the PATH), in a temporary folder with a profile of its own and a time
/// limit. Without LibreOffice, or when the conversion fails, a <see cref="DocumentReadException"/> naming the file.
/// </summary>
public static class LegacyConverter
{
    /// <summary>How long one conversion may take (a cold LibreOffice start is about 10 s).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(2);

    /// <summary>The extension a legacy file converts to (<c>.docx</c> or <c>.xlsx</c>), or null when it is not one.</summary>
    public static string? Target(FileFormat format) => format switch
    {
        FileFormat.LegacyWord => ".docx",
        FileFormat.LegacyWorkbook => ".xlsx",
        _ => null,
    };

    /// <summary>LibreOffice's program on the PATH, or null.</summary>
    public static string? FindLibreOffice()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "libreoffice", "soffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>
    /// Converts <paramref name="path"/> and hands the converted file to <paramref name="read"/>; the temporary folder is
    /// removed afterwards.
    /// </summary>
    /// <param name="cancellationToken">stops the conversion (LibreOffice is ended) when cancelled</param>
    public static T Convert<T>(string path, Func<string, T> read, CancellationToken cancellationToken = default) =>
        Convert(path, read, FindLibreOffice(), cancellationToken);

    /// <summary>As <see cref="Convert{T}(string, Func{string, T})"/> with the LibreOffice program given (null: not installed).</summary>
    internal static T Convert<T>(string path, Func<string, T> read, string? libreOffice, CancellationToken cancellationToken = default)
    {
        var ext = FileTypes.Extension(path).ToLowerInvariant();
        var target = Target(FileTypes.FormatOf(path)) ?? throw new DocumentReadException(path, $"不是可转换的旧格式文件（{ext}）");
        if (new FileInfo(path).Length == 0) throw new DocumentReadException(path, "文件是空的");
        var office = libreOffice
            ?? throw new DocumentReadException(path, $"需要安装 LibreOffice 才能读取 {ext} 文件（或先用 Office / WPS 另存为 {target}）");
        var work = Path.Combine(Path.GetTempPath(), "jixiao-convert-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            // An ASCII name of our own: the output's name is then known, whatever the original's.
            var input = Path.Combine(work, "input" + ext);
            File.Copy(path, input);
            var filter = target == ".docx" ? "docx:MS Word 2007 XML" : "xlsx:Calc MS Excel 2007 XML";
            Run(office, path, work, ["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation=file://{Path.Combine(work, "profile")}",
                "--convert-to", filter, "--outdir", work, input], cancellationToken);
            var output = Path.Combine(work, "input" + target);
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
                throw new DocumentReadException(path, $"LibreOffice 未能把 {ext} 文件转换为 {target}（文件可能已损坏或不是 {ext} 格式）");
            return read(output);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static void Run(string office, string original, string work, string[] args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(office)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new DocumentReadException(original, "无法启动 LibreOffice");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DocumentReadException(original, $"无法启动 LibreOffice（{e.Message}）", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            bool exited;
            // best effort, on the canceller's thread (a timer's): LibreOffice may have ended, or a child be gone already
            using (cancellationToken.Register(() =>
            {
                try { process.Kill(entireProcessTree: true); }
                catch (Exception e) when (e is InvalidOperationException or AggregateException or System.ComponentModel.Win32Exception or NotSupportedException) { }
            }))
                exited = process.WaitForExit(TimeLimit);
            cancellationToken.ThrowIfCancellationRequested();
            if (!exited)
            {
                try { process.Kill(entireProcessTree: true); }
                catch (InvalidOperationException) { }
                throw new DocumentReadException(original, $"LibreOffice 转换超时（超过 {TimeLimit.TotalSeconds:0} 秒），未读取");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new DocumentReadException(original, $"LibreOffice 转换失败（退出码 {process.ExitCode}）：{stderr.Result.Trim()}");
            _ = stdout.Result;
        }
    }
}
