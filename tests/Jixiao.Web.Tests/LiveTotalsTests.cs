using System.Globalization;
using System.Net;
using Jixiao.Documents.Package;

namespace Jixiao.Web.Tests;

/// <summary>While a budget line is typed, the totals and the checker's findings on it are shown as they would be once saved; nothing is saved.</summary>
public sealed class LiveTotalsTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_typed_line_moves_the_totals_and_shows_its_finding_without_being_saved()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var package = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        decimal total = package.Lines.Sum(l => l.Amount.Value);
        var page = await handler.PageAsync($"/records/{id}");
        string token = page.QuerySelector("#line-form + form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        string before = await _server.SnapshotAsync();
        var response = await handler.Client.PostAsync($"/records/{id}?handler=PreviewLine", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = "0", ["Line.Functional"] = "2101501", ["Line.Economic"] = "",
            ["Line.Kind"] = "人员经费", ["Line.Source"] = "一般公共预算", ["Line.Amount"] = "12,500.00",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var panel = await Browser.ParseAsync(response);
        panel.QuerySelector("#totals-panel h2")!.TextContent.ShouldContain("保存后");
        panel.QuerySelector("#total-all")!.TextContent.ShouldBe((total + 12500m).ToString("N2", CultureInfo.InvariantCulture) + "（+12,500.00）");
        panel.QuerySelector("#totals-panel .finding[data-rule='PKG-02']").ShouldNotBeNull();
        (await _server.SnapshotAsync()).ShouldBe(before);
    }
}
