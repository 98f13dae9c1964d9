using System.Net;
using System.Text.Json;

namespace Jixiao.Web.Tests;

/// <summary>
/// A province whose chain has an expert's step: the expert gives the opinion from the assigned project's page, without
/// seeing the unit's whole budget.
/// </summary>
public sealed class ExpertStepTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_server.DataFolder);
        File.WriteAllText(Path.Combine(_server.DataFolder, "workflow.json"), """
            { "steps": [
              { "id": "unit-head", "role": "head", "name": "单位负责人签署", "after": "已提交" },
              { "id": "expert", "role": "expert", "name": "专家评审", "after": "已提交" },
              { "id": "finance", "role": "finance", "name": "财政局批复", "after": "已批复" } ] }
            """);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_expert_passes_the_step_from_the_assigned_project()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        using var head = await _server.LoginAsync("fuze");
        (await handler.Client.SendAsync(ApiCalls.Move(id, "Submit", 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await head.Client.SendAsync(ApiCalls.Move(id, "Pass", 1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var expert = await _server.LoginAsync("zhuanjia");
        var toProject = await expert.Client.GetAsync($"/records/{id}");
        toProject.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string project = toProject.Headers.Location!.ToString();
        var page = await expert.PageAsync(project);
        page.QuerySelector("#workflow h2")!.TextContent.ShouldContain("专家评审");
        page.QuerySelector("#lines").ShouldBeNull();
        var pass = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#workflow form[action$='handler=Pass']")!;
        var passed = await expert.SubmitAsync(project, pass, []);
        passed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // passed: the record now waits for the finance bureau, and the expert has no step left
        var record = JsonDocument.Parse(await handler.Client.GetStringAsync($"/api/records/{id}")).RootElement;
        record.GetProperty("pendingStep").GetString().ShouldBe("财政局批复");
        (await expert.PageAsync(project)).QuerySelector("#workflow").ShouldBeNull();
    }
}
