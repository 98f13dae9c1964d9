using Microsoft.Playwright;

namespace Jixiao.Web.Tests.InBrowser;

/// <summary>
/// Debian's chromium driven by Playwright (never a browser Playwright downloads), headless, on a fresh profile, with
/// the window of a 1366×768 office screen; each test's screenshots go to one folder (JIXIAO_SCREENSHOTS, or
/// screenshots/ beside the test assembly).
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public string Screenshots { get; }

    private Chromium(IPlaywright playwright, IBrowserContext context, IPage page, string profile, string screenshots)
    {
        _playwright = playwright;
        Context = context;
        Page = page;
        _profile = profile;
        Screenshots = screenshots;
    }

    public static async Task<Chromium> StartAsync()
    {
        if (!File.Exists(Executable)) throw new InvalidOperationException($"{Executable} 不存在：浏览器测试需要 Debian 的 chromium（apt-get install chromium）");
        var playwright = await Playwright.CreateAsync();
        string profile = Path.Combine(Path.GetTempPath(), "jixiao-chromium-" + Guid.NewGuid().ToString("N")[..12]);
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        var page = context.Pages.FirstOrDefault() ?? await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        string? given = Environment.GetEnvironmentVariable("JIXIAO_SCREENSHOTS");
        string screenshots = given is { Length: > 0 } ? given : Path.Combine(AppContext.BaseDirectory, "screenshots");
        // The default folder holds this run's screenshots only (a folder given by the caller is left as it is).
        if (given is not { Length: > 0 } && Directory.Exists(screenshots)) Directory.Delete(screenshots, recursive: true);
        Directory.CreateDirectory(screenshots);
        return new Chromium(playwright, context, page, profile, screenshots);
    }

    /// <summary>Saves the whole page as NAME.png and returns its path.</summary>
    public async Task<string> ShotAsync(string name)
    {
        string path = Path.Combine(Screenshots, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task LoginAsync(string baseUrl, string user)
    {
        await Page.GotoAsync(baseUrl + "/Account/Login");
        await Page.FillAsync("#UserName", user);
        await Page.FillAsync("#Password", TestServer.Password);
        await Page.ClickAsync("form button[type=submit]");
        try
        {
            await Page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            // say what the page said (a refusal, an error page) rather than only that it did not move on
            throw new TimeoutException($"{user} 登录后仍在 {Page.Url}：{await Page.InnerTextAsync("body")}", e);
        }
    }

    public async Task LogoutAsync()
    {
        await Page.ClickAsync("header .who button");
        await Page.WaitForURLAsync(u => u.Contains("/public", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
