using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Where a command writes. The folder must already exist — a typo in a path should not create folders — and a
/// failure to write is told in Chinese with the path (没有写入权限, 目标文件夹不存在, 写入失败：磁盘空间不足 …), never with the
/// system's English text or a stack trace.
/// </summary>
internal static class OutputFile
{
    /// <summary>
    /// Why <paramref name="path"/> cannot be written as a file, or null when its folder is there: checked before anything
    /// is read or written. A device or a named pipe (<c>/dev/null</c>) is not replaced by a file, and the command's own
    /// <paramref name="inputs"/> are not overwritten — paths are compared in full, after resolving symbolic links.
    /// </summary>
    public static string? Problem(string path, params string?[] inputs)
    {
        if (FullPath(path) is not { } full) return $"无法写入 {path}：文件路径无效";
        if (Path.GetDirectoryName(full) is not { } folder) return $"无法写入 {path}：文件路径无效";
        if (!Directory.Exists(folder)) return $"目标文件夹不存在：{folder}";
        if (Directory.Exists(full)) return $"无法写入 {path}：这是一个文件夹，不是文件";
        if (FileKinds.Of(full) == FileKind.Special) return $"无法写入 {path}：这是设备或命名管道，不是普通文件，不会用输出替换它";
        var real = RealPath(full);
        foreach (var input in inputs)
            if (input is not null && FullPath(input) is { } inputFull && string.Equals(RealPath(inputFull), real, StringComparison.Ordinal))
                return $"无法写入 {path}：这是输入文件 {input} 本身，写入会覆盖它；请换一个输出文件名";
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

    /// <summary>
    /// <paramref name="full"/> with every symbolic link along it resolved (the folders' and the file's own), as far as
    /// the path exists: two names of one file give one path.
    /// </summary>
    internal static string RealPath(string full) => RealPath(full, 0);

    private static string RealPath(string full, int depth)
    {
        if (depth > 40) return full; // as the system gives up on a chain of links
        try
        {
            var root = Path.GetPathRoot(full) ?? "";
            var current = root;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Combine(current, part);
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) next = RealPath(Path.GetFullPath(target.FullName), depth + 1);
                current = next;
            }
            return current;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return full; // a loop of links or an unreadable folder: compare the path as given
        }
    }

    private static string? FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
    }
}
