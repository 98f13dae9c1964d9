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
/// 文件复核: the published documents sent for review in the account's scope, with where each stands (its place in the
/// checker's queue, the findings left to decide), and the upload of one or many more.
/// </summary>
[Needs(Capability.UploadForReview, Capability.ReviewFindings)]
public sealed class IndexModel(ReviewService reviews, ReviewQueue queue, JixiaoDb db) : PageModel
{
    /// <summary>At most this many files in one upload (a bureau sends a county's documents at once).</summary>
    public const int MaxFiles = 100;

    public sealed record Row(Guid Id, string FileName, int FileVersion, string State, string Progress, string? Kind, string? Unit, int? Year,
        int Findings, int Undecided, string Uploader, DateTime Created);

    public List<Row> Rows { get; } = [];
    public bool Checking => Rows.Any(r => r.State == ReviewStates.Checking);
    public string? RefusalText { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    [HandlerNeeds(Capability.UploadForReview)]
    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, [FromServices] JixiaoOptions options)
    {
        files = files.Where(f => f.FileName.Length > 0).ToList();
        string? refusal = files.Count == 0 ? "请选择要复核的文件（可一次选多个）"
            : files.Count > MaxFiles ? $"一次最多上传 {MaxFiles} 个文件，本次有 {files.Count} 个"
            : files.Sum(f => f.Length) > options.MaxUploadBytes ? $"文件合计超过了 {options.MaxUploadBytes / 1024 / 1024} MiB 的上限，请分批上传"
            : files.Select(f => ReviewService.Unreadable(Path.GetFileName(f.FileName), f.Length)).FirstOrDefault(r => r is not null);
        if (refusal is not null)
        {
            RefusalText = refusal + "；未保存任何文件";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync();
            return Page();
        }
        var uploads = new List<(string, byte[])>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            uploads.Add((Path.GetFileName(file.FileName), buffer.ToArray()));
        }
        var created = await reviews.UploadAsync(uploads, HttpContext.RequestAborted);
        TempData["Message"] = created.Count == 1 ? $"已上传“{created[0].FileName}”，正在排队检查" : $"已上传 {created.Count} 个文件，正在排队检查";
        return created.Count == 1 ? Redirect($"/reviews/{created[0].Id}") : Redirect("/reviews");
    }

    private async Task LoadAsync()
    {
        var visible = await reviews.VisibleAsync();
        var rows = await visible.OrderByDescending(r => r.CreatedUtc).Take(500)
            .Select(r => new
            {
                r.Id, r.FileName, r.FileVersion, r.State, r.CheckStartedUtc, r.DocumentKind, r.UnitName, r.Year, r.UploaderId, r.CreatedUtc,
                Findings = db.ReviewItems.Count(i => i.ReviewId == r.Id && i.FileVersion == r.FileVersion && i.Kind == ReviewItemKinds.Finding && i.CausedBy == null),
                Undecided = db.ReviewItems.Count(i => i.ReviewId == r.Id && i.FileVersion == r.FileVersion && i.CausedBy == null && i.Decision == null),
            }).AsNoTracking().ToListAsync();
        var ids = rows.Select(r => r.UploaderId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        foreach (var r in rows)
            Rows.Add(new Row(r.Id, r.FileName, r.FileVersion, r.State, Progress(queue, r.Id, r.State, r.CheckStartedUtc), r.DocumentKind, r.UnitName, r.Year,
                r.Findings, r.Undecided, names.GetValueOrDefault(r.UploaderId) ?? "", r.CreatedUtc));
    }

    /// <summary>Where a file waiting for the checker stands: its place in the queue, or how long its check has run.</summary>
    public static string Progress(ReviewQueue queue, Guid id, string state, DateTime? started)
    {
        if (state != ReviewStates.Checking) return "";
        return queue.PlaceOf(id) switch
        {
            0 => $"正在检查，已用 {Math.Max(0, (int)(DateTime.UtcNow - (started ?? DateTime.UtcNow)).TotalSeconds)} 秒",
            { } place => $"排队中，前面还有 {place - 1} 个文件",
            null => "等待检查",
        };
    }
}
