namespace Jixiao.Documents;

/// <summary>
/// Why writing a file failed, in Chinese, from the system's error code (errno on Linux and macOS, the Windows error
/// otherwise) — never from its English message. Shared by the writers (<see cref="AtomicFile"/>) and the command line.
/// </summary>
public static class WriteFailure
{
    /// <summary>What went wrong in <paramref name="e"/>: 磁盘空间不足, 文件正被其他程序使用 …, or the code when unknown.</summary>
    public static string Reason(IOException e)
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
}
