using System.Threading.Channels;
using Jixiao.Application.Checking;
using Jixiao.Data;
using Jixiao.Documents;
using Jixiao.Rules;
using Jixiao.Web.Records;
using Jixiao.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Reviews;

/// <summary>
/// The checker of documents sent for review, off the request path: one file at a time (a bound on memory beside the
/// readers' own limits), each within <see cref="JixiaoOptions.ReviewTimeout"/>. The page shows each file's place in the
/// queue and how long its check has run. What is still waiting when the server stops is taken up again at its start.
/// </summary>
public sealed class ReviewQueue(IServiceScopeFactory scopes, JixiaoOptions options, ReadSlots slots, ILogger<ReviewQueue> log) : BackgroundService
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<Guid> _waiting = [];
    private Guid? _current;

    public void Enqueue(Guid reviewId)
    {
        lock (_waiting)
        {
            // queued once: a file uploaded before the start is also found waiting at the start
            if (_waiting.Contains(reviewId)) return;
            _waiting.Add(reviewId);
        }
        _channel.Writer.TryWrite(reviewId);
    }

    /// <summary>0 while the review's file is being checked, its place (1, 2 …) while it waits, null when it is in neither.</summary>
    public int? PlaceOf(Guid reviewId)
    {
        lock (_waiting)
        {
            if (_current == reviewId) return 0;
            int i = _waiting.IndexOf(reviewId);
            return i < 0 ? null : i + 1;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            try
            {
                foreach (var id in await db.Reviews.Where(r => r.State == ReviewStates.Checking).OrderBy(r => r.CreatedUtc).Select(r => r.Id).ToListAsync(stoppingToken))
                    Enqueue(id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database not yet migrated (the first start migrates after the host is built): nothing waits in it.
                log.LogDebug(e, "No reviews taken up at start");
            }
        }
        await foreach (var id in _channel.Reader.ReadAllAsync(stoppingToken))
        {
            lock (_waiting)
            {
                _waiting.Remove(id);
                _current = id;
            }
            try { await CheckAsync(id, stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                log.LogError(e, "Review {Id} could not be checked", id);
            }
            finally
            {
                lock (_waiting) _current = null;
            }
        }
    }

    /// <summary>Checks the review's current file and writes what was found; a review replaced meanwhile is left to its new file's turn.</summary>
    private async Task CheckAsync(Guid id, CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        var checker = scope.ServiceProvider.GetRequiredService<CheckService>();
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == id, stoppingToken);
        if (review is null || review.State != ReviewStates.Checking) return;
        var file = await db.Files.AsNoTracking().FirstAsync(f => f.Id == review.FileId, stoppingToken);
        review.CheckStartedUtc = DateTime.UtcNow;
        if (!await TrySaveAsync(db, stoppingToken)) return;

        string folder = Path.Combine(Path.GetTempPath(), "jixiao-review-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        // The readers go by the file's extension: a private copy named as it was uploaded.
        string path = Path.Combine(folder, Path.GetFileName(file.Name));
        try
        {
            File.Copy(store.PathOf(file.Sha256), path);
            DocumentReport? report = null;
            try
            {
                // the queue waits for a slot as long as it takes: uploads into records are refused instead
                report = await slots.RunAsync(token => checker.Check(path, token), Timeout.InfiniteTimeSpan, stoppingToken);
            }
            catch (TimeoutException)
            {
                review.Error = $"检查超时：{options.ReviewTimeout.TotalSeconds:0} 秒内未能读完（文件过大或版式异常）；可换一个文件再试";
            }
            catch (DocumentReadException e)
            {
                review.Error = e.Message.Replace(path, file.Name, StringComparison.Ordinal);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Checking review {Id} failed", id);
                review.Error = Jixiao.Application.InternalError.Describe(e, file.Name);
            }
            review.CheckedUtc = DateTime.UtcNow;
            if (report is null)
            {
                review.State = ReviewStates.Unread;
            }
            else
            {
                review.DocumentKind = Jixiao.Disclosures.DocumentKinds.ToChinese(report.Kind);
                review.UnitName = Clip(report.Unit, 200);
                review.Year = report.Year;
                var items = Items(review, report);
                db.ReviewItems.AddRange(items);
                review.State = items.Any(i => i.CausedBy is null) ? ReviewStates.Open : ReviewStates.Done;
                if (FileTypes.FormatOf(path) == FileFormat.Pdf && report.Findings.Any(f => f.Page is not null))
                    review.AnnotatedFileId = await AnnotateAsync(db, store, path, report, file, stoppingToken);
            }
            review.Version++;
            await TrySaveAsync(db, stoppingToken);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
    }

    /// <summary>The findings of the report, then the checks it could not finish (rules without the data they need).</summary>
    internal static List<ReviewItem> Items(DocumentReview review, DocumentReport report)
    {
        var items = new List<ReviewItem>();
        for (int i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            var rule = report.Rules.FirstOrDefault(r => r.Rule.Id == f.RuleId).Rule;
            items.Add(new ReviewItem
            {
                ReviewId = review.Id, FileVersion = review.FileVersion, Index = i, Kind = ReviewItemKinds.Finding, RuleId = f.RuleId,
                RuleTitle = Clip(rule?.Title ?? f.RuleId, 300)!, Severity = f.Severity.ToChinese(), Subject = Clip(f.Subject, 300)!,
                Location = Clip(f.Location, 500)!, Message = f.Message, Page = f.Page, CausedBy = f.CausedBy,
            });
        }
        foreach (var (rule, _) in report.Rules.Where(r => r.Outcome == Outcome.InsufficientData))
            items.Add(new ReviewItem
            {
                ReviewId = review.Id, FileVersion = review.FileVersion, Index = items.Count, Kind = ReviewItemKinds.Unfinished, RuleId = rule.Id,
                RuleTitle = Clip(rule.Title, 300)!, Severity = rule.Severity.ToChinese(), Subject = "", Location = "",
                Message = "检查器未能读到这条规则所需的数据，须由复核人对照原文核对",
            });
        return items;
    }

    private static async Task<Guid?> AnnotateAsync(JixiaoDb db, FileStore store, string path, DocumentReport report, StoredFile original, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try { bytes = Jixiao.Documents.Sources.Pdf.PdfAnnotator.Annotate(path, report.Findings); }
        catch (DocumentReadException) { return null; }
        string sha = await store.PutAsync(bytes, cancellationToken);
        var annotated = new StoredFile
        {
            Sha256 = sha, Name = Path.GetFileNameWithoutExtension(original.Name) + "-标注.pdf", Size = bytes.Length, MediaType = "application/pdf",
            UploaderId = "system", CreatedUtc = DateTime.UtcNow, Purpose = "annotated",
        };
        db.Files.Add(annotated);
        return annotated.Id;
    }

    /// <summary>Saves; false when the review was changed meanwhile (its file replaced: the new file is queued and checked on its turn).</summary>
    private static async Task<bool> TrySaveAsync(JixiaoDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException) { return false; }
    }

    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}
