using System.Diagnostics;
using Jixiao.Web.Records;
using Jixiao.Web.Setup;

namespace Jixiao.Web.Reviews;

/// <summary>
/// A page of a stored PDF as a PNG, so that a reviewer sees each finding's box on its page beside the list: rendered by
/// poppler's <c>pdftoppm</c> when the machine has it (Debian <c>poppler-utils</c>; docs/operations.md), kept in the data
/// folder's page cache by the file's hash. Without it the page offers the annotated PDF itself.
/// </summary>
public sealed class PageImages(JixiaoOptions options, FileStore files, ILogger<PageImages> log)
{
    private static readonly Lazy<string?> Tool = new(() => Find("pdftoppm"));
    private readonly SemaphoreSlim _one = new(1, 1);

    public static bool Available => Tool.Value is not null;

    /// <summary>The PNG of page <paramref name="page"/> of the PDF stored as <paramref name="sha"/>, or null when it cannot be rendered.</summary>
    public async Task<string?> RenderAsync(string sha, int page, CancellationToken cancellationToken)
    {
        if (Tool.Value is not { } tool || page < 1 || page > 5000) return null;
        string target = Path.Combine(options.PagesFolder, sha[..2], $"{sha}-{page}.png");
        if (File.Exists(target)) return target;
        // one rendering at a time: a reviewer's page asks for several, each a separate process
        await _one.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(target)) return target;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            string prefix = Path.Combine(Path.GetDirectoryName(target)!, Guid.NewGuid().ToString("N"));
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            };
            foreach (var a in new[] { "-png", "-r", "90", "-f", page.ToString(), "-l", page.ToString(), "-singlefile", files.PathOf(sha), prefix })
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            string made = prefix + ".png";
            if (process.ExitCode != 0 || !File.Exists(made))
            {
                log.LogWarning("pdftoppm could not render page {Page} of {Sha}: {Error}", page, sha, await process.StandardError.ReadToEndAsync(cancellationToken));
                return null;
            }
            File.Move(made, target, overwrite: true);
            return target;
        }
        finally { _one.Release(); }
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
