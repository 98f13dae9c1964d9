using System.Security.Cryptography;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Accounts;

/// <summary>
/// The administrators' use cases on accounts (docs/roles.md, 三员分立): the system administrator creates accounts, locks
/// and unlocks them and resets passwords; the security administrator gives an account its role and scope and assigns
/// experts to projects. A new account has no role until the security administrator gives it one. Both act on business
/// accounts only: the three administrators' own accounts are made at installation (<c>Jixiao.Web admin</c>), so that
/// neither can take the other's power or hide from the auditor. Every change ends the account's open sessions (its
/// security stamp changes) and is in the audit log.
/// </summary>
public sealed class AccountAdmin(UserManager<Account> users, JixiaoDb db, RecordService records)
{
    /// <summary>A new business account, without a role; its password is the one given or, when none is, a generated one (returned).</summary>
    public async Task<(Account Account, string Password)> CreateAsync(string userName, string displayName, string? password)
    {
        userName = userName.Trim();
        displayName = displayName.Trim();
        if (userName.Length == 0) throw Refusal.Invalid("请填写用户名");
        if (displayName.Length is 0 or > 100) throw Refusal.Invalid("请填写姓名（不超过 100 字）");
        password = string.IsNullOrEmpty(password) ? Generated() : password;
        var account = new Account { UserName = userName, DisplayName = displayName, Role = "" };
        Check(await users.CreateAsync(account, password));
        return (account, password);
    }

    public async Task LockAsync(string id, bool locked)
    {
        var account = await BusinessAsync(id);
        Check(await users.SetLockoutEnabledAsync(account, true));
        Check(await users.SetLockoutEndDateAsync(account, locked ? DateTimeOffset.MaxValue : null));
        if (!locked) Check(await users.ResetAccessFailedCountAsync(account));
        Check(await users.UpdateSecurityStampAsync(account));
    }

    /// <summary>Sets a generated password (returned, shown once to the administrator) and ends the account's sessions.</summary>
    public async Task<string> ResetPasswordAsync(string id)
    {
        var account = await BusinessAsync(id);
        string password = Generated();
        Check(await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), password));
        Check(await users.UpdateSecurityStampAsync(account));
        return password;
    }

    /// <summary>
    /// Gives a business account its role and scope — a unit for 经办人 and 负责人, a department for 主管部门, a region (and
    /// optionally some of its departments) for 财政局, none for experts (their projects are assigned apart) — or takes its
    /// role away (<paramref name="role"/> null). The scope must exist and fit the role.
    /// </summary>
    public async Task AssignAsync(string id, Role? role, Guid? unitId, Guid? departmentId, string? regionCode, IReadOnlyCollection<Guid> limits)
    {
        var account = await BusinessAsync(id);
        if (role is { } r && r.IsAdministrator()) throw Refusal.Invalid("管理员角色不在此分配：三员账号在安装时创建（Jixiao.Web admin）");
        (account.UnitId, account.DepartmentId, account.RegionCode) = (null, null, null);
        switch (role)
        {
            case Role.Handler or Role.Head:
                var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId) ?? throw Refusal.Invalid("请选择所属单位");
                account.UnitId = unit.Id;
                break;
            case Role.Department:
                var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == departmentId) ?? throw Refusal.Invalid("请选择主管部门");
                account.DepartmentId = department.Id;
                break;
            case Role.Finance:
                var region = await db.Regions.FirstOrDefaultAsync(x => x.Code == regionCode) ?? throw Refusal.Invalid("请选择区划");
                account.RegionCode = region.Code;
                var under = await RegionTree.UnderAsync(db, region.Code);
                var outside = await db.Departments.Where(d => limits.Contains(d.Id) && !under.Contains(d.RegionCode)).Select(d => d.Name).ToListAsync();
                if (outside.Count > 0) throw Refusal.Invalid($"限定的部门不在{region.Name}：{string.Join("、", outside)}");
                break;
        }
        if (role is not Role.Finance && limits.Count > 0) throw Refusal.Invalid("只有财政局审核人可以限定部门");
        account.Role = role?.Code() ?? "";
        db.FinanceLimits.RemoveRange(await db.FinanceLimits.Where(l => l.AccountId == id).ToListAsync());
        db.FinanceLimits.AddRange(limits.Distinct().Select(d => new FinanceLimit { AccountId = id, DepartmentId = d }));
        if (role is not Role.Expert) db.ExpertAssignments.RemoveRange(await db.ExpertAssignments.Where(a => a.AccountId == id).ToListAsync());
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        Check(await users.UpdateAsync(account));
    }

    /// <summary>Assigns a project of a budget record to an expert (the project must be in the record's current version).</summary>
    public async Task AssignProjectAsync(string id, Guid recordId, string projectCode)
    {
        var account = await BusinessAsync(id);
        if (account.Role != Role.Expert.Code()) throw Refusal.Invalid("只能给专家评审分配项目");
        var record = await db.Records.FirstOrDefaultAsync(r => r.Id == recordId) ?? throw Refusal.Invalid("请选择预算记录");
        projectCode = projectCode.Trim();
        var budget = (await records.LoadAsync(record)).Budget;
        if (budget.Projects.All(p => p.Code != projectCode))
            throw Refusal.Invalid($"这份预算没有编码为“{projectCode}”的项目（有：{string.Join("、", budget.Projects.Select(p => p.Code).Take(20))}）");
        if (await db.ExpertAssignments.AnyAsync(a => a.AccountId == id && a.RecordId == recordId && a.ProjectCode == projectCode))
            throw Refusal.Conflict("这个项目已分配给该专家");
        db.ExpertAssignments.Add(new ExpertAssignment { AccountId = id, RecordId = recordId, ProjectCode = projectCode });
        await db.SaveChangesAsync();
    }

    public async Task UnassignProjectAsync(string id, Guid recordId, string projectCode)
    {
        await BusinessAsync(id);
        var assignment = await db.ExpertAssignments.FirstOrDefaultAsync(a => a.AccountId == id && a.RecordId == recordId && a.ProjectCode == projectCode)
            ?? throw Refusal.Conflict("这项分配已不存在");
        db.ExpertAssignments.Remove(assignment);
        await db.SaveChangesAsync();
    }

    /// <summary>A business account (or one without a role yet); administrators' accounts are not found here.</summary>
    private async Task<Account> BusinessAsync(string id)
    {
        var account = await users.FindByIdAsync(id) ?? throw Refusal.NotFound();
        if (Roles.FromCode(account.Role) is { } role && role.IsAdministrator())
            throw new Refusal(StatusCodes.Status403Forbidden, "管理员账号不在此管理：三员账号在安装时创建，彼此不能更改");
        return account;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw Refusal.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
    }

    /// <summary>A password of 14 characters from letters and digits that cannot be confused (no 0/O, 1/l/I).</summary>
    public static string Generated()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<char> chars = stackalloc char[14];
        for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        // the password rules ask for a digit, a lower and an upper letter: one of each at fixed places
        chars[3] = "23456789"[RandomNumberGenerator.GetInt32(8)];
        chars[7] = "abcdefghijkmnpqrstuvwxyz"[RandomNumberGenerator.GetInt32(24)];
        chars[11] = "ABCDEFGHJKLMNPQRSTUVWXYZ"[RandomNumberGenerator.GetInt32(24)];
        return new string(chars);
    }
}
