using System.Net;
using System.Text.Json;

namespace Jixiao.Web.Tests;

/// <summary>
/// A province's own review chain in its data folder: without the 主管部门 step the 财政局 approves right after the
/// 负责人, and the 主管部门 has nothing to do.
/// </summary>
public sealed class ProvinceFilesTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_server.DataFolder);
        File.WriteAllText(Path.Combine(_server.DataFolder, "workflow.json"), """
            { "steps": [
              { "id": "unit-head", "role": "head", "name": "单位负责人签署", "after": "已提交" },
              { "id": "finance", "role": "finance", "name": "财政局批复", "after": "已批复" } ] }
            """);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_chain_of_the_data_folder_is_the_one_followed()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        using var head = await _server.LoginAsync("fuze");
        using var department = await _server.LoginAsync("zhuguan");
        using var finance = await _server.LoginAsync("caizheng");
        (await handler.Client.SendAsync(ApiCalls.Move(id, "Submit", 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await head.Client.SendAsync(ApiCalls.Move(id, "Pass", 1))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var early = await department.Client.SendAsync(ApiCalls.Move(id, "Pass", 2));
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.Content.ReadAsStringAsync()).ShouldContain("财政局批复");
        (await finance.Client.SendAsync(ApiCalls.Move(id, "Pass", 2))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var record = JsonDocument.Parse(await handler.Client.GetStringAsync($"/api/records/{id}")).RootElement.GetProperty("record");
        record.GetProperty("state").GetString().ShouldBe("已批复");
    }
}
