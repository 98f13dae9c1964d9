using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Documents;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Reviews;

/// <summary>The states of a reviewed document.</summary>
public static class ReviewStates
{
    /// <summary>Waiting for the checker, or being checked.</summary>
    public const string Checking = "检查中";
    /// <summary>Checked; some findings or unfinished checks wait for a reviewer's decision.</summary>
    public const string Open = "待复核";
    /// <summary>Every finding decided and every unfinished check signed off.</summary>
    public const string Done = "已复核";
    /// <summary>The file could not be read or checked (its error says why).</summary>
    public const string Unread = "无法读取";
}

/// <summary>What a reviewer decides on an item (docs/web.md, review service).</summary>
public static class ReviewDecisions
{
    public const string Confirmed = "确认";
    public const string Dismissed = "驳回";
    public const string Met = "符合";
    public const string NotMet = "不符合";

    public static bool Fits(string kind, string decision) => kind == ReviewItemKinds.Finding
        ? decision is Confirmed or Dismissed
        : decision is Met or NotMet;
}

public static class ReviewItemKinds
{
    public const string Finding = "finding";
    public const string Unfinished = "unfinished";
}

/// <summary>
/// The review service's use cases (docs/web.md): upload published documents (each stored by its hash and queued for the
/// checker, off the request path), replace a document's file (the review reopens on the new file), decide an item.
/// Reviews are found only in the account's scope: the finance bureau of the review's region, the department that
/// uploaded it, or the expert who did.
/// </summary>
public sealed class ReviewService(JixiaoDb db, CurrentUser user, FileStore files, ReviewQueue queue)
{
    /// <summary>The reviews the signed-in account may see.</summary>
    public async Task<IQueryable<DocumentReview>> VisibleAsync()
    {
        var account = await user.AccountAsync();
        var none = db.Reviews.Where(r => false);
        if (account is null) return none;
        switch (Roles.FromCode(account.Role))
        {
            case Role.Finance:
                var regions = account.RegionCode is null ? [] : await RegionTree.UnderAsync(db, account.RegionCode);
                var limited = await db.FinanceLimits.Where(l => l.AccountId == account.Id).Select(l => l.DepartmentId).ToListAsync();
                var inRegion = db.Reviews.Where(r => regions.Contains(r.RegionCode));
                return limited.Count == 0 ? inRegion : inRegion.Where(r => r.DepartmentId == null || limited.Contains(r.DepartmentId.Value));
            case Role.Department:
                return db.Reviews.Where(r => r.DepartmentId == account.DepartmentId);
            case Role.Expert:
                return db.Reviews.Where(r => r.UploaderId == account.Id);
            default:
                return none;
        }
    }

    /// <summary>The review, tracked, or null when it does not exist or is outside the scope (both answered 404).</summary>
    public async Task<DocumentReview?> FindAsync(Guid id) => await (await VisibleAsync()).FirstOrDefaultAsync(r => r.Id == id);

    /// <summary>The file names the checker takes (the review service reads what the checker reads).</summary>
    public static string? Unreadable(string fileName, long length)
    {
        if (length == 0) return $"“{fileName}”是空文件";
        var kind = FileTypes.Of(fileName);
        if (kind.Kind == InputKind.Unsupported)
            return $"“{fileName}”不是可以检查的文件：应为已公开的预算文件（{string.Join("、", FileTypes.FolderExtensions)}）";
        return null;
    }

    /// <summary>
    /// Stores each uploaded file and queues it for the checker: one review per file, created together (all or none),
    /// in the uploader's scope.
    /// </summary>
    public async Task<List<DocumentReview>> UploadAsync(IReadOnlyList<(string Name, byte[] Content)> uploads, CancellationToken cancellationToken) =>
        await UploadAsync(await user.AccountAsync() ?? throw Refusal.NotFound(), uploads, cancellationToken);

    /// <summary>As <see cref="UploadAsync(IReadOnlyList{ValueTuple{string, byte[]}}, CancellationToken)"/>, by the account given (the demo's).</summary>
    public async Task<List<DocumentReview>> UploadAsync(Account account, IReadOnlyList<(string Name, byte[] Content)> uploads, CancellationToken cancellationToken)
    {
        string region = account.RegionCode ?? "";
        if (account.DepartmentId is { } d)
            region = await db.Departments.Where(x => x.Id == d).Select(x => x.RegionCode).FirstAsync(cancellationToken);
        var created = new List<DocumentReview>();
        foreach (var (name, content) in uploads)
        {
            var file = await StoreAsync(name, content, account.Id, cancellationToken);
            var review = new DocumentReview
            {
                RegionCode = region, DepartmentId = account.DepartmentId, UploaderId = account.Id, CreatedUtc = DateTime.UtcNow,
                FileName = name, FileId = file.Id, State = ReviewStates.Checking,
            };
            db.Reviews.Add(review);
            created.Add(review);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var review in created) queue.Enqueue(review.Id);
        return created;
    }

