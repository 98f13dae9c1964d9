using System.Net;
using System.Net.Http.Headers;
using Jixiao.Data;
using Jixiao.Web.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// The review service: a reviewer uploads published documents; the checker reads them off the request path; the
/// findings show on their pages; each is confirmed or dismissed with a reason; replacing the file reopens the review;
/// the quality page counts the decisions per rule. Files that cannot be checked are refused or reported unread.
/// </summary>
public sealed class ReviewTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    internal static async Task<HttpResponseMessage> UploadAsync(Browser browser, string url, string handler, IEnumerable<(string Name, byte[] Content)> files, string? version = null)
    {
        var page = await browser.PageAsync(url);
        var multipart = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        if (version is not null) multipart.Add(new StringContent(version), "Version");
        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            multipart.Add(file, handler == "Replace" ? "file" : "files", name);
        }
        return await browser.Client.PostAsync($"{url}?handler={handler}", multipart);
    }

    /// <summary>Waits for the checker to finish the review's current file (it runs in the background).</summary>
    internal static async Task<DocumentReview> CheckedAsync(TestServer server, Guid id)
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            using var db = server.Db();
            var review = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == id);
            if (review.State != ReviewStates.Checking) return review;
            if (DateTime.UtcNow > until) throw new TimeoutException($"复核 {id} 三分钟内未检查完");
            await Task.Delay(200);
        }
    }

    private static Guid IdOf(HttpResponseMessage redirect) =>
        Guid.Parse(redirect.Headers.Location!.ToString().Split('/')[^1]);

    [Fact]
    public async Task A_reviewer_sees_both_planted_defects_on_their_pages_confirms_one_and_dismisses_the_other()
    {
        using var finance = await _server.LoginAsync("caizheng");
        var uploaded = await UploadAsync(finance, "/reviews", "Upload", [("兴隆县医疗保障局2021年单位预算公开.pdf", await File.ReadAllBytesAsync(PlantedDefects.PdfPath))]);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = IdOf(uploaded);
        var review = await CheckedAsync(_server, id);
        review.State.ShouldBe(ReviewStates.Open, review.Error);
        review.UnitName.ShouldBe("362001兴隆县医疗保障局本级");
        review.Year.ShouldBe(2021);

        string url = $"/reviews/{id}";
        var page = await finance.PageAsync(url);
        var roots = page.QuerySelectorAll("#findings .review-item");
        roots.Length.ShouldBe(2, page.QuerySelector("#findings")?.TextContent);
        // 表1's income total was typed 0.50 over its parts (6,596.36 + 0.50); 表3's 2080501 basic spending 1.00 over
        // (10.88 + 1.00), so that its 20805 row (48.84) no longer sums its rows (48.84 + 1.00).
        var first = page.QuerySelector($"[data-page='{PlantedDefects.FirstPage}'] .review-item")!;
        first.GetAttribute("data-rule").ShouldBe("TBL-SUM-03");
        first.TextContent.ShouldContain((6596.36m + 0.50m).ToString("0.00"));
        var second = page.QuerySelector($"[data-page='{PlantedDefects.SecondPage}'] .review-item")!;
        second.GetAttribute("data-rule").ShouldBe("TBL-SUM-01");
        second.TextContent.ShouldContain((48.84m + 1.00m).ToString("0.00"));
        // each beside its page, drawn with the findings boxed
        foreach (int n in new[] { PlantedDefects.FirstPage, PlantedDefects.SecondPage })
        {
            var image = await finance.Client.GetAsync($"{url}?handler=Page&n={n}");
            image.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await image.Content.ReadAsByteArrayAsync())[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        }
        var annotated = await finance.Client.GetByteArrayAsync($"{url}?handler=File&which=annotated");
        System.Text.Encoding.ASCII.GetString(annotated, 0, 5).ShouldBe("%PDF-");

        // a dismissal without a reason is refused, and nothing is written
        string before = await _server.SnapshotAsync();
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)second.QuerySelector("form")!;
        var refused = await finance.SubmitAsync(url, form, new() { ["Decision"] = ReviewDecisions.Dismissed });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(refused)).QuerySelector(".refusal")!.TextContent.ShouldContain("驳回一项发现须写明理由");
        (await _server.SnapshotAsync()).ShouldBe(before);

        (await finance.SubmitAsync(url, (AngleSharp.Html.Dom.IHtmlFormElement)first.QuerySelector("form")!, new() { ["Decision"] = ReviewDecisions.Confirmed }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await finance.SubmitAsync(url, form, new() { ["Decision"] = ReviewDecisions.Dismissed, ["Reason"] = "离退休费按实际发放数调整，已核实" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // a second reviewer deciding on what they saw before: told, not overwritten
        var stale = await finance.SubmitAsync(url, form, new() { ["Decision"] = ReviewDecisions.Confirmed });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        using (var db = _server.Db())
        {
            var decided = await db.ReviewItems.AsNoTracking().Where(i => i.ReviewId == id && i.Decision != null).OrderBy(i => i.Index).ToListAsync();
            decided.Select(i => (i.RuleId, i.Decision)).ShouldBe([("TBL-SUM-03", ReviewDecisions.Confirmed), ("TBL-SUM-01", ReviewDecisions.Dismissed)]);
            (await db.Reviews.SingleAsync(r => r.Id == id)).State.ShouldBe(ReviewStates.Done);
        }
        var quality = await finance.PageAsync("/reviews/quality");
        quality.QuerySelector("tr[data-rule='TBL-SUM-03'] .confirmed")!.TextContent.ShouldBe("1");
        quality.QuerySelector("tr[data-rule='TBL-SUM-01'] .dismissed")!.TextContent.ShouldBe("1");
        quality.QuerySelector("tr[data-rule='TBL-SUM-01']")!.TextContent.ShouldContain("离退休费按实际发放数调整");

        // Replacing the file reopens the review on the new file; the decisions on the old one stay.
        var replaced = await UploadAsync(finance, url, "Replace", [("兴隆县医疗保障局2021年单位预算公开.txt",
            System.Text.Encoding.UTF8.GetBytes(Jixiao.Application.Demo.DemoFiles.Text(Jixiao.Application.Demo.DemoFiles.UnitBudgetText)))],
            version: (await finance.PageAsync(url)).QuerySelector("#replace input[name=Version]")!.GetAttribute("value"));
        replaced.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        review = await CheckedAsync(_server, id);
        review.FileVersion.ShouldBe(2);
        review.State.ShouldBe(ReviewStates.Open);
        page = await finance.PageAsync(url);
        page.QuerySelectorAll(".review-item[data-decision]").Where(e => e.GetAttribute("data-decision") is { Length: > 0 }).ShouldBeEmpty();
        page.QuerySelector("aside")!.TextContent.ShouldContain("此前的文件上已作出 2 项决定");
        (await finance.PageAsync("/reviews/quality")).QuerySelector("tr[data-rule='TBL-SUM-03'] .confirmed")!.TextContent.ShouldBe("1");
    }

    [Fact]
    public async Task Files_that_cannot_be_checked_are_refused_with_nothing_saved_or_reported_unread()
    {
        using var finance = await _server.LoginAsync("caizheng");
        string before = await _server.SnapshotAsync();
        var wrongKind = await UploadAsync(finance, "/reviews", "Upload", [("预算.pdf", "%PDF-1.4 x"u8.ToArray()), ("setup.exe", [1, 2, 3])]);
        wrongKind.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(wrongKind)).QuerySelector(".refusal")!.TextContent.ShouldContain("“setup.exe”不是可以检查的文件");
        var empty = await UploadAsync(finance, "/reviews", "Upload", [("空.pdf", [])]);
        empty.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(empty)).QuerySelector(".refusal")!.TextContent.ShouldContain("“空.pdf”是空文件");
        (await _server.SnapshotAsync()).ShouldBe(before);

        // A file that claims to be a PDF and is not: taken, then reported as unread — no rule judged on it.
        var broken = await UploadAsync(finance, "/reviews", "Upload", [("坏的.pdf", "这不是 PDF"u8.ToArray())]);
        var review = await CheckedAsync(_server, IdOf(broken));
        review.State.ShouldBe(ReviewStates.Unread);
        review.Error.ShouldNotBeNull().ShouldContain("坏的.pdf");
        using var db = _server.Db();
        (await db.ReviewItems.CountAsync(i => i.ReviewId == review.Id)).ShouldBe(0);
        (await finance.PageAsync($"/reviews/{review.Id}")).QuerySelector(".refusal")!.TextContent.ShouldContain("无法读取");
    }

    [Fact]
    public async Task A_review_is_seen_in_its_scope_only()
    {
        using var finance = await _server.LoginAsync("caizheng");
        var uploaded = await UploadAsync(finance, "/reviews", "Upload", [("兴隆.txt",
            System.Text.Encoding.UTF8.GetBytes(Jixiao.Application.Demo.DemoFiles.Text(Jixiao.Application.Demo.DemoFiles.UnitBudgetText)))]);
        var id = IdOf(uploaded);
        await CheckedAsync(_server, id);
        // the demo's review was uploaded by the department (孙主管): the bureau of its region sees it too
        using var db = _server.Db();
        var departments = await db.Reviews.Where(r => r.DepartmentId != null).Select(r => r.Id).SingleAsync();
        (await finance.GetAsync($"/reviews/{departments}")).Status.ShouldBe(HttpStatusCode.OK);
        foreach (var (user, status) in new[] { ("caizheng-cd", HttpStatusCode.NotFound), ("zhuguan", HttpStatusCode.NotFound), ("zhuanjia", HttpStatusCode.NotFound),
                     ("jingban", HttpStatusCode.Forbidden) })
        {
            using var other = await _server.LoginAsync(user);
            (await other.GetAsync($"/reviews/{id}")).Status.ShouldBe(status, user);
            (await other.GetAsync($"/reviews/{id}?handler=File")).Status.ShouldBe(status, user);
        }
        // the department's reviewer finds the document it sent waiting in the inbox
        using (var department = await _server.LoginAsync("zhuguan"))
        {
            await _server.SnapshotAsync();
            var inbox = await department.PageAsync("/inbox");
            inbox.QuerySelector($"a[href='/reviews/{departments}']").ShouldNotBeNull();
            inbox.QuerySelector("main table")!.TextContent.ShouldContain("文件复核");
        }
        using var region = await _server.LoginAsync("caizheng-cd");
        (await region.PageAsync("/reviews")).QuerySelectorAll("tr[data-review]").ShouldBeEmpty();
    }
}
