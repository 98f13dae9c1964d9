using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Public;

/// <summary>A published file, as stored (its SHA-256 in the ETag and a header, checked before it is served).</summary>
[Needs(Capability.ViewPublished)]
public sealed class FileModel(JixiaoDb db, FileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var file = await db.Files.AsNoTracking()
            .Where(f => f.Id == id && f.Purpose == "published")
            .Join(db.Records.Where(r => r.State == RecordAccess.PublishedState), f => f.RecordId, r => r.Id, (f, r) => f)
            .FirstOrDefaultAsync();
        if (file is null || !files.Exists(file.Sha256)) return NotFound();
        Response.Headers["X-Content-SHA256"] = file.Sha256;
        return new FileStreamResult(files.Open(file.Sha256), file.MediaType)
        {
            FileDownloadName = file.Name,
            EntityTag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue("\"" + file.Sha256 + "\""),
        };
    }
}
