using System.CommandLine;
using Jixiao.Cli.Rendering;
using Jixiao.Documents;
using Jixiao.Documents.Text;
using Jixiao.Targets;
using Jixiao.Targets.Library;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao indicators [FILE|DIR…] [--category NAME] [--like TEXT] [--json] [--top N]</c>: the indicator library
/// (指标库) of the target forms in the given files, or of the built-in demo seeds when none is given. Exit 0, or 2
/// when a file cannot be read, no form is found, or the command line is wrong.
/// </summary>
public static class IndicatorsCommand
{
    /// <summary>How many similar projects <c>--like</c> looks at.</summary>
    internal const int SimilarProjects = 5;

    /// <summary>Rows per 二级 in the table when <c>--top</c> is not given (the JSON then lists them all).</summary>
    internal const int DefaultTop = 10;


    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "取指标的文件：公开文本（.txt）、数据包（.json）或填报工作簿（.xlsx）；给出目录时取其中（含子目录）所有这些文件，跳过没有绩效目标表的；不给时用内置示例",
            Arity = ArgumentArity.ZeroOrMore,
        }.RejectingUnknownOptions();
        var category = new Option<string>("--category") { Description = "只列一类指标：一级（产出指标、效益指标、满意度指标）或二级（数量指标、成本指标 …）", HelpName = "NAME" };
        var like = new Option<string>("--like") { Description = "先列与这段文字相似的项目所用的指标（按项目名称和总体目标的相似度）", HelpName = "TEXT" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（供其他程序使用）" };
        var top = new Option<int?>("--top") { Description = $"每个二级指标最多列出的三级指标数（表格默认 {DefaultTop}，JSON 默认全部）", HelpName = "N" };
        var command = new Command("indicators", "指标库：已有绩效目标表中用过的三级指标，按二级指标分组，附常用单位和指标值") { files, category, like, json, top };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            IndicatorCategory? chosen = null;
            if (parse.GetValue(category) is { } name && !IndicatorCategory.TryParse(name, out chosen))
                return UsageErrors.Write(parse, error, [$"未知的指标类别“{name}”（可用：{string.Join("、", IndicatorCategory.Names)}）"]);
            int? limit = parse.GetValue(top);
            if (limit is < 1) return UsageErrors.Write(parse, error, [$"--top 应为正整数，给出的是 {limit}"]);
            bool asJson = parse.GetValue(json);

            var paths = parse.GetValue(files) ?? [];
            var sources = paths.Length == 0 ? LoadDemo() : Load(paths, error);
            if (sources.Errors.Count > 0)
            {
                foreach (var e in sources.Errors)
                    if (asJson) error.WriteLine($"无法读取 {e}");
                    else console.MarkupLine($"[red]无法读取[/] {Markup.Escape(e)}");
                return 2;
            }
            if (sources.Library.Projects.Count == 0)
            {
                foreach (var (file, reason) in sources.Skipped) error.WriteLine($"已跳过 {file}：{reason}");
                error.WriteLine("没有找到绩效目标表：指标库要从公开文本中的项目支出绩效目标申报表 / 绩效目标表，或数据包、填报工作簿中填写了绩效目标的项目建立");
                return 2;
            }
            var selection = sources.Library.Select(chosen, parse.GetValue(like), SimilarProjects);
            if (asJson) stdout.WriteLine(IndicatorLibraryJson.Write(sources, selection, limit));
            else IndicatorLibraryText.Write(console, sources, selection, limit ?? DefaultTop);
            return 0;
        });
        return command;
    }

    /// <summary>The library of the demo seeds embedded in the CLI.</summary>
    internal static LibrarySources LoadDemo()
    {
        var builder = new IndicatorLibraryBuilder();
        var used = new List<LibrarySource>();
        foreach (var (resource, title) in Jixiao.Application.Targets.SeedLibrary.Seeds)
        {
            var forms = Jixiao.Application.Targets.SeedLibrary.Forms(resource);
            foreach (var form in forms) builder.Add(form, resource);
            used.Add(new LibrarySource(resource, forms.Count, title));
        }
        return new LibrarySources(builder.Build(), used, [], [], Demo: true);
    }

    /// <summary>
    /// The library of the forms in <paramref name="arguments"/>, read in parallel and added in input order (a folder's
    /// files in name order). A file named on the command line that cannot be read is an error; a file found in a
    /// folder that cannot be read as a document, or holds no form, is skipped and listed.
    /// </summary>
    internal static LibrarySources Load(IReadOnlyList<string> arguments, TextWriter? skippedTo = null)
    {
        var files = new List<(string Path, bool InFolder)>();
        var errors = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument)) { files.Add((argument, false)); continue; }
            var found = Jixiao.Application.Checking.CheckBatch.Expand([argument], skippedTo is null ? null : skippedTo.WriteLine);
            if (found is [var only] && only == argument) errors.Add($"{argument}：目录中没有可读取的文件（.txt、.json、.xlsx）");
            else files.AddRange(found.Select(f => (f, true)));
        }

        var read = new (IReadOnlyList<TargetForm>? Forms, string? Error)[files.Count];
        int done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try { read[i] = (FormsOf(files[i].Path), null); }
            catch (DocumentReadException e) { read[i] = (null, e.Message); }
            catch (Exception e) { read[i] = (null, Jixiao.Application.InternalError.Describe(e, files[i].Path)); } // one bad file never discards the others
            int n = Interlocked.Increment(ref done);
            if (files.Count > 100 && (n % 1000 == 0 || n == files.Count)) Console.Error.WriteLine($"已读取 {n}/{files.Count} 个文件");
        });

        var builder = new IndicatorLibraryBuilder();
        var used = new List<LibrarySource>();
        var skipped = new List<(string, string)>();
        for (int i = 0; i < files.Count; i++)
        {
            var (path, inFolder) = files[i];
            var (forms, error) = read[i];
            if (error is not null)
            {
                if (inFolder) skipped.Add((path, error));
                else errors.Add(error);
                continue;
            }
            if (forms!.Count == 0) { skipped.Add((path, "没有绩效目标表")); continue; }
            foreach (var form in forms) builder.Add(form, path);
            used.Add(new LibrarySource(path, forms.Count, null));
        }
        return new LibrarySources(builder.Build(), used, skipped, errors, Demo: false);
    }

    /// <summary>The target forms of one file: those printed in a published text, or one per declaring project of a budget.</summary>
    internal static IReadOnlyList<TargetForm> FormsOf(string path) =>
        FileTypes.Of(path).IsBudget ? TargetForms.Of(DocumentLoader.LoadBudget(path), Jixiao.Documents.Forms.TargetFormShapes.Of) : DocumentLoader.Load(path).TargetForms;

}

/// <summary>A file (or demo seed) the library was built from, with its number of forms and, for a seed, what it is.</summary>
internal sealed record LibrarySource(string Name, int Forms, string? Title);

/// <summary>A library with where its forms came from, the files skipped (with why) and the files that could not be read.</summary>
internal sealed record LibrarySources(
    IndicatorLibrary Library, IReadOnlyList<LibrarySource> Sources, IReadOnlyList<(string File, string Reason)> Skipped,
    IReadOnlyList<string> Errors, bool Demo);
