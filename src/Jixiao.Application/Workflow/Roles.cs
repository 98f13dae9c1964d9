namespace Jixiao.Application.Workflow;

/// <summary>The roles of docs/roles.md: one per account, each with its scope.</summary>
public enum Role
{
    /// <summary>单位经办人: edits and submits the records of their unit.</summary>
    Handler,
    /// <summary>单位负责人: signs off or returns at the unit.</summary>
    Head,
    /// <summary>主管部门审核人: reviews the records of the department's units.</summary>
    Department,
    /// <summary>财政局审核人: approves the records of the region's units (or of some departments).</summary>
    Finance,
    /// <summary>专家 / 第三方评审: the projects assigned to them.</summary>
    Expert,
    /// <summary>系统管理员: accounts and configuration.</summary>
    SystemAdministrator,
    /// <summary>安全管理员: roles and scopes.</summary>
    SecurityAdministrator,
    /// <summary>审计管理员: reads the audit log.</summary>
    AuditAdministrator,
}

public static class Roles
{
    /// <summary>The code of a role as docs/roles.md and the workflow file write it.</summary>
    public static string Code(this Role role) => role switch
    {
        Role.Handler => "handler",
        Role.Head => "head",
        Role.Department => "department",
        Role.Finance => "finance",
        Role.Expert => "expert",
        Role.SystemAdministrator => "sysadmin",
        Role.SecurityAdministrator => "secadmin",
        Role.AuditAdministrator => "auditor",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string ChineseName(this Role role) => role switch
    {
        Role.Handler => "单位经办人",
        Role.Head => "单位负责人",
        Role.Department => "主管部门审核人",
        Role.Finance => "财政局审核人",
        Role.Expert => "专家评审",
        Role.SystemAdministrator => "系统管理员",
        Role.SecurityAdministrator => "安全管理员",
        Role.AuditAdministrator => "审计管理员",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static Role? FromCode(string? code) =>
        Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => r!.Value.Code() == code);

    /// <summary>The three administrators (三员分立): no business data.</summary>
    public static bool IsAdministrator(this Role role) => role is Role.SystemAdministrator or Role.SecurityAdministrator or Role.AuditAdministrator;

    /// <summary>A role working inside one unit.</summary>
    public static bool IsUnit(this Role role) => role is Role.Handler or Role.Head;
}
