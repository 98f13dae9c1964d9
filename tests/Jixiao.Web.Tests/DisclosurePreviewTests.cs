using System.Net;

namespace Jixiao.Web.Tests;

/// <summary>预算公开 preview: the tables and the files publishing will store, before it; publishing offered only when approved.</summary>
public sealed class DisclosurePreviewTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_draft_is_previewed_as_it_would_be_published_and_not_published_from_there()
    {
        var draft = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var page = await handler.PageAsync($"/records/{draft}/disclosure");
        page.QuerySelectorAll(".disclosure section.table-page").Length.ShouldBeGreaterThan(5);
        page.QuerySelector("#publish").ShouldBeNull();
        var names = page.QuerySelectorAll("#preview-files a[download]").Select(a => a.TextContent).ToList();
        names.ShouldContain("预算公开表.xlsx");
        names.ShouldContain("绩效目标表.xlsx");
        var workbook = await handler.Client.GetByteArrayAsync(page.QuerySelectorAll("#preview-files a[download]").First(a => a.TextContent == "预算公开表.xlsx").GetAttribute("href")!);
        workbook[..2].ShouldBe("PK"u8.ToArray());
        (await handler.GetAsync($"/records/{draft}/disclosure?handler=File&name=other.exe")).Status.ShouldBe(HttpStatusCode.NotFound);
        using var stranger = await _server.LoginAsync("chengde");
        (await stranger.GetAsync($"/records/{draft}/disclosure")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
