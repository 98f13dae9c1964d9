using Jixiao.Application.Demo;
using Jixiao.Application.Workflow;
using Jixiao.Budget;
using Jixiao.Data;
using Jixiao.Documents.Package;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Setup;

/// <summary>
/// The demo loaded into an empty database (docs/web.md): 兴隆县 with its 医疗保障局 (a department of two units: the
/// bureau itself, whose 2021 budget is the shipped demo package in 草稿, and its 医疗保险服务中心, whose budget is
/// published), a second county, 承德县, with a unit of its own, and an account of every role. Made-up figures.
/// </summary>
public static class DemoData
{
    public const string Password = "Jixiao-2026";

    public sealed record Login(string User, string Role, string Scope);

    public static async Task<IReadOnlyList<(string User, string Role, string Scope)>> LoadAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<JixiaoDb>();
        if (!await db.Units.AnyAsync()) await SeedAsync(services, db);
        var accounts = await db.Users.AsNoTracking().OrderBy(a => a.UserName).ToListAsync();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name);
        return accounts.Where(a => Demo.Any(d => d.User == a.UserName))
            .OrderBy(a => Array.FindIndex(Demo, d => d.User == a.UserName))
            .Select(a => (a.UserName!, Roles.FromCode(a.Role)!.Value.ChineseName(),
                a.UnitId is { } u ? units[u] : a.DepartmentId is { } d ? departments[d] : a.RegionCode is { } r ? regions[r] + "（财政局）"
                : a.Role == "expert" ? "指定的项目" : "全系统"))
            .ToList();
    }

    private static readonly (string User, string Name, Role Role, string? Unit, string? Department, string? Region)[] Demo =
    [
        ("jingban", "王经办", Role.Handler, "兴隆本级", null, null),
        ("fuze", "李负责", Role.Head, "兴隆本级", null, null),
        ("jingban2", "赵经办", Role.Handler, "兴隆中心", null, null),
        ("zhuguan", "孙主管", Role.Department, null, "兴隆", null),
        ("caizheng", "周财政", Role.Finance, null, null, "130822"),
        ("zhuanjia", "吴专家", Role.Expert, null, null, null),
        ("chengde", "郑经办", Role.Handler, "承德本级", null, null),
        ("caizheng-cd", "冯财政", Role.Finance, null, null, "130821"),
        ("xitong", "陈系统", Role.SystemAdministrator, null, null, null),
        ("anquan", "褚安全", Role.SecurityAdministrator, null, null, null),
        ("shenji", "卫审计", Role.AuditAdministrator, null, null, null),
    ];

    private static async Task SeedAsync(IServiceProvider services, JixiaoDb db)
    {
        db.Regions.AddRange(
            new Region { Code = "130000", Name = "河北省" },
            new Region { Code = "130800", Name = "承德市", ParentCode = "130000" },
            new Region { Code = "130821", Name = "承德县", ParentCode = "130800" },
            new Region { Code = "130822", Name = "兴隆县", ParentCode = "130800" });
        var xinglong = new Department { Code = "362", Name = "兴隆县医疗保障局", RegionCode = "130822" };
        var chengde = new Department { Code = "362", Name = "承德县医疗保障局", RegionCode = "130821" };
        db.Departments.AddRange(xinglong, chengde);
        var units = new Dictionary<string, Unit>
        {
            ["兴隆本级"] = new() { Code = "362001", Name = "兴隆县医疗保障局本级", DepartmentId = xinglong.Id, RegionCode = "130822", Nature = "行政" },
            ["兴隆中心"] = new() { Code = "362002", Name = "兴隆县医疗保险服务中心", DepartmentId = xinglong.Id, RegionCode = "130822", Nature = "事业" },
            ["承德本级"] = new() { Code = "362001", Name = "承德县医疗保障局本级", DepartmentId = chengde.Id, RegionCode = "130821", Nature = "行政" },
        };
        db.Units.AddRange(units.Values);
        await db.SaveChangesAsync();

        var users = services.GetRequiredService<UserManager<Account>>();
        var ids = new Dictionary<string, string>();
        foreach (var d in Demo)
        {
            var account = new Account
            {
                UserName = d.User, DisplayName = d.Name, Role = d.Role.Code(), UnitId = d.Unit is { } u ? units[u].Id : null,
                DepartmentId = d.Department is null ? null : d.Department == "兴隆" ? xinglong.Id : chengde.Id, RegionCode = d.Region,
            };
            var result = await users.CreateAsync(account, Password);
            if (!result.Succeeded) throw new InvalidOperationException("演示账号无法创建：" + string.Join("；", result.Errors.Select(e => e.Description)));
            ids[d.User] = account.Id;
        }

        var records = services.GetRequiredService<RecordService>();
        var chain = services.GetRequiredService<WorkflowChain>();
        var demo = UnitBudgetPackage.Parse(DemoFiles.Text(DemoFiles.Package), DemoFiles.Package);
        var bureau = await records.CreateAsync(units["兴隆本级"], demo.Year.Value, RecordKind.Budget, demo, ids["jingban"], "演示数据：兴隆县医疗保障局本级 2021 年预算");
        db.ExpertAssignments.Add(new ExpertAssignment { AccountId = ids["zhuanjia"], RecordId = bureau.Id, ProjectCode = demo.Projects[0].Code });

        // The service centre: the bureau's basic spending as a budget of its own, taken through the whole chain and published.
        var centre = demo with
        {
            Unit = demo.Unit with { Code = units["兴隆中心"].Code, Name = units["兴隆中心"].Name, Nature = Jixiao.Catalogs.UnitNature.PublicInstitution },
            Lines = demo.Lines.Where(l => l.Kind != ExpenseKind.Project).Select(l => l with { Id = null }).ToList(),
            Projects = [],
            ThreePublic = [],
        };
        var published = await records.CreateAsync(units["兴隆中心"], demo.Year.Value, RecordKind.Budget, centre, ids["jingban2"], "演示数据：医疗保险服务中心 2021 年预算");
        var steps = new List<(Role Role, WorkflowAction Action, string User)> { (Role.Handler, WorkflowAction.Submit, "jingban2") };
        steps.AddRange(chain.Steps.Select(s => (s.Role, WorkflowAction.Pass, Demo.First(d => d.Role == s.Role && (d.Unit is null || d.Unit == "兴隆中心" || d.Unit == "兴隆本级")).User)));
        steps.Add((Role.Handler, WorkflowAction.Publish, "jingban2"));
        foreach (var (role, action, user) in steps)
        {
            var report = records.Check(await records.LoadAsync(published), "演示");
            var explanations = RecordService.ExplanationsNeeded(report).ToDictionary(k => k.Key, _ => "演示数据");
            await records.MoveAsync(published, published.Version, role, action, ids[user], null, explanations);
        }

        // A published document sent for review by the department: the bureau's 2021 disclosure as its text was published.
        var reviewer = await db.Users.SingleAsync(a => a.Id == ids["zhuguan"]);
        await services.GetRequiredService<Reviews.ReviewService>().UploadAsync(reviewer,
            [("兴隆县医疗保障局2021年单位预算公开.txt", System.Text.Encoding.UTF8.GetBytes(DemoFiles.Text(DemoFiles.UnitBudgetText)))], CancellationToken.None);

        var other = demo with { Unit = demo.Unit with { Code = units["承德本级"].Code, Name = units["承德本级"].Name } };
        await records.CreateAsync(units["承德本级"], demo.Year.Value, RecordKind.Budget, other, ids["chengde"], "演示数据：承德县医疗保障局本级 2021 年预算");
    }
}
