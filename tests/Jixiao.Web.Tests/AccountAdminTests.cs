using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// The three administrators (三员分立): the system administrator creates, locks and unlocks accounts and resets
/// passwords; the security administrator gives roles and scopes and assigns experts to projects; neither touches the
/// administrators' own accounts. A new role, a lock or a reset takes effect on the account's next request.
/// </summary>
public sealed class AccountAdminTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string Shown(AngleSharp.Html.Dom.IHtmlDocument page, string after) =>
        Regex.Match(page.QuerySelector(".flash")!.TextContent, after + "：([A-Za-z0-9]+)").Groups[1].Value;

    [Fact]
    public async Task A_new_account_works_once_given_a_role_and_stops_when_locked()
    {
        using var system = await _server.LoginAsync("xitong");
        var created = await system.SubmitAsync("/admin/accounts", "#create-account", new() { ["UserName"] = "xinren", ["DisplayName"] = "钱新人" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string password = Shown(await system.PageAsync("/admin/accounts"), "初始密码");
        password.Length.ShouldBe(14);

        using var person = _server.Browser();
        await person.LoginAsync("xinren", password);
        (await person.GetAsync("/inbox")).Status.ShouldBe(HttpStatusCode.Forbidden);

        using var security = await _server.LoginAsync("anquan");
        using (var db = _server.Db())
        {
            string id = await db.Users.Where(a => a.UserName == "xinren").Select(a => a.Id).SingleAsync();
            var unit = await db.Units.Where(u => u.Name == "兴隆县医疗保障局本级").Select(u => u.Id).SingleAsync();
            (await security.SubmitAsync($"/admin/roles/{id}", "#assign", new() { ["Role"] = "handler", ["UnitId"] = unit.ToString() }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        // the session opened before the role was given works with it now
        (await person.GetAsync("/inbox")).Status.ShouldBe(HttpStatusCode.OK);
        var draft = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        (await person.GetAsync($"/records/{draft}")).Status.ShouldBe(HttpStatusCode.OK);

        var page = await system.PageAsync("/admin/accounts?q=xinren");
        var lockForm = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("tr[data-user='xinren'] form")!;
        (await system.SubmitAsync("/admin/accounts", lockForm, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await person.GetAsync($"/records/{draft}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var again = _server.Browser();
        await Should.ThrowAsync<InvalidOperationException>(() => again.LoginAsync("xinren", password));

        // unlocked and its password reset: the old one no longer opens it, the new one does
        page = await system.PageAsync("/admin/accounts?q=xinren");
        (await system.SubmitAsync("/admin/accounts", (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("tr[data-user='xinren'] form")!, []))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await system.PageAsync("/admin/accounts?q=xinren");
        (await system.SubmitAsync("/admin/accounts", (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelectorAll("tr[data-user='xinren'] form")[1], []))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string reset = Shown(await system.PageAsync("/admin/accounts"), "新密码");
        await Should.ThrowAsync<InvalidOperationException>(() => again.LoginAsync("xinren", password));
        await again.LoginAsync("xinren", reset);
        (await again.GetAsync("/inbox")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_input_and_the_administrators_accounts_are_refused_with_nothing_written()
    {
        using var system = await _server.LoginAsync("xitong");
        using var security = await _server.LoginAsync("anquan");
        string before = await _server.SnapshotAsync();
        int accounts;
        using (var db = _server.Db()) accounts = await db.Users.CountAsync();

        var shortPassword = await system.SubmitAsync("/admin/accounts", "#create-account", new() { ["UserName"] = "duan", ["DisplayName"] = "短", ["Password"] = "abc1" });
        shortPassword.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(shortPassword)).QuerySelector(".refusal")!.TextContent.ShouldContain("密码至少 8 位");
        var taken = await system.SubmitAsync("/admin/accounts", "#create-account", new() { ["UserName"] = "jingban", ["DisplayName"] = "重名" });
        (await Browser.ParseAsync(taken)).QuerySelector(".refusal")!.TextContent.ShouldContain("用户名“jingban”已被使用");

        using (var db = _server.Db())
        {
            string auditor = await db.Users.Where(a => a.UserName == "shenji").Select(a => a.Id).SingleAsync();
            string handler = await db.Users.Where(a => a.UserName == "jingban2").Select(a => a.Id).SingleAsync();
            string finance = await db.Users.Where(a => a.UserName == "caizheng").Select(a => a.Id).SingleAsync();
            var chengde = await db.Departments.Where(d => d.Name == "承德县医疗保障局").Select(d => d.Id).SingleAsync();
            var token = (await system.PageAsync("/admin/accounts")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var lockAuditor = await system.Client.PostAsync($"/admin/accounts?handler=Lock&id={auditor}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            lockAuditor.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await security.GetAsync($"/admin/roles/{auditor}")).Page.QuerySelector("#assign").ShouldBeNull();
            var promote = await security.SubmitAsync($"/admin/roles/{handler}", "#assign", new() { ["Role"] = "sysadmin" });
            promote.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            var outside = await security.SubmitAsync($"/admin/roles/{finance}", "#assign", new() { ["Role"] = "finance", ["RegionCode"] = "130822", ["Limits"] = chengde.ToString() });
            (await Browser.ParseAsync(outside)).QuerySelector(".refusal")!.TextContent.ShouldContain("限定的部门不在兴隆县：承德县医疗保障局");
            var noUnit = await security.SubmitAsync($"/admin/roles/{handler}", "#assign", new() { ["Role"] = "head", ["UnitId"] = "" });
            (await Browser.ParseAsync(noUnit)).QuerySelector(".refusal")!.TextContent.ShouldContain("请选择所属单位");
            string expert = await db.Users.Where(a => a.UserName == "zhuanjia").Select(a => a.Id).SingleAsync();
            var draft = await _server.RecordOfAsync("兴隆县医疗保障局本级");
            var unknown = await security.SubmitAsync($"/admin/roles/{expert}", "#assign-project", new() { ["RecordId"] = draft.ToString(), ["ProjectCode"] = "不存在" });
            (await Browser.ParseAsync(unknown)).QuerySelector(".refusal")!.TextContent.ShouldContain("这份预算没有编码为“不存在”的项目");
        }
        // the security administrator cannot create accounts, the system administrator cannot give roles
        (await security.GetAsync("/admin/accounts")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await system.GetAsync("/admin/roles")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await _server.SnapshotAsync()).ShouldBe(before);
        using (var db = _server.Db()) (await db.Users.CountAsync()).ShouldBe(accounts);
    }
}
