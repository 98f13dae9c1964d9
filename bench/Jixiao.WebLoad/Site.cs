using System.Net;
using AngleSharp.Html.Parser;
using Jixiao.Web;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace Jixiao.WebLoad;

/// <summary>
/// A Jixiao server for a measurement: on a fresh data folder (SQLite) or a fresh database on the given PostgreSQL
/// server, migrated, with the demo, listening on a free loopback port in this process (client and server share the
/// machine's cores: the figures say so).
/// </summary>
public sealed class Site : IAsyncDisposable
{
    public WebApplication App { get; }
    public string Url { get; }
    public string Folder { get; }
    private readonly string? _postgres;

    private Site(WebApplication app, string url, string folder, string? postgres)
    {
        App = app;
        Url = url;
        Folder = folder;
        _postgres = postgres;
    }

    public static async Task<Site> StartAsync(string? postgresServer)
    {
        string folder = Path.Combine(Path.GetTempPath(), "jixiao-load-" + Guid.NewGuid().ToString("N")[..10]);
        string? postgres = postgresServer is null ? null
            : new NpgsqlConnectionStringBuilder(postgresServer) { Database = "jixiao_load_" + Guid.NewGuid().ToString("N")[..10], MaxPoolSize = 200 }.ConnectionString;
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        string url = $"http://127.0.0.1:{port}";
        var args = new List<string> { "--urls", url, $"--Jixiao:DataFolder={folder}", "--Jixiao:LoginPermitsPerMinute=1000000",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore=Error",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Critical", "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Update=Critical",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection=Critical" };
        if (postgres is not null) args.Add($"--ConnectionStrings:Postgres={postgres}");
        var app = JixiaoApp.Build([.. args]);
        await JixiaoApp.PrepareAsync(app);
        await app.StartAsync();
        return new Site(app, url, folder, postgres);
    }

    public async Task<HttpClient> LoginAsync(string user)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 4 })
        {
            BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(120),
        };
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/Account/Login"));
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["UserName"] = user, ["Password"] = Jixiao.Web.Setup.DemoData.Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"{user} 登录失败：{(int)response.StatusCode}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_postgres is not null) await Jixiao.Data.Postgres.PostgresStore.DropDatabaseAsync(_postgres);
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
