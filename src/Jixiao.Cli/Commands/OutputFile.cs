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
        // Replacing a file through its folder would succeed; a file made read-only is not to be overwritten.
        if (File.Exists(full) && ReadOnly(full)) return $"无法写入 {path}：文件是只读的";
        return null;
    }

    private static bool ReadOnly(string file)
    {
        try
        {
            if (OperatingSystem.IsWindows()) return File.GetAttributes(file).HasFlag(FileAttributes.ReadOnly);
            return (File.GetUnixFileMode(file) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
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
        IOException io => $"写入失败：{path}：{WriteFailure.Reason(io)}",
        _ => $"无法写入 {path}",
    };

    private static string? FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
    }
}
