using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Application.Workflow;
using Jixiao.Benchmarks;
using Jixiao.Data;
using Jixiao.Documents.Package;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.WebLoad;

/// <summary>
/// The finance bureau's overview of a synthetic province: UNITS units in 11 cities × 10 counties × 10 departments,
/// each with its 2023 budget record in some state (a revision, its figures and their audit entries, written through
/// the application's context as a save writes them), and a finance account of the province. Measures the overview
/// query in the process and the page over HTTP as that account sees it.
/// </summary>
public static class Overview
{
    public static async Task<int> RunAsync(int units, string? postgres)
    {
        await using var site = await Site.StartAsync(postgres);
        var clock = Stopwatch.StartNew();
        await SeedAsync(site, units);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(postgres is null ? "SQLite" : "PostgreSQL")}: seeded {units:N0} units with their budget records in {clock.Elapsed.TotalSeconds:F1} s"));

        using (var scope = site.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var regions = await RegionTree.UnderAsync(db, "140000");
            var times = new List<double>();
            for (int i = 0; i < 7; i++)
            {
                var sw = Stopwatch.StartNew();
                var rows = await UnitOverview.ReadAsync(db, db.Units.Where(u => regions.Contains(u.RegionCode)), RecordKind.Budget, 2023,
                    new DateOnly(2026, 12, 6), DeadlineCalendar.Default);
                sw.Stop();
                if (rows.Count != units) throw new InvalidOperationException($"overview read {rows.Count} rows, expected {units}");
                if (i >= 2) times.Add(sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  query (UnitOverview.ReadAsync, {units:N0} rows): median {Median(times):F0} ms, max {times.Max():F0} ms"));
        }

        using var finance = await site.LoginAsync("sheng");
        var pages = new List<double>();
        foreach (var url in Enumerable.Repeat("/overview?year=2023", 7).Concat(Enumerable.Repeat("/overview?year=2023&state=退回&p=3", 5)))
        {
            var sw = Stopwatch.StartNew();
            var response = await finance.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            sw.Stop();
            if (!response.IsSuccessStatusCode || !body.Contains($"共 {units} 个单位", StringComparison.Ordinal))
                throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
            pages.Add(sw.Elapsed.TotalMilliseconds);
        }
        var warm = pages.Skip(2).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  page GET /overview (counts of all, 100 rows shown): first {pages[0]:F0} ms, then median {Median(warm):F0} ms, max {warm.Max():F0} ms"));
        var export = Stopwatch.StartNew();
        var csv = await finance.GetByteArrayAsync("/overview?handler=Export&format=csv&year=2023");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  export CSV of all units: {export.Elapsed.TotalMilliseconds:F0} ms, {csv.Length / 1024.0:F0} KiB"));
        return 0;
    }

    private static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);

    private static readonly string[] States = ["草稿", "已提交", "退回", "已审核", "已批复", "已公开", "已公开", "已批复"];

    private static async Task SeedAsync(Site site, int units)
    {
        using var scope = site.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var budget = SyntheticProvince.Units(1).First();
        string package = UnitBudgetPackage.Write(budget);
        string sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(package)));
        db.Regions.Add(new Region { Code = "140000", Name = "合成省" });
        var departments = new List<Department>();
        for (int city = 1; city <= 11; city++)
        {
            string cityCode = $"14{city:D2}00";
            db.Regions.Add(new Region { Code = cityCode, Name = $"合成{city}市", ParentCode = "140000" });
            for (int county = 1; county <= 10; county++)
            {
                string code = $"14{city:D2}{county:D2}";
                db.Regions.Add(new Region { Code = code, Name = $"合成{city}市{county}县", ParentCode = cityCode });
                for (int d = 0; d < 10; d++)
                {
                    var department = new Department { Code = (301 + d).ToString(CultureInfo.InvariantCulture), Name = $"合成{city}-{county}县第{d + 1}部门", RegionCode = code };
                    departments.Add(department);
                    db.Departments.Add(department);
                }
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var random = new Random(20261206);
        var now = DateTime.UtcNow;
        for (int start = 0; start < units; start += 1000)
        {
            for (int u = start; u < Math.Min(units, start + 1000); u++)
            {
                var department = departments[u % departments.Count];
                var unit = new Unit { Code = $"{department.Code}{u:D6}", Name = $"合成单位{u}", DepartmentId = department.Id, RegionCode = department.RegionCode, Nature = "行政" };
                string state = States[random.Next(States.Length)];
                var record = new Record
                {
                    UnitId = unit.Id, Year = 2023, Kind = nameof(RecordKind.Budget), State = state, UpdatedUtc = now, DueDate = new DateOnly(2022, 12, 31),
                    PendingStep = state is "已提交" ? 0 : state is "已审核" ? 2 : null, Version = state == "草稿" ? 0 : 3,
                };
                var revision = new Revision { RecordId = record.Id, Number = 1, Package = package, Sha256 = sha, AuthorId = "system", CreatedUtc = now, State = "草稿", Note = "合成数据" };
                record.CurrentRevisionId = revision.Id;
                decimal basic = random.Next(500_000, 5_000_000) + random.Next(100) / 100m;
                decimal projects = random.Next(0, 50_000_000) + random.Next(100) / 100m;
                db.Units.Add(unit);
                db.Records.Add(record);
                db.Revisions.Add(revision);
                db.Figures.Add(new RecordFigures
                {
                    RevisionId = revision.Id, RecordId = record.Id, Basic = basic, ProjectSpending = projects, Expenditure = basic + projects,
                    Income = basic + projects, Fiscal = basic + projects, Lines = 40, Projects = 10, Errors = random.Next(8) == 0 ? 1 : 0, Warnings = random.Next(4),
                });
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var result = await users.CreateAsync(new Account { UserName = "sheng", DisplayName = "省财政", Role = "finance", RegionCode = "140000" }, Jixiao.Web.Setup.DemoData.Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
