using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Documents.Package;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.WebLoad;

/// <summary>
/// CLIENTS logged-in clients for SECONDS over the main pages and API calls: two clients per 经办人 account, each pair on
/// one unit's budget (a copy of the demo's), so that their saves meet and the second of two is refused (409, counted
/// apart). Prints requests per second, p50 / p99 per kind, errors; then checks that each record holds exactly the saves
/// that were accepted (its version and its revisions). With no think time each client sends its next request as soon as
/// the last is answered (the machine saturated: what it can serve); with <c>--think MS</c> each waits a random time of that
/// mean between requests, as a person reading the page does (the latency such users see).
/// </summary>
public static class Load
{
    private enum Kind { Inbox, Records, RecordPage, ApiRecord, Public, ApiPackage, Save }

    private static readonly (Kind Kind, int Weight)[] Mix =
        [(Kind.Inbox, 20), (Kind.Records, 15), (Kind.RecordPage, 25), (Kind.ApiRecord, 15), (Kind.Public, 15), (Kind.Save, 10)];

    public static async Task<int> RunAsync(int clients, int seconds, int thinkMs, string? postgres)
    {
        await using var site = await Site.StartAsync(postgres);
        int accounts = Math.Max(1, clients / 2);
        var records = await SeedAsync(site, accounts);
        var http = new HttpClient[clients];
        for (int c = 0; c < clients; c++) http[c] = await site.LoginAsync($"load{c % accounts}");
        var basePackage = UnitBudgetPackage.Parse(await http[0].GetByteArrayAsync($"/api/records/{records[0]}/package"));

        var latencies = new ConcurrentDictionary<Kind, ConcurrentBag<double>>();
        int ok = 0, conflicts = 0, clientErrors = 0, serverErrors = 0, failures = 0;
        var accepted = new ConcurrentDictionary<Guid, int>();
        // The first seconds warm the server (compiling pages and queries, filling the pools) and are not counted.
        var warmUp = TimeSpan.FromSeconds(Math.Min(10, Math.Max(2, seconds / 6)));
        var measureFrom = DateTime.UtcNow + warmUp;
        var until = measureFrom.AddSeconds(seconds);
        var cpuBefore = TimeSpan.Zero;
        var total = new Stopwatch();
        var startMeasuring = Task.Delay(warmUp).ContinueWith(_ =>
        {
            cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            total.Start();
        }, TaskScheduler.Default);
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            var client = http[c];
            var record = records[c % accounts];
            int n = 0;
            while (DateTime.UtcNow < until)
            {
                var kind = Pick(random);
                bool counted = DateTime.UtcNow >= measureFrom;
                try
                {
                    var sw = Stopwatch.StartNew();
                    HttpStatusCode status;
                    if (kind == Kind.Save)
                    {
                        // Read the package and its version, change one amount, save it on that version.
                        var get = await client.GetAsync($"/api/records/{record}/package");
                        var version = get.Headers.ETag!.Tag;
                        await get.Content.ReadAsByteArrayAsync();
                        if (counted) latencies.GetOrAdd(Kind.ApiPackage, _ => []).Add(sw.Elapsed.TotalMilliseconds);
                        var lines = basePackage.Lines.Select((l, i) => i == 0 ? l with { Amount = new Jixiao.Money.Yuan(100_000m + c * 10_000 + n++) } : l).ToList();
                        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/records/{record}/package")
                        {
                            Content = new StringContent(UnitBudgetPackage.Write(basePackage with { Lines = lines }), Encoding.UTF8, "application/json"),
                        };
                        put.Headers.IfMatch.Add(new EntityTagHeaderValue(version));
                        sw.Restart();
                        var response = await client.SendAsync(put);
                        status = response.StatusCode;
                        await response.Content.ReadAsByteArrayAsync();
                        if (status == HttpStatusCode.OK) accepted.AddOrUpdate(record, 1, (_, v) => v + 1);
                    }
                    else
                    {
                        string url = kind switch
                        {
                            Kind.Inbox => "/inbox",
                            Kind.Records => "/records",
                            Kind.RecordPage => $"/records/{record}",
                            Kind.ApiRecord => $"/api/records/{record}",
                            _ => "/public",
                        };
                        var response = await client.GetAsync(url);
                        status = response.StatusCode;
                        await response.Content.ReadAsByteArrayAsync();
                    }
                    // A server error counts in the warm-up too: none is acceptable.
                    if ((int)status >= 500) Interlocked.Increment(ref serverErrors);
                    if (counted)
                    {
                        latencies.GetOrAdd(kind, _ => []).Add(sw.Elapsed.TotalMilliseconds);
                        if (status == HttpStatusCode.Conflict) Interlocked.Increment(ref conflicts);
                        else if ((int)status is >= 400 and < 500) Interlocked.Increment(ref clientErrors);
                        else if ((int)status < 400) Interlocked.Increment(ref ok);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }
                // Exponentially distributed, so that the clients' requests arrive as independent users' do.
                if (thinkMs > 0) await Task.Delay(TimeSpan.FromMilliseconds(-thinkMs * Math.Log(1 - random.NextDouble())));
            }
        })).ToList();
        await Task.WhenAll(workers);
        await startMeasuring;
        total.Stop();
        // CPU per request, clients' and server's together: steadier than requests per second on a shared machine.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        int requests = latencies.Values.Sum(v => v.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(postgres is null ? "SQLite" : "PostgreSQL")}, {clients} clients, {seconds} s after {warmUp.TotalSeconds:F0} s of warm-up, think time {(thinkMs > 0 ? $"{thinkMs} ms on average" : "none")}, client and server in one process on {Environment.ProcessorCount} cores:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {requests:N0} requests, {requests / total.Elapsed.TotalSeconds:F0} per second; ok {ok:N0}, conflicts (409) {conflicts:N0}, other 4xx {clientErrors}, 5xx {serverErrors} and failed {failures} (warm-up included)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  process CPU {cpu.TotalSeconds:F1} s of {total.Elapsed.TotalSeconds * Environment.ProcessorCount:F0} s available, {cpu.TotalMilliseconds / requests:F2} ms per request"));
        var all = latencies.Values.SelectMany(v => v).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all: p50 {P(all, 0.50):F1} ms, p99 {P(all, 0.99):F1} ms"));
        foreach (var (kind, bag) in latencies.OrderBy(k => k.Key))
        {
            var xs = bag.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-11} {xs.Count,7:N0}  p50 {P(xs, 0.50),7:F1} ms  p99 {P(xs, 0.99),7:F1} ms"));
        }

        using var scope = site.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        int wrong = 0;
        foreach (var id in records)
        {
            var record = await db.Records.AsNoTracking().SingleAsync(r => r.Id == id);
            int revisions = await db.Revisions.CountAsync(r => r.RecordId == id);
            int saves = accepted.GetValueOrDefault(id);
            if (record.Version != saves || revisions != saves + 1) wrong++;
        }
        bool chain = await AuditLog.VerifyAsync(db) is null;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  final state: {records.Count - wrong} of {records.Count} records hold exactly their accepted saves ({accepted.Values.Sum():N0}); audit chain {(chain ? "whole" : "BROKEN")}"));
        return wrong == 0 && chain && serverErrors == 0 ? 0 : 1;
    }

    private static Kind Pick(Random random)
    {
        int x = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in Mix)
        {
            if (x < weight) return kind;
            x -= weight;
        }
        return Kind.Inbox;
    }

    private static double P(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    /// <summary>ACCOUNTS units of the demo department, each with its 经办人 and a draft budget (the demo's).</summary>
    private static async Task<List<Guid>> SeedAsync(Site site, int accounts)
    {
        using var scope = site.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var service = scope.ServiceProvider.GetRequiredService<RecordService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var department = await db.Departments.FirstAsync(d => d.RegionCode == "130822");
        var demo = UnitBudgetPackage.Parse(Jixiao.Application.Demo.DemoFiles.Text(Jixiao.Application.Demo.DemoFiles.Package));
        var records = new List<Guid>();
        for (int i = 0; i < accounts; i++)
        {
            var unit = new Unit { Code = $"9{i:D5}", Name = $"负载测试单位{i}", DepartmentId = department.Id, RegionCode = "130822", Nature = "行政" };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            var account = new Account { UserName = $"load{i}", DisplayName = $"负载{i}", Role = "handler", UnitId = unit.Id };
            var result = await users.CreateAsync(account, Jixiao.Web.Setup.DemoData.Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
            var record = await service.CreateAsync(unit, demo.Year.Value, RecordKind.Budget, demo with { Unit = demo.Unit with { Code = unit.Code, Name = unit.Name } }, account.Id, "负载测试");
            records.Add(record.Id);
        }
        return records;
    }
}
