using System.CommandLine;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
using Jixiao.Rules;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary><c>jixiao check FILE… [--json]</c>: exit 0 when no finding is an error, 1 when one is, 2 when a file cannot be read (or the command line is wrong).</summary>
public static class CheckCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var files = new Argument<string[]>("FILE") { Description = "要检查的文件：公开文件（.txt、.pdf、.xlsx、.docx、.html、.htm；.doc、.xls、.wps、.et 需安装 LibreOffice）、数据包（.json）或填报工作簿（.xlsx）；给出目录时检查其中（含子目录）所有这些文件", Arity = ArgumentArity.OneOrMore }.RejectingUnknownOptions();
        var json = new Option<bool>("--json") { Description = "以 JSON 输出结果" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "同时显示提示（如四舍五入差异）" };
        var set = new Option<string>("--set") { Description = "检查数据包、工作簿时生成的表套：H（河北 2021，9 张表）、S（山西 2023，13 张表）、N（全国基本表，8 张表），或省里自己的表套文件（.json，也用于识别公开文件）；公开文件按其自身的表套检查", HelpName = "H|S|N|FILE.json", DefaultValueFactory = _ => "H" };
        var annotate = new Option<string>("--annotate") { Description = "检查一个 PDF 时，另存一份标注了问题的副本：每个问题框在其单元格上，按严重程度着色并编号，页边列出本页问题", HelpName = "OUT.pdf" };
        var command = new Command("check", "按勾稽关系和文字规则检查预算公开文件、数据包或填报工作簿") { files, json, verbose, set, annotate };
        command.SetAction(parse =>
        {
            var paths = Expand(parse.GetValue(files) ?? [], parse.InvocationConfiguration.Error);
            bool asJson = parse.GetValue(json);
            CheckService service;
            try
            {
                var (chosen, library) = Jixiao.Documents.UserData.UserTableSets.Resolve(parse.GetValue(set) ?? "H", Jixiao.Tables.TableSets.Current);
                service = new CheckService(chosen, library);
            }
            catch (Exception e) when (e is KeyNotFoundException or Jixiao.Tables.TableSetFileException) { console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]"); return 2; }
            var annotated = parse.GetValue(annotate);
            if (annotated is not null && (paths.Length != 1 || !paths[0].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
            {
                console.MarkupLine("[red]--annotate 只能用于检查单个 PDF 文件[/]");
                return 2;
            }
            // Each report is printed as soon as those before it are, then let go: a province's 20,000 reports are never
            // held at once.
            bool unreadable = false, errors = false, first = true;
            DocumentReport? single = null;
            if (asJson) stdout.Write("{\n  \"documents\": [");
            CheckEach(paths, service.Check, (_, result) =>
            {
                var (report, error) = result;
                if (report is null)
                {
                    unreadable = true;
                    if (asJson) parse.InvocationConfiguration.Error.WriteLine(error);
                    else console.MarkupLine($"[red]无法读取[/] {Markup.Escape(error!)}");
                    return;
                }
                errors |= report.HasErrors;
                if (annotated is not null) single = report;
                if (asJson)
                {
                    stdout.Write(first ? "\n" : ",\n");
                    stdout.Write(CheckJson.WriteDocument(report, indent: 4));
                    first = false;
                }
                else CheckText.Write(console, report, parse.GetValue(verbose));
            });
            if (asJson) stdout.WriteLine(first ? "]\n}" : "\n  ]\n}");
            if (annotated is not null && (single is null || !Annotate(console, annotated, paths, [single]))) return 2;
            if (unreadable) return 2;
            return errors ? 1 : 0;
        });
        return command;
    }

    // --annotate: one PDF in, its annotated copy out (written whole or not at all).
    private static bool Annotate(IAnsiConsole console, string output, string[] paths, List<DocumentReport> reports)
    {
        if (!output.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            console.MarkupLine($"[red]{Markup.Escape(output)}：--annotate 的输出应为 .pdf 文件[/]");
            return false;
        }
        // not a device or pipe, not the checked file itself (after links are resolved)
        if (OutputFile.Problem(output, paths[0]) is { } problem)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
            return false;
        }
        try
        {
            Jixiao.Documents.Sources.Pdf.PdfAnnotator.AnnotateTo(paths[0], reports[0].Findings, output);
            Console.Error.WriteLine($"已写出标注副本 {output}");
            return true;
        }
        catch (DocumentReadException e) { console.MarkupLine($"[red]无法读取[/] {Markup.Escape(e.Message)}"); return false; }
        catch (DocumentWriteException e) { console.MarkupLine($"[red]无法写出[/] {Markup.Escape(e.Message)}"); return false; }
    }

    /// <summary>
    /// Reads and checks every path with <paramref name="check"/>, in parallel (a bureau checks thousands), the results in
    /// input order. One bad file is its own error naming it — unreadable, or an internal error told in one Chinese line
    /// (<see cref="CliApp.InternalError"/>) — and never discards the other files' reports.
    /// </summary>
    internal static (DocumentReport? Report, string? Error)[] CheckAll(string[] paths, Func<string, DocumentReport> check)
    {
        var results = new (DocumentReport? Report, string? Error)[paths.Length];
        CheckEach(paths, check, (i, r) => results[i] = r);
        return results;
    }

    /// <summary>
    /// As <see cref="CheckAll"/>, handing each result to <paramref name="emit"/> in input order as soon as every result
    /// before it has been handed on, and keeping none after that.
    /// </summary>
    internal static void CheckEach(string[] paths, Func<string, DocumentReport> check, Action<int, (DocumentReport? Report, string? Error)> emit)
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
            catch (Exception e) { result = (null, CliApp.InternalError(e, paths[i])); }
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
            int n = Interlocked.Increment(ref done);
            if (paths.Length > 3 && (n % 100 == 0 || n == paths.Length))
                Console.Error.WriteLine($"已检查 {n}/{paths.Length} 个文件");
        });
    }

    // A folder given (or found) with nothing to check: empty of inputs, or not to be listed at all.
    private static string EmptyOrUnreadable(string folder)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            entries.MoveNext();
            return $"{folder}：目录中没有可检查的文件（.txt、.pdf、.xlsx、.docx、.html、.htm、.doc、.xls、.wps、.et、.json）";
        }
        catch (UnauthorizedAccessException) { return $"{folder}：无法读取目录：没有读取权限"; }
        catch (IOException e) { return $"{folder}：无法读取目录：{WriteFailure.Reason(e)}"; }
    }

    private static readonly string[] CheckedExtensions = [".txt", ".pdf", ".json", ".xlsx", ".docx", ".html", ".htm", ".doc", ".xls", ".wps", ".et"];

    /// <summary>
    /// A file in a folder that is not an input: a JSON file Jixiao wrote that is not a data package — the tables
    /// (<c>{"set": …</c>) or a check report (<c>{"documents": …</c>) — or a workbook or page Jixiao wrote (the
    /// disclosure tables as XLSX or HTML), so that a folder such as the demo's can be checked as a whole.
    /// </summary>
    private static bool IsJixiaoOutput(string file)
    {
        // workbooks and pages say who wrote them: Jixiao's own tables are left out, a published workbook is checked
        if (!file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return DocumentLoader.WrittenByJixiao(file);
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
    /// The files to check: each file as given, and for a directory every .txt / .pdf / .json / .xlsx under it in name order
    /// (a bureau checks a province's folder; shell globs of 20,000 names hit the argument limit). A directory with none
    /// of these files is reported as unreadable rather than silently checked as nothing, and so is a folder under it that
    /// cannot be listed (no permission), on its own: the other files are still checked. Under a directory, what is not a
    /// regular file — a named pipe, a device, a socket — and symbolic links to directories (which may loop) are skipped,
    /// each said on <paramref name="skipped"/>.
    /// </summary>
    internal static string[] Expand(IEnumerable<string> arguments, TextWriter? skipped = null)
    {
        var paths = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument)) { paths.Add(argument); continue; }
            var found = new List<string>();
            var folders = new List<string>();
            Walk(argument, found, folders, skipped);
            found.RemoveAll(f => !CheckedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()) || Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)
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

    private static void Walk(string folder, List<string> files, List<string> unreadable, TextWriter? skipped)
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
                    skipped?.WriteLine($"跳过 {entry}：指向文件夹的符号链接（不跟随，以免循环）");
                    break;
                case FileKind.Directory:
                    Walk(entry, files, unreadable, skipped);
                    break;
                case FileKind.Special when CheckedExtensions.Contains(Path.GetExtension(entry).ToLowerInvariant()):
                    skipped?.WriteLine($"跳过 {entry}：不是普通文件（命名管道、设备或套接字）");
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
