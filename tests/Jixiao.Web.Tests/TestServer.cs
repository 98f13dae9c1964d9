using Jixiao.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jixiao.Web.Tests;

/// <summary>
/// One Jixiao server for a test class, on a database of its own with the demo loaded: a SQLite file in a fresh data
/// folder, or — when <c>JIXIAO_TEST_POSTGRES</c> gives a server (as .ci/run does) — a fresh PostgreSQL database on it,
/// dropped afterwards.
/// </summary>
public sealed class TestServer : WebApplicationFactory<Program>
{
    public const string Password = Jixiao.Web.Setup.DemoData.Password;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "jixiao-web-" + Guid.NewGuid().ToString("N")[..12]);

    private readonly string? _postgres;
    private bool _keepData;

    /// <summary>The PostgreSQL database of this server, when the tests run on PostgreSQL.</summary>
    public string? PostgresConnection => _postgres;

    /// <summary>A server on the data (folder and database) another one left behind.</summary>
    public TestServer(string dataFolder, string? postgres) : this()
    {
        DataFolder = dataFolder;
        _postgres = postgres;
    }

    /// <summary>
    /// A server a real browser can reach: Kestrel on a free loopback port (<see cref="Address"/>) instead of the in-memory
    /// test server.
    /// </summary>
    public static TestServer WithKestrel(params (string Key, string Value)[] settings)
    {
        var server = new TestServer(settings);
        server.UseKestrel(0);
        server.StartServer();
        return server;
    }

    /// <summary>The address Kestrel listens on (after <see cref="WithKestrel"/>).</summary>
    public string Address => Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    private readonly (string Key, string Value)[] _settings;

    /// <param name="settings">configuration the test needs beside the defaults (<c>Jixiao:MaxUploadBytes</c> …)</param>
    public TestServer(params (string Key, string Value)[] settings)
    {
        _settings = settings;
        if (Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") is { Length: > 0 } server)
            _postgres = new NpgsqlConnectionStringBuilder(server) { Database = "jixiao_t_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString;
    }

    /// <summary>The database this run tests on, as the per-database counts print it.</summary>
    public static string DatabaseName => Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") is { Length: > 0 } ? "PostgreSQL" : "SQLite";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Jixiao:DataFolder", DataFolder);
        builder.UseSetting("Jixiao:LoginPermitsPerMinute", "100000");
        if (_postgres is not null) builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (the tests look at them).</summary>
    public Browser Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<Browser> LoginAsync(string user)
    {
        var browser = Browser();
        await browser.LoginAsync(user, Password);
        return browser;
    }

    /// <summary>A context on the server's database, for what the tests compare before and after.</summary>
    public JixiaoDb Db() => Services.CreateScope().ServiceProvider.GetRequiredService<JixiaoDb>();

    public async Task<Guid> RecordOfAsync(string unitName, string state = "")
    {
        using var db = Db();
        return await db.Records.Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, u })
            .Where(x => x.u.Name == unitName && (state == "" || x.r.State == state)).Select(x => x.r.Id).FirstAsync();
    }

    /// <summary>Every row count and the audit log's last entry, when no review is being checked: what a refused request must leave as it was.</summary>
    public async Task<string> SnapshotAsync()
    {
        using var db = Db();
        // the documents sent for review are checked in the background (the demo's among them): once they are done
        var until = DateTime.UtcNow.AddMinutes(3);
        while (await db.Reviews.AnyAsync(r => r.State == Jixiao.Web.Reviews.ReviewStates.Checking) && DateTime.UtcNow < until) await Task.Delay(100);
        var last = await db.AuditEntries.OrderByDescending(a => a.Sequence).Select(a => a.Sequence + ":" + a.Hash).FirstOrDefaultAsync();
        var versions = string.Join(",", await db.Records.OrderBy(r => r.Id).Select(r => r.Version + r.State).ToListAsync());
        return $"records {await db.Records.CountAsync()} [{versions}], revisions {await db.Revisions.CountAsync()}, transitions {await db.Transitions.CountAsync()}, " +
               $"files {await db.Files.CountAsync()}, reviews {await db.Reviews.CountAsync()} " +
               $"[{string.Join(",", await db.Reviews.OrderBy(r => r.Id).Select(r => r.Version + r.State).ToListAsync())}], " +
               $"decided {await db.ReviewItems.CountAsync(i => i.Decision != null)}, audit {await db.AuditEntries.CountAsync()} last {last}";
    }

    /// <summary>Stops the server; with <paramref name="keepData"/> its database and folder stay for another one.</summary>
    public async ValueTask DisposeAsync(bool keepData)
    {
        _keepData = keepData;
        await DisposeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepData) return;
        if (_postgres is not null) await Jixiao.Data.Postgres.PostgresStore.DropDatabaseAsync(_postgres);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
