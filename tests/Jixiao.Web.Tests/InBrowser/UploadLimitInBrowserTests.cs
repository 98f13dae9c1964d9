using Microsoft.Playwright;

namespace Jixiao.Web.Tests.InBrowser;

/// <summary>
/// A file over the upload limit is refused in the browser before it is sent, with its size and the limit, rather than
/// cut off by the server mid-upload and reported as a broken connection; nothing reaches the server.
/// </summary>
[Collection(Alone.Name)]
public sealed class UploadLimitInBrowserTests : IAsyncLifetime
{
    private const int Limit = 300 * 1024;
    private TestServer _server = null!;
    private Chromium _chromium = null!;

    public async ValueTask InitializeAsync()
    {
        _server = TestServer.WithKestrel(("Jixiao:MaxUploadBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _chromium = await Chromium.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_sent()
    {
        var page = _chromium.Page;
        await _chromium.LoginAsync(_server.Address, "jingban");
        var record = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        await page.GotoAsync($"{_server.Address}/records/{record}");
        string big = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}", "大文件.json");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        await File.WriteAllBytesAsync(big, new byte[400 * 1024]);
        int uploads = 0;
        page.Request += (_, request) => { if (request.Url.Contains("handler=Upload", StringComparison.Ordinal)) uploads++; };
        string before = await _server.SnapshotAsync();

        await page.SetInputFilesAsync("#upload input[type=file]", big);
        await page.ClickAsync("#upload button[type=submit]");
        var said = page.Locator("#upload .upload-progress.refused [data-progress-text]");
        await said.WaitForAsync();
        (await said.TextContentAsync()).ShouldBe("“大文件.json”有 400 KiB，超过了 300 KiB 的上限，未上传");
        await page.Locator("#upload").ScrollIntoViewIfNeededAsync();
        await _chromium.ShotAsync("05d-上传超过上限");
        uploads.ShouldBe(0);
        page.Url.ShouldBe($"{_server.Address}/records/{record}");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Files_over_the_limit_together_are_refused_before_they_are_sent()
    {
        var page = _chromium.Page;
        await _chromium.LoginAsync(_server.Address, "caizheng");
        await page.GotoAsync($"{_server.Address}/reviews");
        string folder = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        string[] files = [Path.Combine(folder, "一.pdf"), Path.Combine(folder, "二.pdf")];
        foreach (var f in files) await File.WriteAllBytesAsync(f, new byte[200 * 1024]);
        int uploads = 0;
        page.Request += (_, request) => { if (request.Method == "POST") uploads++; };
        string before = await _server.SnapshotAsync();

        await page.SetInputFilesAsync("#files", files);
        await page.ClickAsync("#review-upload button[type=submit]");
        var said = page.Locator("#review-upload .upload-progress.refused [data-progress-text]");
        await said.WaitForAsync();
        (await said.TextContentAsync()).ShouldBe("所选 2 个文件共 400 KiB，超过了 300 KiB 的上限，未上传");
        uploads.ShouldBe(0);
        (await _server.SnapshotAsync()).ShouldBe(before);
    }
}
