using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Documents.Html;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Records;

/// <summary>
/// 预算公开 preview: the tables (万元) as the public will see them and the files publishing will store — the same
/// writers, from the record's current version — before it is published; the unit publishes from here once it is approved.
/// </summary>
[Needs(Capability.ViewRecord)]
public sealed class DisclosureModel(RecordAccess access, RecordService records, CurrentUser user, WorkflowChain chain, JixiaoDb db) : PageModel
{
    public Record Record { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public string TablesHtml { get; private set; } = "";
    public IReadOnlyList<(string Name, string Media, byte[] Bytes)> Files { get; private set; } = [];
    public bool MayPublish { get; private set; }
    public int Forms { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>One of the files as publishing would store it.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, string name)
    {
        if (!await LoadAsync(id)) return NotFound();
        var file = Files.FirstOrDefault(f => f.Name == name);
        return file.Bytes is null ? NotFound()
            : File(file.Bytes, file.Media, $"{UnitName}{Record.Year}年{Path.GetFileNameWithoutExtension(file.Name)}（预览）{Path.GetExtension(file.Name)}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var record = await access.FindAsync(id);
        if (record is null || record.Kind != nameof(RecordKind.Budget)) return false;
        // an expert sees the forms of the projects assigned to them, not the unit's whole disclosure
        if (await user.RoleAsync() == Role.Expert) return false;
        Record = record;
        UnitName = await db.Units.Where(u => u.Id == record.UnitId).Select(u => u.Name).FirstAsync();
        var loaded = await records.LoadAsync(record, HttpContext.RequestAborted);
        // the writer encodes every text it writes: the budget's names cannot inject markup here
        TablesHtml = DisclosureHtmlWriter.TablesHtml(records.Tables(loaded));
        Files = records.PublicationFiles(loaded, await records.PackageAsync(loaded, HttpContext.RequestAborted));
        Forms = loaded.Budget.Projects.Count(p => p.Targets is not null);
        var role = await user.RoleAsync();
        MayPublish = role is { } r && chain.Allowed(new WorkflowPosition(RecordStates.FromChinese(record.State)!.Value, record.PendingStep), r).Contains(WorkflowAction.Publish);
        return true;
    }
}
