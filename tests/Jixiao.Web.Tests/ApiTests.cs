using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jixiao.Documents.Package;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// The HTTP API: a budget exchanged as its data package under the same roles and scopes as the pages; a save states the
/// version it was made on; refusals are problem details in Chinese and write nothing — a stale version, a package with
/// errors (each at its JSON path), an oversized body, a change to an approved record.
/// </summary>
public sealed class ApiTests : IAsyncLifetime
{
    private readonly TestServer _server = new(("Jixiao:MaxUploadBytes", "2000000"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_package_is_read_changed_and_saved_on_its_version()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var get = await handler.Client.GetAsync($"/api/records/{id}/package");
        get.StatusCode.ShouldBe(HttpStatusCode.OK);
        get.Headers.ETag!.Tag.ShouldBe("\"0\"");
        var budget = UnitBudgetPackage.Parse(await get.Content.ReadAsByteArrayAsync());
        budget.Lines.ShouldAllBe(l => l.Id != null);
        var changed = budget with { Lines = [.. budget.Lines.Select(l => l.Id == "L6" ? l with { Amount = new Jixiao.Money.Yuan(l.Amount.Value + 100m) } : l)] };

        var saved = await handler.Client.SendAsync(ApiCalls.Put($"/api/records/{id}/package", UnitBudgetPackage.Write(changed), 0));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        saved.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var detail = JsonDocument.Parse(await handler.Client.GetStringAsync($"/api/records/{id}")).RootElement;
        detail.GetProperty("revision").GetInt32().ShouldBe(2);
        detail.GetProperty("record").GetProperty("expenditure").GetDecimal().ShouldBe(budget.Lines.Sum(l => l.Amount.Value) + 100m);
        detail.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()).ShouldBe(["Submit"]);

        // The same save again, on the version it was made on, is a conflict now.
        var before = await _server.SnapshotAsync();
        var stale = await handler.Client.SendAsync(ApiCalls.Put($"/api/records/{id}/package", UnitBudgetPackage.Write(changed), 0));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(stale)).GetProperty("detail").GetString()!.ShouldContain("已被他人修改");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Saves_racing_on_one_version_give_one_success_and_conflicts_never_an_error()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        var clients = new List<Browser>();
        for (int i = 0; i < 8; i++) clients.Add(await _server.LoginAsync("jingban"));
        var json = await clients[0].Client.GetStringAsync($"/api/records/{id}/package");
        var before = await _server.SnapshotAsync();
        var statuses = await Task.WhenAll(clients.Select(async (c, i) =>
            (await c.Client.SendAsync(ApiCalls.Put($"/api/records/{id}/package", json.Replace("\"amount\": 1004500.00", $"\"amount\": {1004500 + i}.00", StringComparison.Ordinal), 0))).StatusCode));
        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(7, string.Join(",", statuses));
        using var db = _server.Db();
        (await db.Revisions.CountAsync(r => r.RecordId == id)).ShouldBe(2);
        (await Jixiao.Data.AuditLog.VerifyAsync(db)).ShouldBeNull();
        foreach (var c in clients) c.Dispose();
        (await _server.SnapshotAsync()).ShouldNotBe(before);
    }

    [Fact]
    public async Task A_package_with_errors_is_refused_with_each_at_its_path()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var json = await handler.Client.GetStringAsync($"/api/records/{id}/package");
        var broken = json.Replace("\"fiscalYear\": 2021", "\"fiscalYear\": \"明年\"", StringComparison.Ordinal)
            .Replace("\"amount\": 1004500.00", "\"amount\": -1", StringComparison.Ordinal);
        broken.ShouldNotBe(json);
        var before = await _server.SnapshotAsync();
        var response = await handler.Client.SendAsync(ApiCalls.Put($"/api/records/{id}/package", broken, 0));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(response);
        problem.GetProperty("title").GetString().ShouldBe("数据包有误");
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        paths.ShouldContain("$.fiscalYear");
        paths.ShouldContain(p => p!.StartsWith("$.lines[", StringComparison.Ordinal) && p.EndsWith(".amount", StringComparison.Ordinal));
        (await _server.SnapshotAsync()).ShouldBe(before);

        var malformed = await handler.Client.SendAsync(ApiCalls.Put($"/api/records/{id}/package", "{ not json", 0));
        malformed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(malformed)).GetProperty("errors")[0].GetProperty("expected").GetString()!.ShouldContain("JSON");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read_whole()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var before = await _server.SnapshotAsync();
        var response = await handler.Client.SendAsync(ApiCalls.Put($"/api/records/{id}/package", "[" + new string(' ', 3_000_000) + "]", 0));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await ProblemAsync(response)).GetProperty("title").GetString().ShouldBe("请求正文太大");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_approved_record_cannot_be_changed_through_the_api()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        string url = $"/api/records/{id}/transitions";
        (await handler.Client.SendAsync(ApiCalls.Move(url, "Submit", 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        int version = 1;
        foreach (var reviewer in new[] { "fuze", "zhuguan", "caizheng" })
        {
            using var b = await _server.LoginAsync(reviewer);
            var passed = await b.Client.SendAsync(ApiCalls.Move(url, "pass", version++));
            passed.StatusCode.ShouldBe(HttpStatusCode.OK, reviewer);
        }
        var state = JsonDocument.Parse(await handler.Client.GetStringAsync($"/api/records/{id}")).RootElement.GetProperty("record");
        state.GetProperty("state").GetString().ShouldBe("已批复");

        var before = await _server.SnapshotAsync();
        var json = await handler.Client.GetStringAsync($"/api/records/{id}/package");
        var response = await handler.Client.SendAsync(ApiCalls.Put($"/api/records/{id}/package", json, state.GetProperty("version").GetInt32()));
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(response)).GetProperty("detail").GetString()!.ShouldContain("不能修改");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_return_without_a_reason_and_a_step_of_another_role_are_refused_in_chinese()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string url = $"/api/records/{id}/transitions";
        using var handler = await _server.LoginAsync("jingban");
        (await handler.Client.SendAsync(ApiCalls.Move(url, "Submit", 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var department = await _server.LoginAsync("zhuguan");
        var early = await department.Client.SendAsync(ApiCalls.Move(url, "Pass", 1));
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(early)).GetProperty("detail").GetString()!.ShouldContain("单位负责人签署");
        using var head = await _server.LoginAsync("fuze");
        var noReason = await head.Client.SendAsync(ApiCalls.Move(url, "Return", 1));
        noReason.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(noReason)).GetProperty("detail").GetString().ShouldBe("退回时应写明理由");
        var unknown = await head.Client.SendAsync(ApiCalls.Move(url, "Approve", 1));
        unknown.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var returned = await head.Client.SendAsync(ApiCalls.Move(url, "Return", 1, "人员经费测算依据不足"));
        returned.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_api_is_described_and_its_refusals_are_problems_in_chinese()
    {
        using var anonymous = _server.Browser();
        var document = JsonDocument.Parse(await anonymous.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("Jixiao 绩效 API");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/records/{id}/package");
        paths.ShouldContain("/api/public/records");

        var unauthorized = await anonymous.Client.GetAsync("/api/records");
        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ProblemAsync(unauthorized)).GetProperty("title").GetString().ShouldBe("未登录");
        var missing = await anonymous.Client.GetAsync("/api/public/records/" + Guid.NewGuid() + "/package");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(missing)).GetProperty("detail").GetString()!.ShouldContain("不存在");
        using var auditor = await _server.LoginAsync("shenji");
        var forbidden = await auditor.Client.GetAsync("/api/records");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemAsync(forbidden)).GetProperty("title").GetString().ShouldBe("无权访问");
        var published = JsonDocument.Parse(await anonymous.Client.GetStringAsync("/api/public/records")).RootElement;
        published.GetArrayLength().ShouldBe(1);
        published[0].GetProperty("state").GetString().ShouldBe("已公开");
    }
}
