using System.Net;
using System.Security.Cryptography;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// The yearly cycle over HTTP, as the pages do it: the 经办人 adds a budget line, sees the checker's finding beside it,
/// fixes it, submits; the 负责人, the 主管部门 and the 财政局 pass it in turn; the approved budget can no longer be
/// edited; the unit publishes it; an anonymous reader finds it and downloads its files, each with its hash.
/// </summary>
public sealed class CycleTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_budget_goes_from_draft_to_published()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string page = $"/records/{id}";
        using var handler = await _server.LoginAsync("jingban");
        int linesBefore = (await handler.PageAsync(page)).QuerySelectorAll("tr[data-line]").Length;

        // A 人员经费 line without its economic 款: saved as typed, and PKG-02 is said on its row.
        var added = await handler.SubmitAsync(page, "form[action*='handler=AddLine']", new()
        {
            ["Line.Functional"] = "2101501", ["Line.Economic"] = "", ["Line.Kind"] = "人员经费", ["Line.Source"] = "一般公共预算", ["Line.Amount"] = "12,500.00",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var withLine = await handler.PageAsync(page);
        var rows = withLine.QuerySelectorAll("tr[data-line]");
        rows.Length.ShouldBe(linesBefore + 1);
        var row = rows.Single(r => r.QuerySelector(".finding.error")?.TextContent.Contains("PKG-02") == true);
        string lineId = row.GetAttribute("data-line")!;
        row.TextContent.ShouldContain("12,500.00");
        row.QuerySelector(".finding.error")!.TextContent.ShouldContain("没有经济分类科目");

        // Submitting with an error is refused, and nothing moves.
        var before = await _server.SnapshotAsync();
        var refused = await handler.SubmitAsync(page, "form[action*='handler=Submit']", []);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(refused)).QuerySelector(".refusal")!.TextContent.ShouldContain("1 个错误");
        (await _server.SnapshotAsync()).ShouldBe(before);

        // Fixed: the economic code added, the finding goes.
        var edited = await handler.SubmitAsync($"{page}?edit={lineId}", "form[action*='handler=EditLine']", new() { ["Line.Economic"] = "30101" });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var fixedPage = await handler.PageAsync(page);
        fixedPage.QuerySelector($"tr[data-line='{lineId}']")!.QuerySelector(".finding").ShouldBeNull();
        fixedPage.QuerySelector("#findings")!.TextContent.ShouldContain("错误 0");

        (await handler.SubmitAsync(page, "form[action*='handler=Submit']", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await StateShouldBeAsync(id, "已提交");

        foreach (var reviewer in new[] { "fuze", "zhuguan", "caizheng" })
        {
            using var b = await _server.LoginAsync(reviewer);
            (await b.SubmitAsync(page, "form[action*='handler=Pass']", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect, reviewer);
        }
        await StateShouldBeAsync(id, "已批复");

        // Approved: no editor on the page, and a forged post is refused with nothing written.
        var approved = await handler.PageAsync(page);
        approved.QuerySelector("form[action*='handler=AddLine']").ShouldBeNull();
        before = await _server.SnapshotAsync();
        var forged = await handler.Client.PostAsync($"{page}?handler=AddLine", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = approved.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Version"] = approved.QuerySelector("form[action*='handler=Publish'] input[name=Version]")!.GetAttribute("value")!,
            ["Line.Functional"] = "2101501", ["Line.Economic"] = "30101", ["Line.Kind"] = "人员经费", ["Line.Source"] = "一般公共预算", ["Line.Amount"] = "1.00",
        }));
        forged.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Browser.ParseAsync(forged)).QuerySelector(".refusal")!.TextContent.ShouldContain("不能修改");
        (await _server.SnapshotAsync()).ShouldBe(before);

        (await handler.SubmitAsync(page, "form[action*='handler=Publish']", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await StateShouldBeAsync(id, "已公开");

        // The public finds it by unit and downloads each file; the hash it is served with is the hash of what it gets.
        using var reader = _server.Browser();
        var portal = await reader.PageAsync("/public?q=" + Uri.EscapeDataString("医疗保障局本级"));
        var link = portal.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/public/records/{id}");
        var published = await reader.PageAsync(link.GetAttribute("href")!);
        published.QuerySelectorAll(".disclosure section.table-page").Length.ShouldBeGreaterThan(5);
        var downloads = published.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        // the tables as a workbook, a page and JSON, the package, and — its projects declared targets — their forms as a workbook and a page
        bool declared = Jixiao.Documents.Package.UnitBudgetPackage.Parse(Jixiao.Application.Demo.DemoFiles.Text(Jixiao.Application.Demo.DemoFiles.Package), "demo")
            .Projects.Any(p => p.Targets is not null);
        downloads.Count.ShouldBe(declared ? 6 : 4);
        foreach (var href in downloads)
        {
            var file = await reader.Client.GetAsync(href);
            file.StatusCode.ShouldBe(HttpStatusCode.OK, href);
            var bytes = await file.Content.ReadAsByteArrayAsync();
            file.Headers.GetValues("X-Content-SHA256").Single().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        // The package published is the approved revision, with the line added and fixed.
        var packageHref = published.QuerySelectorAll("a[download]").Single(a => a.TextContent == "数据包.json").GetAttribute("href")!;
        var package = Jixiao.Documents.Package.UnitBudgetPackage.Parse(await reader.Client.GetByteArrayAsync(packageHref));
        package.Lines.Single(l => l.Id == lineId).Economic!.Value.Value.ShouldBe("30101");
        package.Lines.Count.ShouldBe(linesBefore + 1);

        using var db = _server.Db();
        (await Jixiao.Data.AuditLog.VerifyAsync(db)).ShouldBeNull();
        var actions = await db.Transitions.Where(t => t.RecordId == id).OrderBy(t => t.TimeUtc).Select(t => t.Action).ToListAsync();
        actions.ShouldBe(["Submit", "Pass", "Pass", "Pass", "Publish"]);
    }

    private async Task StateShouldBeAsync(Guid id, string state)
    {
        using var db = _server.Db();
        (await db.Records.Where(r => r.Id == id).Select(r => r.State).SingleAsync()).ShouldBe(state);
    }
}
