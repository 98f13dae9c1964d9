using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Jixiao.Web.Reviews;
using Jixiao.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Reviews;

/// <summary>
/// One document under review: its findings beside the pages they are on (the annotated page of a PDF, or the table and
/// cell of another format), each confirmed or dismissed with a reason; the checks the checker could not finish, signed
/// off; the file replaced by a corrected one (which reopens the review).
/// </summary>
[Needs(Capability.UploadForReview, Capability.ReviewFindings)]
public sealed class ReviewModel(ReviewService reviews, ReviewQueue queue, JixiaoDb db) : PageModel
{
    public DocumentReview Review { get; private set; } = null!;
    public StoredFile Document { get; private set; } = null!;
    public StoredFile? Annotated { get; private set; }
    public List<ReviewItem> Items { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];
    public string Progress { get; private set; } = "";
    public int EarlierDecisions { get; private set; }
    public string? RefusalText { get; private set; }
    /// <summary>The item a refused decision was about, so that its form shows what was typed.</summary>
    public Guid? RefusedItem { get; private set; }
    public bool PagesShown => Annotated is not null && PageImages.Available;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        return await LoadAsync(id) ? Page() : NotFound();
    }

    /// <summary>A page of the annotated PDF as an image (docs/operations.md: needs poppler-utils).</summary>
    public async Task<IActionResult> OnGetPageAsync(Guid id, int n, [FromServices] PageImages images)
    {
        if (!await LoadAsync(id) || Annotated is null) return NotFound();
        var png = await images.RenderAsync(Annotated.Sha256, n, HttpContext.RequestAborted);
        return png is null ? NotFound() : PhysicalFile(png, "image/png");
    }

    /// <summary>The file under review as uploaded, or (<c>which=annotated</c>) the PDF with its findings boxed.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, string? which, [FromServices] FileStore files)
    {
        if (!await LoadAsync(id)) return NotFound();
        var file = which == "annotated" ? Annotated : Document;
        if (file is null || !files.Exists(file.Sha256)) return NotFound();
        return File(files.Open(file.Sha256), file.MediaType, file.Name);
    }

    [HandlerNeeds(Capability.ReviewFindings)]
    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid item)
    {
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            await reviews.DecideAsync(Review, item, Version, Decision ?? "", Reason, HttpContext.RequestAborted);
        }
        catch (Refusal r)
        {
            return await RefusedAsync(id, r, item);
        }
        TempData["Message"] = $"已记录：{Decision}";
        return Redirect($"/reviews/{id}#item-{item}");
    }

    [HandlerNeeds(Capability.UploadForReview)]
    public async Task<IActionResult> OnPostReplaceAsync(Guid id, IFormFile? file, [FromServices] JixiaoOptions options)
    {
        if (!await LoadAsync(id)) return NotFound();
        string? problem = file is null ? "请选择用来替换的文件"
            : file.Length > options.MaxUploadBytes ? $"“{file.FileName}”超过了 {options.MaxUploadBytes / 1024 / 1024} MiB 的上限"
            : ReviewService.Unreadable(Path.GetFileName(file.FileName), file.Length);
        try
        {
            if (problem is not null) throw Refusal.Invalid(problem);
            using var buffer = new MemoryStream();
            await file!.CopyToAsync(buffer, HttpContext.RequestAborted);
            await reviews.ReplaceAsync(Review, Version, Path.GetFileName(file.FileName), buffer.ToArray(), HttpContext.RequestAborted);
        }
        catch (Refusal r)
        {
            return await RefusedAsync(id, r, null);
        }
        TempData["Message"] = $"已换成“{Path.GetFileName(file!.FileName)}”，复核重新开始，正在排队检查";
        return Redirect($"/reviews/{id}");
    }

    private async Task<IActionResult> RefusedAsync(Guid id, Refusal r, Guid? item)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        RefusalText = r.Message;
        RefusedItem = item;
        Response.StatusCode = r.Status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await reviews.FindAsync(id) is not { } review) return false;
        Review = review;
        Document = await db.Files.AsNoTracking().FirstAsync(f => f.Id == Review.FileId);
        Annotated = Review.AnnotatedFileId is { } a ? await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == a) : null;
        Items = await db.ReviewItems.AsNoTracking().Where(i => i.ReviewId == id && i.FileVersion == Review.FileVersion).OrderBy(i => i.Index).ToListAsync();
        EarlierDecisions = await db.ReviewItems.CountAsync(i => i.ReviewId == id && i.FileVersion < Review.FileVersion && i.Decision != null);
        var ids = Items.Select(i => i.DeciderId).OfType<string>().Append(Review.UploaderId).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Progress = IndexModel.Progress(queue, Review.Id, Review.State, Review.CheckStartedUtc);
        if (Request.Method == "GET") Version = Review.Version;
        return true;
    }

    // ---- for the view ----

    public IEnumerable<ReviewItem> Roots(string kind) => Items.Where(i => i.Kind == kind && i.CausedBy is null);

    /// <summary>The findings that follow from <paramref name="root"/>.</summary>
    public IEnumerable<ReviewItem> Following(ReviewItem root) => Items.Where(i => i.Kind == ReviewItemKinds.Finding && i.CausedBy == root.Index);

    /// <summary>The root findings by the page they are on (null: a format without pages, by table).</summary>
    public IEnumerable<IGrouping<int?, ReviewItem>> ByPage() =>
        Roots(ReviewItemKinds.Finding).OrderBy(i => i.Page ?? int.MaxValue).ThenBy(i => i.Index).GroupBy(i => i.Page);

    public static string SeverityClass(string severity) => severity switch { "错误" => "error", "警告" => "warning", _ => "info" };

    public string NameOf(string? id) => id is null ? "" : Names.GetValueOrDefault(id) ?? id;
}
