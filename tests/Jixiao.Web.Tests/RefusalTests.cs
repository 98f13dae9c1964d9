using System.Net;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// What the server refuses, and that a refusal writes nothing: the rows and the audit log compared before and after are
/// the same. Two people editing one record (the second is told, and keeps what they typed); a tampered anti-forgery
/// token; a record id of another unit; a malformed amount; a login with a wrong password.
/// </summary>
public sealed class RefusalTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static Dictionary<string, string> Line(string amount) => new()
    {
        ["Line.Functional"] = "2101501", ["Line.Economic"] = "30101", ["Line.Kind"] = "人员经费", ["Line.Source"] = "一般公共预算", ["Line.Amount"] = amount,
    };

    [Fact]
    public async Task The_second_of_two_editors_is_told_of_the_conflict_and_keeps_what_they_typed()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string page = $"/records/{id}";
        using var first = await _server.LoginAsync("jingban");
        using var second = await _server.LoginAsync("jingban");
        // Both open the page on the same version.
        var firstForm = (await first.PageAsync(page)).QuerySelector("form[action*='handler=AddLine']") as AngleSharp.Html.Dom.IHtmlFormElement;
        var secondForm = (await second.PageAsync(page)).QuerySelector("form[action*='handler=AddLine']") as AngleSharp.Html.Dom.IHtmlFormElement;
        (await first.SubmitAsync(page, firstForm!, Line("100.00"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var before = await _server.SnapshotAsync();
        var conflict = await second.SubmitAsync(page, secondForm!, Line("777.77"));
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = await Browser.ParseAsync(conflict);
        shown.QuerySelector(".refusal")!.TextContent.ShouldContain("已被他人修改");
        // The page shows the record as it now is (the first editor's line in it) and the second editor's input kept.
        shown.QuerySelectorAll("tr[data-line] td.num").Select(td => td.TextContent).ShouldContain("100.00");
        shown.QuerySelector("#Line_Amount")!.GetAttribute("value").ShouldBe("777.77");
        (await _server.SnapshotAsync()).ShouldBe(before);
        // Saved again from the page shown, on the version it now carries, it goes through.
        var form = shown.QuerySelector("form[action*='handler=AddLine']") as AngleSharp.Html.Dom.IHtmlFormElement;
        (await second.SubmitAsync(page, form!, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await second.PageAsync(page)).QuerySelectorAll("tr[data-line] td.num").Select(td => td.TextContent).ShouldContain("777.77");
    }

    [Fact]
    public async Task A_tampered_antiforgery_token_is_refused_and_nothing_is_written()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var before = await _server.SnapshotAsync();
        var response = await handler.SubmitAsync($"/records/{id}", "form[action*='handler=AddLine']",
            new(Line("5.00")) { ["__RequestVerificationToken"] = "CfDJ8" + new string('A', 120) });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Browser.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("请求无效");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_record_of_another_unit_is_not_found_and_nothing_is_written()
    {
        var mine = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        var theirs = await _server.RecordOfAsync("承德县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var page = await handler.PageAsync($"/records/{mine}");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action*='handler=AddLine']")!;
        // The form of my record, its token valid, posted to the other unit's record id.
        form.SetAttribute("action", $"/records/{theirs}?handler=AddLine");
        var before = await _server.SnapshotAsync();
        var response = await handler.SubmitAsync($"/records/{mine}", form, Line("9.00"));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await handler.GetAsync($"/records/{theirs}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("12.345", "Amount", "至多两位小数")]
    [InlineData("-5", "Amount", "不为负")]
    [InlineData("一百", "Amount", "所填“一百”")]
    [InlineData("", "Amount", "金额")]
    public async Task A_malformed_field_is_said_beside_the_form_and_kept(string amount, string field, string said)
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var before = await _server.SnapshotAsync();
        var response = await handler.SubmitAsync($"/records/{id}", "form[action*='handler=AddLine']", Line(amount));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await Browser.ParseAsync(response);
        page.QuerySelector($"[data-field='{field}']")!.TextContent.ShouldContain(said);
        (page.QuerySelector("#Line_Amount")!.GetAttribute("value") ?? "").ShouldBe(amount);
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_wrong_code_is_said_for_its_field()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var response = await handler.SubmitAsync($"/records/{id}", "form[action*='handler=AddLine']",
            new(Line("1.00")) { ["Line.Functional"] = "2101x01", ["Line.Economic"] = "3x101" });
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await Browser.ParseAsync(response);
        page.QuerySelector("[data-field='Functional']")!.TextContent.ShouldContain("所填“2101x01”");
        page.QuerySelector("[data-field='Economic']")!.TextContent.ShouldContain("5 位");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        using var browser = _server.Browser();
        for (int i = 0; i < 5; i++)
        {
            var response = await browser.SubmitAsync("/Account/Login", "form", new() { ["UserName"] = "fuze", ["Password"] = "wrong-" + i });
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        var locked = await browser.SubmitAsync("/Account/Login", "form", new() { ["UserName"] = "fuze", ["Password"] = TestServer.Password });
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Browser.ParseAsync(locked)).QuerySelector(".refusal")!.TextContent.ShouldContain("已锁定");
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_a_cookie_only_the_server_reads()
    {
        using var browser = _server.Browser();
        var response = await browser.Client.GetAsync("/Account/Login");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        var login = await browser.SubmitAsync("/Account/Login", "form", new() { ["UserName"] = "jingban", ["Password"] = TestServer.Password });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jixiao=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
    }
}
