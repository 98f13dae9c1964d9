using System.Net;
using System.Text.Json;
using Jixiao.Application.Demo;
using Jixiao.Application.Targets;
using Jixiao.Documents.Package;
using Jixiao.Targets;

namespace Jixiao.Web.Tests;

/// <summary>
/// 项目与绩效目标: a project's target form with the review beside its indicators; the editor suggests names from the
/// indicator library, reviews the form as typed without saving, and saves an indicator added, changed or deleted as the
/// record's next version. An expert sees the projects assigned to them only.
/// </summary>
public sealed class ProjectTargetsTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly JsonElement Demo = JsonDocument.Parse(DemoFiles.Text(DemoFiles.Package)).RootElement;

    [Fact]
    public async Task The_review_stands_beside_the_indicators_it_concerns()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var record = await handler.PageAsync($"/records/{id}");
        record.QuerySelectorAll("#projects tr[data-project]").Length.ShouldBe(Demo.GetProperty("projects").GetArrayLength());

        // the demo's first project lists one indicator name under several 二级: each repetition after the first is found
        var project = Demo.GetProperty("projects")[0];
        var indicators = project.GetProperty("targets").GetProperty("annualIndicators").EnumerateArray().ToList();
        var repeated = indicators.Select((x, i) => (Name: x.GetProperty("name").GetString()!, Index: i))
            .GroupBy(x => x.Name).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1).Select(x => x.Index)).ToList();
        repeated.ShouldNotBeEmpty();
        var page = await handler.PageAsync($"/records/{id}/projects/{project.GetProperty("code").GetString()}");
        page.QuerySelectorAll("#indicators tr[data-indicator]").Length.ShouldBe(indicators.Count);
        foreach (int i in repeated) page.QuerySelector($"tr[data-indicator='{i}']")!.TextContent.ShouldContain("TGT-DUP-01");
        page.QuerySelector($"tr[data-indicator='0']")!.TextContent.ShouldNotContain("TGT-DUP-01");
    }

    [Fact]
    public async Task The_editor_suggests_reviews_as_typed_and_saves_indicators()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string code = Demo.GetProperty("projects")[1].GetProperty("code").GetString()!;
        string url = $"/records/{id}/projects/{code}";
        using var handler = await _server.LoginAsync("jingban");

        // names offered for 数量指标 come from the library's seed forms
        var seeded = SeedLibrary.Seeds.SelectMany(s => SeedLibrary.Forms(s.Resource))
            .SelectMany(f => f.Declaration.AnnualIndicators.Concat(f.Declaration.ImplementationIndicators))
            .Where(x => x.Level2 == Level2Indicator.Quantity).Select(x => x.Name.Trim()).ToHashSet();
        var suggestions = await handler.PageAsync($"{url}?handler=Suggestions&level2=数量指标");
        var offered = suggestions.QuerySelectorAll("#indicator-names option").Select(o => o.GetAttribute("value")!).ToList();
        offered.ShouldNotBeEmpty();
        offered.ShouldContain(n => seeded.Contains(n));

        // typed, not saved: a name already listed under another 二级 is a duplicate in the live review
        string before = await _server.SnapshotAsync();
        var page = await handler.PageAsync(url);
        string existing = page.QuerySelector("tr[data-indicator='0'] td:nth-child(3)")!.TextContent;
        string existingLevel2 = page.QuerySelector("tr[data-indicator='0'] td:nth-child(2)")!.TextContent;
        string other = existingLevel2 == "质量指标" ? "数量指标" : "质量指标";
        var token = page.QuerySelector("#indicator-editor input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var preview = await handler.Client.PostAsync($"{url}?handler=Preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = "0", ["Indicator.Level2"] = other, ["Indicator.Name"] = existing, ["Indicator.Target"] = "100%",
        }));
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var live = await Browser.ParseAsync(preview);
        live.QuerySelectorAll("#project-findings .finding[data-rule='TGT-DUP-01']").Select(f => f.TextContent).ShouldContain(t => t.Contains(existing));
        (await _server.SnapshotAsync()).ShouldBe(before);

        // saved: the next version has it; an empty name is refused, saying which field
        var refused = await handler.SubmitAsync(url, "#indicator-editor", new() { ["Indicator.Level2"] = "数量指标", ["Indicator.Name"] = "", ["Indicator.Target"] = "≥95%" });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(refused)).QuerySelector("#indicator-editor")!.TextContent.ShouldContain("请填写三级指标名称");
        var saved = await handler.SubmitAsync(url, "#indicator-editor", new() { ["Indicator.Level2"] = "数量指标", ["Indicator.Name"] = "救助人次", ["Indicator.Target"] = "≥1200人次" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var package = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        var added = package.Projects.Single(p => p.Code == code).Targets!.AnnualIndicators[^1];
        (added.Name, added.Level2, added.Target.Text).ShouldBe(("救助人次", Level2Indicator.Quantity, "≥1200人次"));
        int count = package.Projects.Single(p => p.Code == code).Targets!.AnnualIndicators.Count;

        page = await handler.PageAsync(url);
        var delete = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"tr[data-indicator='{count - 1}'] form")!;
        (await handler.SubmitAsync(url, delete, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        package = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        package.Projects.Single(p => p.Code == code).Targets!.AnnualIndicators.Count.ShouldBe(count - 1);
    }

    [Fact]
    public async Task An_expert_sees_the_assigned_project_only_and_edits_nothing()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var expert = await _server.LoginAsync("zhuanjia");
        string assigned = Demo.GetProperty("projects")[0].GetProperty("code").GetString()!;
        string other = Demo.GetProperty("projects")[1].GetProperty("code").GetString()!;
        var page = await expert.PageAsync($"/records/{id}/projects/{assigned}");
        page.QuerySelector("#indicator-editor").ShouldBeNull();
        (await expert.GetAsync($"/records/{id}/projects/{other}")).Status.ShouldBe(HttpStatusCode.NotFound);
        // the record itself leads the expert to the assigned project; its budget and package are not theirs to see
        var record = await expert.Client.GetAsync($"/records/{id}");
        record.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        record.Headers.Location!.ToString().ShouldBe($"/records/{id}/projects/{assigned}");
        (await expert.Client.GetAsync($"/api/records/{id}/package")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await expert.GetAsync($"/records/{id}/disclosure")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
