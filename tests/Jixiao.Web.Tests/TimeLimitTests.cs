using System.Net;
using System.Text;
using Jixiao.Application.Demo;
using Jixiao.Web.Reviews;

namespace Jixiao.Web.Tests;

/// <summary>
/// An uploaded file is read within a time limit (<c>Jixiao:ReviewTimeoutSeconds</c>, here 1 s): a file still being read
/// then — the demo's published text repeated to 19 MB, which takes seconds — is reported unread when sent for review,
/// and refused with nothing saved when uploaded into a record.
/// </summary>
public sealed class TimeLimitTests : IAsyncLifetime
{
    private readonly TestServer _server = new(("Jixiao:ReviewTimeoutSeconds", "1"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly byte[] Large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(DemoFiles.Text(DemoFiles.UnitBudgetText), 300)));

    [Fact]
    public async Task A_file_that_takes_too_long_is_unread_for_review_and_refused_in_a_record()
    {
        using var finance = await _server.LoginAsync("caizheng");
        var uploaded = await ReviewTests.UploadAsync(finance, "/reviews", "Upload", [("很长的公开文件.txt", Large)]);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var review = await ReviewTests.CheckedAsync(_server, Guid.Parse(uploaded.Headers.Location!.ToString().Split('/')[^1]));
        review.State.ShouldBe(ReviewStates.Unread);
        review.Error.ShouldNotBeNull().ShouldContain("检查超时");

        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        string before = await _server.SnapshotAsync();
        var refused = await UploadAndOverviewTests.UploadAsync(handler, $"/records/{id}", "很长的公开文件.txt", Large);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(refused)).QuerySelector(".refusal")!.TextContent.ShouldContain("1 秒内未能读完");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }
}
