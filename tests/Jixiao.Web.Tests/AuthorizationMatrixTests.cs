using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Jixiao.Application.Workflow;
using Jixiao.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// The authorization matrix, derived from docs/roles.md: the code's capability table is the document's, row by row;
/// every page and post handler of the application states the capability it needs and has an entry in the route table
/// below (a route added without one fails here); and every route is called by every role — plus a handler of another
/// unit of the same department and accounts of another region — on the demo's real records: a role without the
/// capability is refused (403, or the login page for the anonymous), a record outside the scope is not found (404),
/// and an allowed call is neither.
/// </summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>How to call each route on the record of 兴隆县医疗保障局本级 (the demo's draft), and the public one.</summary>
    /// <summary>A page (its path, and handler for a post) or an API endpoint (Page = "api " + its route pattern).</summary>
    /// <remarks>
    /// <paramref name="OnRecord"/>: the route is on one record (or reviewed document), refused as not found outside the
    /// caller's scope; <paramref name="InScope"/>, when given, says who is in the scope of that route's object instead of
    /// the draft's (a reviewed document is shared by the reviewers who uploaded it and the finance bureau of its region).
    /// </remarks>
    private sealed record Route(string Method, string Page, string? Handler, Func<Ids, string> Url, bool OnRecord, Dictionary<string, string>? Form = null,
        string? Json = null, string[]? InScope = null)
    {
        public bool IsApi => Page.StartsWith("api ", StringComparison.Ordinal);
    }

    /// <summary>The draft and published record, a published file, and a PDF sent for review by the department with one of its findings.</summary>
    private sealed record Ids(Guid Draft, Guid Published, Guid PublishedFile, Guid Review, Guid ReviewItem, string Account)
    {
        /// <summary>The draft's project assigned to the demo's expert (its first).</summary>
        public required string Project { get; init; }

        /// <summary>A 整改 task of the draft, owned by its 经办人.</summary>
        public required Guid Task { get; init; }

        /// <summary>An evidence file of the expert's project's self-evaluation.</summary>
        public required Guid Evidence { get; init; }

        /// <summary>An API token of the draft's 经办人 (only its owner may revoke it).</summary>
        public required Guid Token { get; init; }
    }

    /// <summary>Who sees the draft as a whole (its disclosure): its unit, department and region — not the expert of one project.</summary>
    private static readonly string[] WholeRecordScope = ["jingban", "fuze", "zhuguan", "caizheng"];

    /// <summary>Who is in the scope of the department's reviewed document.</summary>
    private static readonly string[] ReviewScope = ["zhuguan", "caizheng"];

    private static readonly Dictionary<string, string> ValidLine = new()
    {
        ["Version"] = "0", ["Line.Functional"] = "2101501", ["Line.Economic"] = "30101", ["Line.Kind"] = "人员经费", ["Line.Source"] = "一般公共预算", ["Line.Amount"] = "1.00",
    };

    private static readonly Route[] Routes =
    [
        new("GET", "/Index", null, _ => "/", false),
        new("GET", "/Inbox", null, _ => "/inbox", false),
        new("GET", "/Records/Index", null, _ => "/records", false),
        new("GET", "/Records/Record", null, i => $"/records/{i.Draft}", true),
        new("GET", "/Records/Record", "Template", i => $"/records/{i.Draft}?handler=Template", true, InScope: WholeRecordScope),
        new("POST", "/Records/Record", "PreviewLine", i => $"/records/{i.Draft}?handler=PreviewLine", true, ValidLine),
        new("POST", "/Records/Record", "AddLine", i => $"/records/{i.Draft}?handler=AddLine", true, ValidLine),
        new("POST", "/Records/Record", "EditLine", i => $"/records/{i.Draft}?handler=EditLine", true, new(ValidLine) { ["Line.Id"] = "L1" }),
        new("POST", "/Records/Record", "DeleteLine", i => $"/records/{i.Draft}?handler=DeleteLine", true, new() { ["Version"] = "0", ["lineId"] = "L9999" }),
        new("POST", "/Records/Record", "NextYear", i => $"/records/{i.Draft}?handler=NextYear", true, []),
        new("POST", "/Records/Record", "Upload", i => $"/records/{i.Draft}?handler=Upload", true, new() { ["Version"] = "0" }),
        new("POST", "/Records/Record", "Submit", i => $"/records/{i.Draft}?handler=Submit", true, new() { ["Version"] = "0" }),
        new("POST", "/Records/Record", "Pass", i => $"/records/{i.Draft}?handler=Pass", true, new() { ["Version"] = "0" }),
        new("POST", "/Records/Record", "Return", i => $"/records/{i.Draft}?handler=Return", true, new() { ["Version"] = "0", ["Reason"] = "矩阵测试" }),
        new("POST", "/Records/Record", "Publish", i => $"/records/{i.Draft}?handler=Publish", true, new() { ["Version"] = "0" }),
        new("GET", "/Records/Project", null, i => $"/records/{i.Draft}/projects/{i.Project}", true),
        new("GET", "/Records/Project", "Suggestions", i => $"/records/{i.Draft}/projects/{i.Project}?handler=Suggestions&level2=数量指标", true),
        new("POST", "/Records/Project", "Preview", i => $"/records/{i.Draft}/projects/{i.Project}?handler=Preview", true,
            new() { ["Version"] = "0", ["Indicator.Level2"] = "数量指标", ["Indicator.Name"] = "矩阵", ["Indicator.Target"] = "1" }),
        new("POST", "/Records/Project", "Save", i => $"/records/{i.Draft}/projects/{i.Project}?handler=Save", true,
            new() { ["Version"] = "0", ["Indicator.Level2"] = "数量指标", ["Indicator.Name"] = "矩阵", ["Indicator.Target"] = "1" }),
        new("POST", "/Records/Project", "Delete", i => $"/records/{i.Draft}/projects/{i.Project}?handler=Delete&index=999", true, new() { ["Version"] = "0" }),
        new("GET", "/Records/Monitoring", null, i => $"/records/{i.Draft}/monitoring?date=2021-06-30", true),
        new("POST", "/Records/Monitoring", "CreateTask", i => $"/records/{i.Draft}/monitoring?handler=CreateTask", true, new() { ["Issue"] = "矩阵测试" }),
        new("POST", "/Records/Monitoring", "Answer", i => $"/records/{i.Draft}/monitoring?handler=Answer&task={i.Task}", true,
            new() { ["Version"] = "0", ["Answer"] = "矩阵测试", ["done"] = "false" }),
        new("GET", "/Records/Evaluation", null, i => $"/records/{i.Draft}/evaluation/{i.Project}", true),
        new("GET", "/Records/Evaluation", "Evidence", i => $"/records/{i.Draft}/evaluation/{i.Project}?handler=Evidence&evidence={i.Evidence}", true),
        new("POST", "/Records/Evaluation", "Preview", i => $"/records/{i.Draft}/evaluation/{i.Project}?handler=Preview", true, new() { ["Version"] = "0" }),
        new("POST", "/Records/Evaluation", "Save", i => $"/records/{i.Draft}/evaluation/{i.Project}?handler=Save", true, new() { ["Version"] = "0" }),
        new("POST", "/Records/Evaluation", "UploadEvidence", i => $"/records/{i.Draft}/evaluation/{i.Project}?handler=UploadEvidence&item=x", true, []),
        new("POST", "/Records/Evaluation", "ReviewEvidence", i => $"/records/{i.Draft}/evaluation/{i.Project}?handler=ReviewEvidence&evidence={i.Evidence}", true,
            new() { ["Version"] = "0", ["accepted"] = "true" }),
        new("GET", "/Records/Disclosure", null, i => $"/records/{i.Draft}/disclosure", true, InScope: WholeRecordScope),
        new("GET", "/Records/Disclosure", "File", i => $"/records/{i.Draft}/disclosure?handler=File&name=预算公开表.json", true, InScope: WholeRecordScope),
        new("GET", "/Public/Index", null, _ => "/public", false),
        new("GET", "/Public/Record", null, i => $"/public/records/{i.Published}", false),
        new("GET", "/Public/File", null, i => $"/public/files/{i.PublishedFile}", false),
        new("GET", "/Audit/Index", null, _ => "/audit", false),
        new("GET", "/Overview/Index", null, _ => "/overview", false),
        new("GET", "/Departments/Index", null, _ => "/departments", false),
        new("GET", "/Overview/Index", "Export", _ => "/overview?handler=Export&format=csv", false),
        new("POST", "/Audit/Index", "Verify", _ => "/audit?handler=Verify", false, []),
        new("GET", "/Account/Login", null, _ => "/Account/Login", false),
        new("POST", "/Account/Login", null, _ => "/Account/Login", false, new() { ["UserName"] = "nobody", ["Password"] = "wrong-password" }),
        new("GET", "/Error", null, _ => "/Error?code=404", false),
        new("POST", "/Error", null, _ => "/Error?code=404", false, []),
        new("GET", "api /api/records", null, _ => "/api/records", false),
        new("GET", "api /api/records/{id:guid}", null, i => $"/api/records/{i.Draft}", true, InScope: WholeRecordScope),
        new("GET", "api /api/records/{id:guid}/package", null, i => $"/api/records/{i.Draft}/package", true, InScope: WholeRecordScope),
        new("PUT", "api /api/records/{id:guid}/package", null, i => $"/api/records/{i.Draft}/package", true, Json: "{}"),
        new("POST", "api /api/records/{id:guid}/transitions", null, i => $"/api/records/{i.Draft}/transitions", true, Json: """{"action":"Submit"}"""),
        new("GET", "api /api/public/records", null, _ => "/api/public/records", false),
        new("GET", "api /api/public/records/{id:guid}/package", null, i => $"/api/public/records/{i.Published}/package", false),
        new("GET", "api /openapi/{documentName}.json", null, _ => "/openapi/v1.json", false),
        new("GET", "api /open-data/records/{id:guid}/{file}", null, i => $"/open-data/records/{i.Published}/datapackage.json", false),
        new("GET", "api /open-data/{year:int}/{file}", null, _ => "/open-data/2021/budget-lines.csv", false),
        new("GET", "api /open-data/{year:int}/{region}/{file}", null, _ => "/open-data/2021/130822/budget-lines.json", false),
        // Last: logging out ends the caller's session.
        new("GET", "/Reviews/Index", null, _ => "/reviews", false),
        new("POST", "/Reviews/Index", "Upload", _ => "/reviews?handler=Upload", false, []),
        new("GET", "/Reviews/Review", null, i => $"/reviews/{i.Review}", true, InScope: ReviewScope),
        new("GET", "/Reviews/Review", "Page", i => $"/reviews/{i.Review}?handler=Page&n=1", true, InScope: ReviewScope),
        new("GET", "/Reviews/Review", "File", i => $"/reviews/{i.Review}?handler=File", true, InScope: ReviewScope),
        new("POST", "/Reviews/Review", "Decide", i => $"/reviews/{i.Review}?handler=Decide&item={i.ReviewItem}", true,
            new() { ["Version"] = "0", ["Decision"] = "确认" }, InScope: ReviewScope),
        new("POST", "/Reviews/Review", "Replace", i => $"/reviews/{i.Review}?handler=Replace", true, new() { ["Version"] = "0" }, InScope: ReviewScope),
        new("GET", "/Reviews/Quality", null, _ => "/reviews/quality", false),
        new("GET", "/Admin/Accounts", null, _ => "/admin/accounts", false),
        new("POST", "/Admin/Accounts", "Create", _ => "/admin/accounts?handler=Create", false, []),
        new("POST", "/Admin/Accounts", "Lock", i => $"/admin/accounts?handler=Lock&id={i.Account}", false, []),
        new("POST", "/Admin/Accounts", "Unlock", i => $"/admin/accounts?handler=Unlock&id={i.Account}", false, []),
        new("POST", "/Admin/Accounts", "ResetPassword", i => $"/admin/accounts?handler=ResetPassword&id={i.Account}", false, []),
        new("GET", "/Admin/Roles", null, _ => "/admin/roles", false),
        new("GET", "/Admin/Role", null, i => $"/admin/roles/{i.Account}", false),
        new("POST", "/Admin/Role", "Assign", i => $"/admin/roles/{i.Account}?handler=Assign", false, []),
        new("POST", "/Admin/Role", "AssignProject", i => $"/admin/roles/{i.Account}?handler=AssignProject", false, []),
        new("POST", "/Admin/Role", "UnassignProject", i => $"/admin/roles/{i.Account}?handler=UnassignProject&record={i.Draft}&project=x", false, []),
        new("GET", "/Account/Tokens", null, _ => "/account/tokens", false),
        new("POST", "/Account/Tokens", "Create", _ => "/account/tokens?handler=Create", false, new() { ["Name"] = "矩阵", ["Days"] = "1" }),
        new("POST", "/Account/Tokens", "Revoke", i => $"/account/tokens?handler=Revoke&token={i.Token}", true, [], InScope: ["jingban"]),
        new("GET", "/Account/Logout", null, _ => "/Account/Logout", false),
        new("POST", "/Account/Logout", null, _ => "/Account/Logout", false, []),
    ];

    /// <summary>The accounts tried: every role, and who stands outside the draft's scope.</summary>
    private static readonly (string? User, Role? Role, bool InScope)[] Callers =
    [
        (null, null, false),
        ("jingban", Role.Handler, true),
        ("fuze", Role.Head, true),
        ("zhuguan", Role.Department, true),
        ("caizheng", Role.Finance, true),
        ("zhuanjia", Role.Expert, true),
        ("xitong", Role.SystemAdministrator, false),
        ("anquan", Role.SecurityAdministrator, false),
        ("shenji", Role.AuditAdministrator, false),
        ("jingban2", Role.Handler, false),   // another unit of the same department
        ("chengde", Role.Handler, false),    // another region
        ("caizheng-cd", Role.Finance, false), // another region's finance bureau
    ];

    [Fact]
    public void The_capability_table_is_the_documented_one()
    {
        var doc = File.ReadAllLines(Path.Combine(Jixiao.Documents.Tests.SeedFiles.RepositoryRoot(), "docs", "roles.md"));
        int header = Array.FindIndex(doc, l => l.StartsWith("| capability | code |", StringComparison.Ordinal));
        header.ShouldBeGreaterThan(0);
        var columns = doc[header].Split('|', StringSplitOptions.TrimEntries)[3..^1];
        var documented = new Dictionary<Capability, (HashSet<Role> Roles, bool Anonymous)>();
        foreach (var row in doc.Skip(header + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries)[1..^1];
            var capability = Enum.Parse<Capability>(cells[1].Trim('`'));
            var roles = new HashSet<Role>();
            bool anonymous = false;
            for (int c = 0; c < columns.Length; c++)
            {
                if (!cells[c + 2].StartsWith('✓')) continue;
                if (columns[c] == "anonymous") anonymous = true;
                else roles.Add(Roles.FromCode(columns[c]) ?? throw new InvalidOperationException(columns[c]));
            }
            documented[capability] = (roles, anonymous);
        }
        documented.Keys.ShouldBe(Enum.GetValues<Capability>(), ignoreOrder: true);
        foreach (var (capability, (roles, anonymous)) in documented)
        {
            Capabilities.Table[capability].Roles.ShouldBe(roles, ignoreOrder: true, capability.ToString());
            Capabilities.Table[capability].Anonymous.ShouldBe(anonymous, capability.ToString());
        }
    }

    [Fact]
    public void Every_page_and_handler_states_its_capability_and_has_a_route_entry()
    {
        var pages = PageModels();
        pages.Count.ShouldBeGreaterThan(8);
        var entries = Routes.Select(r => (r.Method, r.Page, r.Handler)).ToHashSet();
        foreach (var (page, model) in pages)
        {
            (model.GetCustomAttribute<NeedsAttribute>() is not null || model.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
                .ShouldBeTrue($"{page} 未声明所需权限（[Needs] 或 [AllowAnonymous]）");
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var m = Regex.Match(method.Name, "^On(Get|Post)(.*?)(Async)?$");
                if (!m.Success) continue;
                string verb = m.Groups[1].Value.ToUpperInvariant();
                string? handler = m.Groups[2].Value is { Length: > 0 } h ? h : null;
                if (verb == "POST") method.GetCustomAttribute<HandlerNeedsAttribute>().ShouldNotBeNull($"{page} {method.Name} 未声明所需权限（[HandlerNeeds]）");
                entries.ShouldContain((verb, page, handler), $"{verb} {page} {handler} 没有列入授权矩阵测试的路由表");
            }
        }
        // The API: every endpoint outside the pages states what it needs (or is open) and has an entry.
        var api = ApiEndpoints();
        api.Count.ShouldBeGreaterThan(5);
        foreach (var ((method, pattern), needs) in api)
        {
            needs.ShouldNotBeNull($"{method} {pattern} 未声明所需权限（[Needs] 或 AllowAnonymous）");
            entries.ShouldContain((method, "api " + pattern, (string?)null), $"{method} {pattern} 没有列入授权矩阵测试的路由表");
        }
        // And no entry names a route that is gone.
        foreach (var r in Routes)
            (r.IsApi ? api.ContainsKey((r.Method, r.Page[4..])) : pages.ContainsKey(r.Page)).ShouldBeTrue($"{r.Method} {r.Page} 已不存在");
    }

    [Fact]
    public async Task Every_route_answers_every_caller_as_the_table_says()
    {
        var services = _server.Services;
        var ids = await IdsAsync();
        var pages = PageModels();
        var failures = new List<string>();
        foreach (var (user, role, inScope) in Callers)
        {
            using var browser = user is null ? _server.Browser() : await _server.LoginAsync(user);
            string token = await TokenAsync(browser, user is null ? "/Account/Login" : "/public");
            var api = ApiEndpoints();
            foreach (var route in Routes)
            {
                var needs = route.IsApi ? api[(route.Method, route.Page[4..])]!.Value.Capabilities : Needs(pages[route.Page], route);
                string url = route.Url(ids);
                var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
                if (route.Json is not null)
                {
                    request.Content = new StringContent(route.Json, System.Text.Encoding.UTF8, "application/json");
                    request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
                }
                else if (route.Method == "POST")
                    request.Content = new FormUrlEncodedContent(new Dictionary<string, string>(route.Form ?? []) { ["__RequestVerificationToken"] = token });
                var response = await browser.Client.SendAsync(request);
                var status = response.StatusCode;
                bool open = needs is null;
                bool allowed = open || needs!.Any(c => Capabilities.Allows(c, role));
                string who = user ?? "匿名";
                string what = $"{who} {route.Method} {url}: {(int)status}";
                if (!allowed)
                {
                    bool refused = role is null
                        ? route.IsApi ? status == HttpStatusCode.Unauthorized
                            : status == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal)
                        : status == HttpStatusCode.Forbidden;
                    if (!refused) failures.Add(what + "，应拒绝");
                }
                else if (route.OnRecord && !(route.InScope is { } scope ? scope.Contains(user) : inScope) && !open)
                {
                    if (status != HttpStatusCode.NotFound) failures.Add(what + "，不在范围内，应为 404");
                }
                else if (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.InternalServerError
                         || (route.IsApi && status == HttpStatusCode.Unauthorized)
                         || (role is null && status == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal)))
                {
                    failures.Add(what + "，应允许");
                }
            }
        }
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    private static IReadOnlyList<Capability>? Needs(Type model, Route route)
    {
        if (route.Method == "POST")
        {
            var method = model.GetMethods().First(m => Regex.IsMatch(m.Name, $"^OnPost{route.Handler}(Async)?$"));
            var handlerNeeds = method.GetCustomAttribute<HandlerNeedsAttribute>()!;
            if (handlerNeeds.Capabilities.Count > 0) return handlerNeeds.Capabilities;
        }
        return model.GetCustomAttribute<NeedsAttribute>() is { } needs ? needs.Capabilities : null;
    }

    /// <summary>
    /// The endpoints that are not pages, by method and route pattern, with what they need: their capabilities, an empty
    /// list when they are open to all, null when they state nothing.
    /// </summary>
    private Dictionary<(string Method, string Pattern), (IReadOnlyList<Capability>? Capabilities, bool)?> ApiEndpoints()
    {
        var result = new Dictionary<(string, string), (IReadOnlyList<Capability>?, bool)?>();
        foreach (var e in _server.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
                     .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>())
        {
            if (e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null) continue;
            if (e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is not null) continue;
            var methods = e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            (IReadOnlyList<Capability>?, bool)? needs = e.Metadata.GetMetadata<NeedsAttribute>() is { } n ? (n.Capabilities, true)
                : e.Metadata.GetMetadata<IAllowAnonymous>() is not null ? (null, true) : null;
            foreach (var m in methods) result[(m, e.RoutePattern.RawText!)] = needs;
        }
        return result;
    }

    /// <summary>Each Razor page of the application (its path as /Folder/Name) with its page model.</summary>
    private static Dictionary<string, Type> PageModels()
    {
        var assembly = typeof(Jixiao.Web.JixiaoApp).Assembly;
        return assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(a => a.Kind == "mvc.1.0.razor-page")
            .ToDictionary(a => a.Identifier.Replace("/Pages", "", StringComparison.Ordinal).Replace(".cshtml", "", StringComparison.Ordinal),
                a => a.Type.GetProperty("Model")!.PropertyType);
    }

    private static async Task<string> TokenAsync(Browser browser, string page) =>
        (await browser.PageAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private async Task<Ids> IdsAsync()
    {
        var draft = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        var published = await _server.RecordOfAsync("兴隆县医疗保险服务中心", "已公开");
        using var db = _server.Db();
        var file = db.Files.First(f => f.RecordId == published).Id;
        // a PDF with findings on its pages, uploaded by the department's reviewer and checked
        using var department = await _server.LoginAsync("zhuguan");
        var uploaded = await ReviewTests.UploadAsync(department, "/reviews", "Upload", [("表.pdf", await File.ReadAllBytesAsync(PlantedDefects.PdfPath))]);
        var review = Guid.Parse(uploaded.Headers.Location!.ToString().Split('/')[^1]);
        (await ReviewTests.CheckedAsync(_server, review)).State.ShouldBe(Jixiao.Web.Reviews.ReviewStates.Open);
        var item = db.ReviewItems.Where(i => i.ReviewId == review && i.CausedBy == null).Select(i => i.Id).First();
        // an account of no role for the administrators' routes (locked, unlocked, its password reset by the matrix)
        var target = new Jixiao.Data.Account { UserName = "matrix-target", DisplayName = "矩阵测试", Role = "" };
        var created = await _server.Services.CreateScope().ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Jixiao.Data.Account>>()
            .CreateAsync(target, TestServer.Password);
        created.Succeeded.ShouldBeTrue();
        var project = db.ExpertAssignments.Where(a => a.RecordId == draft).Select(a => a.ProjectCode).First();
        var owner = db.Users.Where(a => a.UserName == "jingban").Select(a => a.Id).First();
        var task = new Jixiao.Data.RectificationTask
        {
            RecordId = draft, Issue = "矩阵测试", OwnerId = owner, DueDate = new DateOnly(2099, 1, 1), State = "待整改", CreatorId = owner, CreatedUtc = DateTime.UtcNow,
        };
        db.Rectifications.Add(task);
        var stored = new Jixiao.Data.StoredFile
        {
            Sha256 = _server.Services.GetRequiredService<Jixiao.Web.Records.FileStore>().PutAsync("矩阵"u8.ToArray()).GetAwaiter().GetResult(),
            Name = "矩阵.txt", Size = 6, MediaType = "text/plain", UploaderId = owner, CreatedUtc = DateTime.UtcNow, RecordId = draft, Purpose = "evidence",
        };
        db.Files.Add(stored);
        var evidence = new Jixiao.Data.EvidenceFile
        {
            RecordId = draft, ProjectCode = project, ItemKey = "预算执行率", FileId = stored.Id, UploaderId = owner, CreatedUtc = DateTime.UtcNow, State = "待审核",
        };
        db.Evidence.Add(evidence);
        var token = new Jixiao.Data.ApiToken
        {
            AccountId = owner, Name = "矩阵", Prefix = "jx_matrix", Hash = new string('0', 64), CreatedUtc = DateTime.UtcNow, ExpiresUtc = DateTime.UtcNow.AddDays(1),
        };
        db.ApiTokens.Add(token);
        db.SaveChanges();
        return new Ids(draft, published, file, review, item, target.Id) { Project = project, Task = task.Id, Evidence = evidence.Id, Token = token.Id };
    }
}
