using Jixiao.Documents;
using Jixiao.Rules;

namespace Jixiao.Application.Checking;

/// <summary>
/// Checking many files at once, as a bureau checks a province's folder: the files a folder holds, checked in parallel,
/// each result handed on in input order, one bad file never discarding the others' reports.
/// </summary>
public static class CheckBatch
{
    /// <summary>
    /// Reads and checks every path with <paramref name="check"/>, in parallel (a bureau checks thousands), the results in
    /// input order. One bad file is its own error naming it — unreadable, or an internal error told in one Chinese line
    /// (<see cref="InternalError.Describe"/>) — and never discards the other files' reports.
    /// </summary>
    public static (DocumentReport? Report, string? Error)[] CheckAll(string[] paths, Func<string, DocumentReport> check)
    {
        var results = new (DocumentReport? Report, string? Error)[paths.Length];
        CheckEach(paths, check, (i, r) => results[i] = r);
        return results;
    }

    /// <summary>
    /// As <see cref="CheckAll"/>, handing each result to <paramref name="emit"/> in input order as soon as every result
    /// before it has been handed on, and keeping none after that; <paramref name="progress"/> hears how many files are
    /// done of how many, after each.
    /// </summary>
    public static void CheckEach(string[] paths, Func<string, DocumentReport> check, Action<int, (DocumentReport? Report, string? Error)> emit,
        Action<int, int>? progress = null)
    {
        var pending = new (DocumentReport? Report, string? Error)[paths.Length];
        var ready = new bool[paths.Length];
        int next = 0, done = 0;
        var gate = new object();
        Parallel.For(0, paths.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            (DocumentReport?, string?) result;
            if (Directory.Exists(paths[i])) result = (null, EmptyOrUnreadable(paths[i]));
            else try { result = (check(paths[i]), null); }
            catch (DocumentReadException e) { result = (null, e.Message); }
            catch (Exception e) { result = (null, InternalError.Describe(e, paths[i])); }
            lock (gate)
            {
                pending[i] = result;
                ready[i] = true;
                while (next < paths.Length && ready[next])
                {
                    emit(next, pending[next]);
                    pending[next] = default;
                    next++;
                }
            }
            progress?.Invoke(Interlocked.Increment(ref done), paths.Length);
        });
    }

    // A folder given (or found) with nothing to check: empty of inputs, or not to be listed at all.
    private static string EmptyOrUnreadable(string folder)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            entries.MoveNext();
            return $"{folder}：目录中没有可检查的文件（{string.Join("、", FileTypes.FolderExtensions)}）";
        }
        catch (UnauthorizedAccessException) { return $"{folder}：无法读取目录：没有读取权限"; }
        catch (IOException e) { return $"{folder}：无法读取目录：{WriteFailure.Reason(e)}"; }
    }

    /// <summary>
    /// A file in a folder that is not an input: a JSON file Jixiao wrote that is not a data package — the tables
    /// (<c>{"set": …</c>) or a check report (<c>{"documents": …</c>) — or a workbook or page Jixiao wrote (the
    /// disclosure tables as XLSX or HTML), so that a folder such as the demo's can be checked as a whole.
    /// </summary>
    private static bool IsJixiaoOutput(string file)
    {
        // workbooks and pages say who wrote them: Jixiao's own tables are left out, a published workbook is checked
        if (FileTypes.FormatOf(file) != FileFormat.Package) return DocumentLoader.WrittenByJixiao(file);
        try
        {
            using var reader = new StreamReader(file);
            var buffer = new char[256];
            int n = reader.ReadBlock(buffer, 0, buffer.Length);
            var head = new string(buffer, 0, n).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
                .Replace("\r", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal).TrimStart('\uFEFF');
            return head.StartsWith("{\"set\":", StringComparison.Ordinal) || head.StartsWith("{\"documents\":", StringComparison.Ordinal);
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    /// <summary>
    /// The files to check: each file as given, and for a directory every file under it that
    /// <see cref="FileTypes.FoundInFolders"/> takes, in name order (a bureau checks a province's folder; shell globs of
    /// 20,000 names hit the argument limit). A directory with none of these files is reported as unreadable rather than
    /// silently checked as nothing, and so is a folder under it that cannot be listed (no permission), on its own: the
    /// other files are still checked. Under a directory, what is not a regular file — a named pipe, a device, a socket —
    /// and symbolic links to directories (which may loop) are skipped, each said to <paramref name="skipped"/>.
    /// </summary>
    public static string[] Expand(IEnumerable<string> arguments, Action<string>? skipped = null)
    {
        var paths = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument)) { paths.Add(argument); continue; }
            var found = new List<string>();
            var folders = new List<string>();
            Walk(argument, found, folders, skipped);
            found.RemoveAll(f => !FileTypes.FoundInFolders(f) || Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)
                || IsJixiaoOutput(f));
            // the folders that could not be listed stand in the list for the error that names them
            found.AddRange(folders);
            if (found.Count == 0) paths.Add(argument);
            else paths.AddRange(found.Order(StringComparer.Ordinal));
        }
        return [.. paths];
    }

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0, ReturnSpecialDirectories = false,
    };

    private static void Walk(string folder, List<string> files, List<string> unreadable, Action<string>? skipped)
    {
        string[] entries;
        try { entries = Directory.GetFileSystemEntries(folder, "*", OneLevel); }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            unreadable.Add(folder);
            return;
        }
        foreach (var entry in entries)
        {
            bool link = FileKinds.IsSymbolicLink(entry);
            switch (FileKinds.Of(entry))
            {
                case FileKind.Directory when link:
                    skipped?.Invoke($"跳过 {entry}：指向文件夹的符号链接（不跟随，以免循环）");
                    break;
                case FileKind.Directory:
                    Walk(entry, files, unreadable, skipped);
                    break;
                case FileKind.Special when FileTypes.FoundInFolders(entry):
                    skipped?.Invoke($"跳过 {entry}：不是普通文件（命名管道、设备或套接字）");
                    break;
                case FileKind.Special:
                    break;
                default: // a regular file, or a link to nothing: said unreadable when it is an input
                    files.Add(entry);
                    break;
            }
        }
    }
}
