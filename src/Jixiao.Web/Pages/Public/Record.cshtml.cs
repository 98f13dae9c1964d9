using Jixiao.Data;
using Jixiao.Documents.Html;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Public;

/// <summary>A published budget: its tables (万元, as published) and its files with their hashes.</summary>
[Needs(Capability.ViewPublished)]
public sealed class RecordModel(RecordAccess access, RecordService records, JixiaoDb db) : PageModel
{
    public Record Record { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public string TablesHtml { get; private set; } = "";
    public List<StoredFile> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var record = await access.FindPublishedAsync(id);
        if (record is null) return NotFound();
        Record = record;
        UnitName = await db.Units.Where(u => u.Id == record.UnitId).Select(u => u.Name).FirstAsync();
        var loaded = await records.LoadAsync(record);
        // The encoder of the writer escapes every text it writes: the budget's names cannot inject markup here.
        TablesHtml = DisclosureHtmlWriter.TablesHtml(records.Tables(loaded));
        Files = await db.Files.AsNoTracking().Where(f => f.RecordId == id && f.Purpose == "published").OrderBy(f => f.Name).ToListAsync();
        return Page();
    }
}
