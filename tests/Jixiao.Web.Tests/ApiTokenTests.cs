using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// API tokens for machine clients: made on the page (shown once), used as a bearer token on the API with the account's
/// role and scope, useless on the pages, refused once revoked, wrong, or its account locked.
/// </summary>
public sealed class ApiTokenTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<string> MakeTokenAsync(string user, string name)
    {
        using var browser = await _server.LoginAsync(user);
        var made = await browser.SubmitAsync("/account/tokens", "#create-token", new() { ["Name"] = name, ["Days"] = "30" });
        made.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await Browser.ParseAsync(made)).QuerySelector("#secret code")!.TextContent;
    }

    private HttpClient Machine(string token)
    {
        var client = _server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_machine_client_works_with_the_accounts_role_and_scope()
    {
        string token = await MakeTokenAsync("jingban", "一体化系统对接");
        token.ShouldStartWith("jx_");
        using (var db = _server.Db())
        {
            var stored = await db.ApiTokens.SingleAsync();
            stored.Hash.ShouldNotContain(token[3..]);
            (await db.AuditEntries.Where(a => a.Entity == "ApiToken").Select(a => a.After).SingleAsync())!.ShouldNotContain(stored.Hash);
        }
        using var client = Machine(token);
        var draft = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        var other = await _server.RecordOfAsync("承德县医疗保障局本级");
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/records")).RootElement;
        list.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldContain(draft);
        list.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(other);
        (await client.GetAsync($"/api/records/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // it saves a package on its version, and the audit log names the account and the token
        var package = await client.GetStringAsync($"/api/records/{draft}/package");
        (await client.SendAsync(ApiCalls.Put($"/api/records/{draft}/package", package, 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var db = _server.Db())
            (await db.AuditEntries.OrderByDescending(a => a.Sequence).Select(a => a.ActorName).FirstAsync()).ShouldBe("王经办（令牌）");

        // a handler's token cannot approve (the chain refuses the step to the role); a token opens no page
        (await client.SendAsync(ApiCalls.Move(draft, "Pass", 1))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        JsonDocument.Parse(await client.GetStringAsync($"/api/records/{draft}")).RootElement.GetProperty("record").GetProperty("state").GetString().ShouldBe("草稿");
        var page = await client.GetAsync("/inbox");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task A_wrong_revoked_or_locked_token_is_refused()
    {
        string token = await MakeTokenAsync("jingban2", "脚本");
        using (var wrong = Machine(token[..^2] + "xx")) (await wrong.GetAsync("/api/records")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using (var good = Machine(token)) (await good.GetAsync("/api/records")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var owner = await _server.LoginAsync("jingban2"))
        {
            var page = await owner.PageAsync("/account/tokens");
            var revoke = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#tokens tr[data-state='有效'] form")!;
            (await owner.SubmitAsync("/account/tokens", revoke, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        using (var revoked = Machine(token)) (await revoked.GetAsync("/api/records")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        string second = await MakeTokenAsync("jingban2", "脚本二");
        using (var db = _server.Db())
        {
            var account = await db.Users.SingleAsync(a => a.UserName == "jingban2");
            account.LockoutEnd = DateTimeOffset.MaxValue;
            await db.SaveChangesAsync();
        }
        using var locked = Machine(second);
        (await locked.GetAsync("/api/records")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