    /// <summary>
    /// Replaces the reviewed file with a new one: the file's version goes up, the review reopens and waits for the
    /// checker; the decisions on the earlier file stay with it (kept, not carried over: the new file is reviewed anew).
    /// </summary>
    public async Task ReplaceAsync(DocumentReview review, int expectedVersion, string name, byte[] content, CancellationToken cancellationToken)
    {
        if (review.Version != expectedVersion)
            throw Refusal.Conflict("这份文件的复核已被他人更新（换了文件或作出了决定），请刷新后再换");
        var account = await user.AccountAsync() ?? throw Refusal.NotFound();
        var file = await StoreAsync(name, content, account.Id, cancellationToken);
        review.FileName = name;
        review.FileId = file.Id;
        review.FileVersion++;
        review.State = ReviewStates.Checking;
        review.CheckStartedUtc = null;
        review.CheckedUtc = null;
        review.Error = null;
        review.DocumentKind = null;
        review.UnitName = null;
        review.Year = null;
        review.AnnotatedFileId = null;
        review.Version++;
        await SaveAsync(cancellationToken);
        queue.Enqueue(review.Id);
    }

    /// <summary>
    /// Records a reviewer's decision on an item of the review's current file: a dismissal, and a check signed off as not
    /// met, need a reason. The item is decided on the version the reviewer saw (two reviewers deciding it at once: the
    /// second is told). When nothing is left undecided the review is 已复核; a changed decision can reopen it.
    /// </summary>
    public async Task DecideAsync(DocumentReview review, Guid itemId, int expectedVersion, string decision, string? reason, CancellationToken cancellationToken)
    {
        var item = await db.ReviewItems.FirstOrDefaultAsync(i => i.Id == itemId && i.ReviewId == review.Id, cancellationToken)
            ?? throw Refusal.NotFound();
        if (item.FileVersion != review.FileVersion)
            throw Refusal.Conflict("这一项属于已被替换的文件，不能再作决定");
        if (item.CausedBy is not null)
            throw Refusal.Invalid("由其他问题引起的发现随其根源一并决定");
        if (!ReviewDecisions.Fits(item.Kind, decision))
            throw Refusal.Invalid(item.Kind == ReviewItemKinds.Finding ? "发现只能“确认”或“驳回”" : "未完成的检查只能核对为“符合”或“不符合”");
        reason = reason?.Trim();
        if (decision is ReviewDecisions.Dismissed or ReviewDecisions.NotMet && string.IsNullOrEmpty(reason))
            throw Refusal.Invalid(decision == ReviewDecisions.Dismissed ? "驳回一项发现须写明理由" : "核对为“不符合”须写明理由");
        if (reason is { Length: > 1000 }) throw Refusal.Invalid("理由不应超过 1000 字");
        if (item.Version != expectedVersion)
            throw Refusal.Conflict($"这一项已由他人决定为“{item.Decision}”，请刷新后再看");
        var account = await user.AccountAsync() ?? throw Refusal.NotFound();
        item.Decision = decision;
        item.Reason = string.IsNullOrEmpty(reason) ? null : reason;
        item.DeciderId = account.Id;
        item.DecidedUtc = DateTime.UtcNow;
        item.Version++;
        bool open = await db.ReviewItems.AnyAsync(i => i.ReviewId == review.Id && i.FileVersion == review.FileVersion && i.CausedBy == null
            && i.Id != item.Id && i.Decision == null, cancellationToken);
        string state = open ? ReviewStates.Open : ReviewStates.Done;
        if (review.State != state)
        {
            review.State = state;
            review.Version++;
        }
        await SaveAsync(cancellationToken);
    }

    private async Task<StoredFile> StoreAsync(string name, byte[] content, string uploaderId, CancellationToken cancellationToken)
    {
        string sha = await files.PutAsync(content, cancellationToken);
        var file = new StoredFile
        {
            Sha256 = sha, Name = name, Size = content.Length, MediaType = FileStore.MediaType(name), UploaderId = uploaderId,
            CreatedUtc = DateTime.UtcNow, Purpose = "review",
        };
        db.Files.Add(file);
        return file;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateConcurrencyException) { throw Refusal.Conflict("这份文件的复核刚被他人更新，请刷新后再试"); }
    }
}
