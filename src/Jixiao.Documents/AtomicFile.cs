using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Jixiao.Documents;

/// <summary>
/// Writes a file all or nothing: the content goes to a temporary file in the target folder, which replaces the
/// target only when it is complete. A failed write leaves the folder as it was (no half-written file): the temporary
/// file is deleted on any exception, and on Ctrl-C (SIGINT), SIGTERM or SIGQUIT while it is being written. A device or
/// named pipe at the target (<c>/dev/null</c>) is never replaced by a file.
/// </summary>
internal static class AtomicFile
{
    // The temporary files being written now, deleted if the process is interrupted.
    private static readonly ConcurrentDictionary<string, byte> Writing = new(StringComparer.Ordinal);
    private static readonly object Gate = new();
    private static List<PosixSignalRegistration>? _signals;

    /// <summary>
    /// Deletes every temporary file still being written (the process is being interrupted), or only those in
    /// <paramref name="folder"/>.
    /// </summary>
    internal static void DeleteUnfinished(string? folder = null)
    {
        foreach (var temp in Writing.Keys)
        {
            if (folder is not null && !string.Equals(Path.GetDirectoryName(temp), Path.GetFullPath(folder), StringComparison.Ordinal)) continue;
            TryDelete(temp);
            Writing.TryRemove(temp, out _);
        }
    }

    // Once per process: on an interruption, delete what is half-written, then let the process end as it would have.
    private static void WatchInterruptions()
    {
        lock (Gate)
        {
            if (_signals is not null) return;
            _signals = [];
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
            {
                try { _signals.Add(PosixSignalRegistration.Create(signal, _ => DeleteUnfinished())); }
                catch (Exception e) when (e is PlatformNotSupportedException or IOException) { }
            }
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteUnfinished();
        }
    }

    public static void Write(string path, Action<Stream> write)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new DocumentWriteException(path ?? "", "没有给出文件路径");
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new DocumentWriteException(path, "文件路径无效", e);
        }
        var folder = Path.GetDirectoryName(full) ?? throw new DocumentWriteException(path, "文件路径无效");
        if (!Directory.Exists(folder)) throw new DocumentWriteException(path, $"目标文件夹“{folder}”不存在");
        if (Directory.Exists(full)) throw new DocumentWriteException(path, "目标是一个文件夹，不是文件");
        if (FileKinds.Of(full) == FileKind.Special) throw new DocumentWriteException(path, "目标是设备或命名管道，不是普通文件，不会用输出替换它");
        WatchInterruptions();

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        Writing[temp] = 0;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
            Writing.TryRemove(temp, out _);
        }
        catch (Exception e)
        {
            TryDelete(temp);
            Writing.TryRemove(temp, out _);
            throw e switch
            {
                DocumentWriteException w when w.File == path => w,
                DocumentWriteException w => new DocumentWriteException(path, StripFile(w), w),
                UnauthorizedAccessException => new DocumentWriteException(path, "没有写入权限", e),
                DirectoryNotFoundException => new DocumentWriteException(path, "目标文件夹不存在", e),
                FileNotFoundException => new DocumentWriteException(path, "无法在该位置创建文件", e),
                PathTooLongException => new DocumentWriteException(path, "文件路径过长", e),
                IOException io => new DocumentWriteException(path, $"写入失败：{WriteFailure.Reason(io)}", e),
                _ => new DocumentWriteException(path, $"生成文件失败：{e.Message}", e),
            };
        }
    }

    private static string StripFile(DocumentWriteException e) =>
        e.Message.StartsWith(e.File + "：", StringComparison.Ordinal) ? e.Message[(e.File.Length + 1)..] : e.Message;

    private static void TryDelete(string file)
    {
        try { File.Delete(file); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
