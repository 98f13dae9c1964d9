using System.Runtime.InteropServices;

namespace Jixiao.Documents;

/// <summary>What a path names on disk, without opening it (opening a named pipe blocks until a writer comes).</summary>
public enum FileKind
{
    /// <summary>Nothing, or a symbolic link whose target does not exist.</summary>
    Missing,

    /// <summary>A regular file (through any symbolic links).</summary>
    Regular,

    /// <summary>A directory (through any symbolic links).</summary>
    Directory,

    /// <summary>A named pipe (FIFO), a device (<c>/dev/null</c>), a socket: nothing to read as a document or to replace by one.</summary>
    Special,
}

/// <summary>
/// Tells a regular file from a named pipe or a device before it is opened, so that <c>check DIR</c> does not hang on a
/// FIFO and <c>-o /dev/null</c> does not replace the device by a file. .NET tells only files and directories apart; the
/// file type comes from <c>stat</c> through the runtime's own native shim (System.Native, present in every .NET on
/// Linux and macOS). On Windows, or if the shim cannot be called, anything that exists is taken as a regular file.
/// </summary>
public static class FileKinds
{
    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (System.IO.Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path)) return FileKind.Missing;
        if (OperatingSystem.IsWindows()) return FileKind.Regular;
        int? mode = Mode(path);
        // .NET says a symbolic link to nothing exists; stat, which follows it, fails
        if (mode is null && IsSymbolicLink(path) && !TargetExists(path)) return FileKind.Missing;
        return (mode & TypeMask) switch
        {
            null or Regular => FileKind.Regular,
            Directory => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    /// <summary>True when <paramref name="path"/> is itself a symbolic link (to anything, or to nothing).</summary>
    public static bool IsSymbolicLink(string path)
    {
        try { return new FileInfo(path).LinkTarget is not null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return false; }
    }

    private static bool TargetExists(string link)
    {
        try { return new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true) is { Exists: true }; }
        catch (IOException) { return false; } // a loop of links
        catch (UnauthorizedAccessException) { return false; }
    }

    // System.Native's portable FileStatus: { int Flags; int Mode; … } with the S_IF… type bits normalised.
    private const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;

    private static int? Mode(string path)
    {
        var status = new byte[256]; // FileStatus is about 120 bytes; room for any later field
        try
        {
            if (Stat(path, status) != 0) return null;
            return BitConverter.ToInt32(status, 4);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            return null;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the project for one call
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] output);
#pragma warning restore SYSLIB1054
}
