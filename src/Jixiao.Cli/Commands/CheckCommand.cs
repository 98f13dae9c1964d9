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
        var set = new Option<string>("--set") { Description = "检查数据包、工作簿时生成的表套：H（河北 2021，9 张表）或 S（山西 2023，13 张表）；公开文本按其自身的表套检查", HelpName = "H|S", DefaultValueFactory = _ => "H" };
        var command = new Command("check", "按勾稽关系和文字规则检查预算公开文件、数据包或填报工作簿") { files, json, verbose, set };
        command.SetAction(parse =>
        {
            var paths = Expand(parse.GetValue(files) ?? []);
            bool asJson = parse.GetValue(json);
            CheckService service;
            try { service = new CheckService(Jixiao.Tables.TableSets.Get(parse.GetValue(set) ?? "H")); }
            catch (KeyNotFoundException e) { console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]"); return 2; }
            // Files are read and checked in parallel (a bureau checks thousands); results are printed in input order.
            var results = new (DocumentReport? Report, string? Error)[paths.Length];
            int done = 0;
            Parallel.For(0, paths.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                if (Directory.Exists(paths[i])) results[i] = (null, $"{paths[i]}：目录中没有可检查的文件（.txt、.pdf、.xlsx、.docx、.html、.htm、.doc、.xls、.wps、.et、.json）");
                else try { results[i] = (service.Check(paths[i]), null); }
                catch (DocumentReadException e) { results[i] = (null, e.Message); }
                int n = Interlocked.Increment(ref done);
                if (paths.Length > 3 && (n % 100 == 0 || n == paths.Length))
                    Console.Error.WriteLine($"已检查 {n}/{paths.Length} 个文件");
            });
            var reports = new List<DocumentReport>(paths.Length);
            bool unreadable = false;
            foreach (var (report, error) in results)
            {
                if (report is not null) { reports.Add(report); continue; }
                unreadable = true;
                if (asJson) Console.Error.WriteLine(error);
                else console.MarkupLine($"[red]无法读取[/] {Markup.Escape(error!)}");
            }
            if (asJson) stdout.WriteLine(CheckJson.Write(reports));
            else foreach (var r in reports) CheckText.Write(console, r, parse.GetValue(verbose));
            if (unreadable) return 2;
            return reports.Any(r => r.HasErrors) ? 1 : 0;
        });
        return command;
    }

    private static readonly string[] CheckedExtensions = [".txt", ".pdf", ".json", ".xlsx", ".docx", ".html", ".htm", ".doc", ".xls", ".wps", ".et"];

    /// <summary>
    /// A file in a folder that is not an input: a JSON file Jixiao wrote that is not a data package — the tables
    /// (<c>{"set": …</c>) or a check report (<c>{"documents": …</c>) — or a workbook without the input sheet 预算明细 (the
    /// disclosure tables as XLSX), so that a folder such as the demo's can be checked as a whole.
    /// </summary>
    private static bool IsJixiaoOutput(string file)
    {
        if (file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return !IsInputWorkbook(file);
        if (!file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return false;
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

    // The sheet names are in xl/workbook.xml; an unreadable file counts as an input, so that check says what is wrong with it.
    private static bool IsInputWorkbook(string file)
    {
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(file);
            var workbook = zip.GetEntry("xl/workbook.xml");
            if (workbook is null) return true;
            using var reader = new StreamReader(workbook.Open());
            return reader.ReadToEnd().Contains("name=\"预算明细\"", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException) { return true; }
    }

    /// <summary>
    /// The files to check: each file as given, and for a directory every .txt / .pdf / .json / .xlsx under it in name order
    /// (a bureau checks a province's folder; shell globs of 20,000 names hit the argument limit). A directory with none
    /// of these files is reported as unreadable rather than silently checked as nothing.
    /// </summary>
    internal static string[] Expand(IEnumerable<string> arguments)
    {
        var paths = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument)) { paths.Add(argument); continue; }
            var found = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                .Where(f => CheckedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)
                    && !IsJixiaoOutput(f))
                .Order(StringComparer.Ordinal).ToArray();
            if (found.Length == 0) paths.Add(argument);
            else paths.AddRange(found);
        }
        return [.. paths];
    }
}
