using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Where a command writes. The folder must already exist — a typo in a path should not create folders — and a
/// failure to write is told in Chinese with the path (没有写入权限, 目标文件夹不存在, 写入失败：磁盘空间不足 …), never with the
/// system's English text or a stack trace.
/// </summary>
internal static class OutputFile
{
    /// <summary>Why <paramref name="path"/> cannot be written as a file, or null when its folder is there.</summary>
    public static string? Problem(string path)
    {
        if (FullPath(path) is not { } full) return $"无法写入 {path}：文件路径无效";
        if (Path.GetDirectoryName(full) is not { } folder) return $"无法写入 {path}：文件路径无效";
        if (!Directory.Exists(folder)) return $"目标文件夹不存在：{folder}";
        if (Directory.Exists(full)) return $"无法写入 {path}：这是一个文件夹，不是文件";
        return null;
    }

    /// <summary>Why the folder <paramref name="folder"/> cannot be made, or null when it exists or its parent does.</summary>
    public static string? FolderProblem(string folder)
    {
        if (FullPath(folder) is not { } full) return $"无法写入 {folder}：文件夹路径无效";
        if (Directory.Exists(full)) return null;
        if (File.Exists(full)) return $"无法写入 {folder}：这是一个文件，不是文件夹";
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full));
        return parent is null || Directory.Exists(parent) ? null : $"目标文件夹不存在：{parent}";
    }

    /// <summary>True for the exceptions a write ends with; <see cref="Describe"/> tells them.</summary>
    public static bool IsWriteFailure(Exception e) => e is DocumentWriteException or IOException or UnauthorizedAccessException;

    /// <summary>The Chinese message for a failure to write <paramref name="path"/>.</summary>
    public static string Describe(Exception e, string path) => e switch
    {
        DocumentWriteException { InnerException: { } inner } w when IsWriteFailure(inner) => Describe(inner, w.File),
        DocumentWriteException w => $"无法写入 {w.Message}",
        UnauthorizedAccessException => $"无法写入 {path}：没有写入权限",
        DirectoryNotFoundException => $"目标文件夹不存在：{Path.GetDirectoryName(FullPath(path) ?? path)}",
        PathTooLongException => $"无法写入 {path}：路径太长",
        // What Linux says on creating a file where no file can be (/proc): "Could not find file".
        FileNotFoundException => $"无法写入 {path}：不能在这个文件夹中创建文件",
        IOException io => $"写入失败：{path}：{Reason(io)}",
        _ => $"无法写入 {path}",
    };

    /// <summary>What went wrong in <paramref name="e"/>, in Chinese: its code (errno, or the Windows error) named.</summary>
    internal static string Reason(IOException e)
    {
        bool windows = OperatingSystem.IsWindows();
        int code = windows ? e.HResult & 0xFFFF : e.HResult;
        return (windows, code) switch
        {
            (false, 28) or (true, 39 or 112) => "磁盘空间不足",
            (false, 122) => "超出磁盘配额",
            (false, 30) or (true, 19) => "磁盘或文件系统是只读的",
            (false, 16 or 26) or (true, 32 or 33) => "文件正被其他程序使用（如在 Excel 中打开着），请关闭后重试",
            (false, 36) or (true, 206) => "文件名太长",
            (false, 17) or (true, 80 or 183) => "已有同名的文件或文件夹",
            (false, 21) => "这是一个文件夹，不是文件",
            (false, 5) or (true, 1117) => "磁盘读写出错",
            _ => $"系统错误（代码 {e.HResult}）",
        };
    }

    private static string? FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
    }
}
