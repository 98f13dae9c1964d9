using System.Net;
using Jixiao.Documents.Package;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// Next year's budget started from this year's: a new draft record of the next year with the same lines (and ids),
/// projects and declarations, no execution, this year's budget as its prior year; started once only.
/// </summary>
public sealed class NextYearTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Next_years_draft_starts_from_this_years_budget()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var current = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        current.Projects.ShouldContain(p => p.Execution != null);

        var response = await handler.SubmitAsync($"/records/{id}", "#next-year form", []);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string next = response.Headers.Location!.ToString();
        next.ShouldNotBe($"/records/{id}");
        var page = await handler.PageAsync(next);
        page.QuerySelector("h1")!.TextContent.ShouldContain("2022 年单位预算");
        page.QuerySelector("h1 .badge")!.TextContent.ShouldBe("草稿");

        var nextId = Guid.Parse(next["/records/".Length..]);
        var started = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{nextId}/package"));
        started.Year.Value.ShouldBe(2022);
        started.Lines.Select(l => (l.Id, l.Functional.Value, l.Amount.Value)).ShouldBe(current.Lines.Select(l => (l.Id, l.Functional.Value, l.Amount.Value)));
        started.Projects.Select(p => p.Code).ShouldBe(current.Projects.Select(p => p.Code));
        started.Projects.ShouldAllBe(p => p.Execution == null && p.Evaluation == null);
        started.PriorYear!.Year.Value.ShouldBe(2021);
        started.PriorYear.Lines.Count.ShouldBe(current.Lines.Count);

        // Once only: the page no longer offers it, and a second post is refused with nothing written.
        (await handler.PageAsync($"/records/{id}")).QuerySelector("#next-year").ShouldBeNull();
        var before = await _server.SnapshotAsync();
        var token = (await handler.PageAsync($"/records/{id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var again = await handler.Client.PostAsync($"/records/{id}?handler=NextYear",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Browser.ParseAsync(again)).QuerySelector(".refusal")!.TextContent.ShouldContain("已存在");
        (await _server.SnapshotAsync()).ShouldBe(before);
        using var db = _server.Db();
        (await db.Records.CountAsync(r => r.Year == 2022)).ShouldBe(1);
    }
}
