using System.Globalization;
using System.Net;
using System.Text.Json;
using Jixiao.Application.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// 绩效监控 in the browser: a light per project from its execution against time, the chart, the warnings turned into
/// 整改 tasks with an owner of the unit and a due date, the task in the owner's inbox and answered by the unit.
/// </summary>
public sealed class MonitoringTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly JsonElement Demo = JsonDocument.Parse(DemoFiles.Text(DemoFiles.Package)).RootElement;

    [Fact]
    public async Task Lights_follow_spending_against_time_and_a_warning_becomes_a_task_the_unit_answers()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string url = $"/records/{id}/monitoring?date=2021-06-30";
        using var department = await _server.LoginAsync("zhuguan");
        var page = await department.PageAsync(url);

        // each project with execution: spent by the end of June (two quarters) over its budget lines, against half the year
        var projects = Demo.GetProperty("projects").EnumerateArray().Where(p => p.TryGetProperty("execution", out _)).ToList();
        projects.ShouldNotBeEmpty();
        foreach (var p in projects)
        {
            string code = p.GetProperty("code").GetString()!;
            decimal budget = Demo.GetProperty("lines").EnumerateArray()
                .Where(l => l.TryGetProperty("project", out var c) && c.GetString() == code).Sum(l => l.GetProperty("amount").GetDecimal());
            decimal spent = p.GetProperty("execution").GetProperty("flows").EnumerateArray()
                .Where(f => f.GetProperty("period").GetString() is "第一季度" or "第二季度").Sum(f => f.GetProperty("spent").GetDecimal());
            decimal ratio = spent / budget / 0.5m;
            string light = ratio < 0.6m ? "red" : ratio < 0.8m ? "yellow" : "green";
            var row = page.QuerySelector($"#monitoring tr[data-project='{code}']").ShouldNotBeNull(code);
            row.GetAttribute("data-light").ShouldBe(light, code);
            row.TextContent.ShouldContain((spent / budget * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%");
            page.QuerySelector($"#chart rect[data-project='{code}']").ShouldNotBeNull();
        }

        // a warning made a task of the unit's 经办人, due in a month
        var warning = page.QuerySelector(".warning-item form")!;
        string jingban;
        using (var db = _server.Db()) jingban = await db.Users.Where(a => a.UserName == "jingban").Select(a => a.Id).SingleAsync();
        string due = DateTime.Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await department.SubmitAsync(url, (AngleSharp.Html.Dom.IHtmlFormElement)warning, new() { ["OwnerId"] = jingban, ["Due"] = due });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var handler = await _server.LoginAsync("jingban");
        var inbox = await handler.PageAsync("/inbox");
        inbox.QuerySelector("main table")!.TextContent.ShouldContain($"待整改（期限 {due}）");
        page = await handler.PageAsync(url);
        var task = page.QuerySelector("#tasks .review-item[data-task]")!;
        task.GetAttribute("data-state").ShouldBe("待整改");
        var answer = await handler.SubmitAsync(url, (AngleSharp.Html.Dom.IHtmlFormElement)task.QuerySelector("form")!,
            new() { ["Answer"] = "已与中标单位约定三季度完成接口改造", ["done"] = "true" });
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await handler.PageAsync(url)).QuerySelector("#tasks .review-item[data-task]")!.GetAttribute("data-state").ShouldBe("已整改");
        (await handler.PageAsync("/inbox")).QuerySelector("main")!.TextContent.ShouldNotContain("待整改（期限");
    }

    [Fact]
    public async Task A_task_without_a_valid_owner_or_date_or_from_the_wrong_account_is_refused_with_nothing_written()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string url = $"/records/{id}/monitoring?date=2021-06-30";
        using var department = await _server.LoginAsync("zhuguan");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await department.PageAsync(url)).QuerySelector(".warning-item form")!;
        string chengde, jingban;
        using (var db = _server.Db())
        {
            chengde = await db.Users.Where(a => a.UserName == "chengde").Select(a => a.Id).SingleAsync();
            jingban = await db.Users.Where(a => a.UserName == "jingban").Select(a => a.Id).SingleAsync();
        }
        string before = await _server.SnapshotAsync();
        var past = await department.SubmitAsync(url, form, new() { ["OwnerId"] = jingban, ["Due"] = "2020-01-01" });
        past.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(past)).QuerySelector(".refusal")!.TextContent.ShouldContain("整改期限 2020-01-01 已过");
        var stranger = await department.SubmitAsync(url, form, new() { ["OwnerId"] = chengde, ["Due"] = "2099-01-01" });
        (await Browser.ParseAsync(stranger)).QuerySelector(".refusal")!.TextContent.ShouldContain("请从本单位的经办人、负责人中选择整改责任人");
        // the unit's own 经办人 cannot make a task (no form is offered; a forged post is refused)
        using var handler = await _server.LoginAsync("jingban");
        var own = await handler.PageAsync(url);
        own.QuerySelector(".warning-item form").ShouldBeNull();
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await handler.Client.PostAsync($"/records/{id}/monitoring?handler=CreateTask", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Issue"] = "伪造", ["OwnerId"] = jingban, ["Due"] = "2099-01-01",
        }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using (var db = _server.Db()) (await db.Rectifications.CountAsync()).ShouldBe(0);
        (await _server.SnapshotAsync()).ShouldBe(before);
    }
}
