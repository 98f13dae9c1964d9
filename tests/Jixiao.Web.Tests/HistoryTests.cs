using System.Net;
using Jixiao.Documents.Package;

namespace Jixiao.Web.Tests;

/// <summary>
/// A draft gains a revision with every save: the budget page lists the latest 20 history items and links the record's
/// whole history in the audit log, which then lists that record's entries only, the earliest saves among them.
/// </summary>
public sealed class HistoryTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_page_lists_the_latest_and_the_audit_log_the_whole_history()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var budget = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        const int Saves = 24;
        for (int version = 0; version < Saves; version++)
        {
            var changed = budget with { Lines = [.. budget.Lines.Select((l, i) => i == 0 ? l with { Amount = new Jixiao.Money.Yuan(1000m + version) } : l)] };
            var saved = await handler.Client.SendAsync(ApiCalls.Put($"/api/records/{id}/package", UnitBudgetPackage.Write(changed), version));
            saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var page = await handler.PageAsync($"/records/{id}");
        var items = page.QuerySelectorAll("aside .panel:has(#history-more) .finding").Select(e => e.TextContent).ToList();
        items.Count.ShouldBe(20);
        items[0].ShouldContain($"第 {Saves + 1} 版");
        items.ShouldNotContain(i => i.Contains("第 1 版：", StringComparison.Ordinal));
        var link = page.QuerySelector("#history-more a")!.GetAttribute("href")!;
        link.ShouldBe($"/audit?record={id}");

        var audit = await handler.PageAsync(link);
        audit.QuerySelector("#one-record").ShouldNotBeNull();
        var listed = audit.QuerySelectorAll("#audit tbody tr").Select(r => long.Parse(r.Children[0].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // exactly this record's entries, the latest first (every save's, the demo's first revision's among them)
        using var db = _server.Db();
        var expected = db.AuditEntries.Where(e => e.RecordId == id).OrderByDescending(e => e.Sequence).Select(e => e.Sequence).Take(200).ToList();
        expected.Count.ShouldBeGreaterThan(Saves);
        listed.ShouldBe(expected);
        db.AuditEntries.Count(e => e.RecordId != id).ShouldBeGreaterThan(0);
    }
}
