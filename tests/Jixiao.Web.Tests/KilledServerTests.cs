using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Jixiao.Data;
using Jixiao.Documents.Package;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// The server killed (SIGKILL) while uploads are being saved — each writes a stored file, a revision with its figures
/// and audit entries: after it, every save is there whole or not at all. The record's current revision exists and
/// matches its hash, every revision has its figures and its audit entry, every file row names a whole file, the audit
/// chain verifies, the record's version counts its revisions, and the server starts again on the same data and saves.
/// </summary>
[Collection(Alone.Name)]
public sealed class KilledServerTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jixiao-kill-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string? _postgres = Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") is { Length: > 0 } server
        ? new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "jixiao_k_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString
        : null;

    [Fact]
    public async Task A_save_is_whole_or_absent_after_a_kill()
    {
        var random = new Random(20261206);
        for (int round = 0; round < 3; round++)
        {
            using var server = await StartAsync();
            using var client = await LoginAsync(server.Url);
            var id = await DraftAsync();
            var package = await client.GetByteArrayAsync($"{server.Url}/api/records/{id}/package");
            using var stop = new CancellationTokenSource();
            int saved = 0;
            var uploads = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                int n = 0;
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        if (await UploadAsync(client, server.Url, id, Variant(package, worker * 100000 + n++), stop.Token)) Interlocked.Increment(ref saved);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { }
                }
            })).ToList();
            await Task.Delay(random.Next(800, 2500));
            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(uploads);
            await VerifyAsync(id);
        }
        // Once more on the same data: it starts, and saves.
        using var again = await StartAsync();
        using var c = await LoginAsync(again.Url);
        var draft = await DraftAsync();
        var last = await c.GetByteArrayAsync($"{again.Url}/api/records/{draft}/package");
        (await UploadAsync(c, again.Url, draft, Variant(last, 999_999), CancellationToken.None)).ShouldBeTrue();
        again.Kill();
        await VerifyAsync(draft);
    }

    /// <summary>The package with one amount changed, so that each upload is a new file and a new revision.</summary>
    private static byte[] Variant(byte[] package, int n)
    {
        var budget = UnitBudgetPackage.Parse(package);
        var lines = budget.Lines.Select((l, i) => i == 0 ? l with { Amount = new Jixiao.Money.Yuan(1000m + n) } : l).ToList();
        return Encoding.UTF8.GetBytes(UnitBudgetPackage.Write(budget with { Lines = lines }));
    }

    private static async Task<bool> UploadAsync(HttpClient client, string url, Guid id, byte[] content, CancellationToken cancel)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"{url}/records/{id}", cancel));
        var multipart = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("#upload input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(page.QuerySelector("#upload input[name=Version]")!.GetAttribute("value")!), "Version" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        multipart.Add(file, "file", "上传.json");
        var response = await client.PostAsync($"{url}/records/{id}?handler=Upload", multipart, cancel);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    private async Task VerifyAsync(Guid id)
    {
        await using var db = Db();
        (await AuditLog.VerifyAsync(db)).ShouldBeNull();
        var record = await db.Records.SingleAsync(r => r.Id == id);
        var revisions = await db.Revisions.Where(r => r.RecordId == id).ToListAsync();
        revisions.Select(r => r.Id).ShouldContain(record.CurrentRevisionId!.Value);
        revisions.Count.ShouldBe(record.Version + 1, "每次上传保存一个版本，记录的版本号随之加一");
        revisions.Max(r => r.Number).ShouldBe(revisions.Count);
        var figures = await db.Figures.Where(f => f.RecordId == id).Select(f => f.RevisionId).ToListAsync();
        var audited = await db.AuditEntries.Where(a => a.RecordId == id).Select(a => new { a.Entity, a.EntityKey }).ToListAsync();
        foreach (var revision in revisions)
        {
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(revision.Package))).ShouldBe(revision.Sha256);
            figures.ShouldContain(revision.Id);
            audited.ShouldContain(a => a.Entity == "Revision" && a.EntityKey == revision.Id.ToString());
        }
        var files = await db.Files.Where(f => f.RecordId == id && f.Purpose == "upload").ToListAsync();
        files.Count.ShouldBe(revisions.Count - 1);
        foreach (var file in files)
        {
            revisions.Select(r => r.Id).ShouldContain(file.RevisionId!.Value);
            string path = Path.Combine(_folder, "files", file.Sha256[..2], file.Sha256);
            Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))).ShouldBe(file.Sha256);
            audited.ShouldContain(a => a.Entity == "StoredFile" && a.EntityKey == file.Id.ToString());
        }
        // No file under a final name is half-written (a kill leaves at most a temporary one).
        foreach (var path in Directory.EnumerateFiles(Path.Combine(_folder, "files"), "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".tmp", StringComparison.Ordinal)))
            Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))).ShouldBe(Path.GetFileName(path));
    }

    private JixiaoDb Db()
    {
        var options = new DbContextOptionsBuilder<JixiaoDb>();
        if (_postgres is not null) Jixiao.Data.Postgres.PostgresStore.Use(options, _postgres);
        else Jixiao.Data.Sqlite.SqliteStore.Use(options, $"Data Source={Path.Combine(_folder, "jixiao.db")};Pooling=false");
        return new JixiaoDb(options.Options);
    }

    private async Task<Guid> DraftAsync()
    {
        await using var db = Db();
        return await db.Records.Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r.Id, u.Name }).Where(x => x.Name == "兴隆县医疗保障局本级").Select(x => x.Id).SingleAsync();
    }

    private static async Task<HttpClient> LoginAsync(string url)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
        var login = new HtmlParser().ParseDocument(await client.GetStringAsync(url + "/Account/Login"));
        var response = await client.PostAsync(url + "/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["UserName"] = "jingban", ["Password"] = TestServer.Password,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>The web application as its own process (the built Jixiao.Web.dll), on this test's data, on a free port.</summary>
    private async Task<ServerProcess> StartAsync()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        string url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Jixiao.Web.dll"), "--urls", url])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["Jixiao__DataFolder"] = _folder;
        start.Environment["Jixiao__LoginPermitsPerMinute"] = "100000";
        if (_postgres is not null) start.Environment["ConnectionStrings__Postgres"] = _postgres;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probeClient = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"Jixiao.Web 启动失败，退出码 {process.ExitCode}");
            try
            {
                if ((await probeClient.GetAsync(url + "/Account/Login")).StatusCode == HttpStatusCode.OK) return new ServerProcess(process, url);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(200);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Jixiao.Web 90 秒内未启动");
    }

    private sealed class ServerProcess(Process process, string url) : IDisposable
    {
        public string Url => url;

        /// <summary>SIGKILL: no shutdown, no flush — what a power cut or the OOM killer does.</summary>
        public void Kill()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            Kill();
            process.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null) await Jixiao.Data.Postgres.PostgresStore.DropDatabaseAsync(_postgres);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
