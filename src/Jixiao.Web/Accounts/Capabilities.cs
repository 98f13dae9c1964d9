using Jixiao.Application.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Accounts;

/// <summary>The capabilities of docs/roles.md, one per row of its table.</summary>
public enum Capability
{
    ViewRecord,
    ViewPublished,
    EditRecord,
    StartNextYear,
    UploadIntoRecord,
    Submit,
    SignOff,
    Review,
    Approve,
    ExpertOpinion,
    Publish,
    CreateRectification,
    UpdateRectification,
    DepartmentView,
    FinanceOverview,
    UploadForReview,
    ReviewFindings,
    QualityPage,
    ReadAudit,
    VerifyAudit,
    ManageAccounts,
    EditConfiguration,
    AssignRoles,
    Inbox,
    UseApiTokens,
}

/// <summary>
/// Which role holds which capability: docs/roles.md's table, which the tests compare this with row by row. A page or
/// API route states the capability it needs with <see cref="NeedsAttribute"/>; the record's scope is checked after
/// (<see cref="RecordAccess"/>). <c>null</c> stands for the anonymous reader.
/// </summary>
public static class Capabilities
{
    private static readonly Role[] Business = [Role.Handler, Role.Head, Role.Department, Role.Finance, Role.Expert];
    private static readonly Role[] Everyone = Enum.GetValues<Role>();

    public static readonly IReadOnlyDictionary<Capability, (IReadOnlyList<Role> Roles, bool Anonymous)> Table =
        new Dictionary<Capability, (IReadOnlyList<Role>, bool)>
        {
            [Capability.ViewRecord] = (Business, false),
            [Capability.ViewPublished] = (Everyone, true),
            [Capability.EditRecord] = ([Role.Handler], false),
            [Capability.StartNextYear] = ([Role.Handler], false),
            [Capability.UploadIntoRecord] = ([Role.Handler], false),
            [Capability.Submit] = ([Role.Handler], false),
            [Capability.SignOff] = ([Role.Head], false),
            [Capability.Review] = ([Role.Department], false),
            [Capability.Approve] = ([Role.Finance], false),
            [Capability.ExpertOpinion] = ([Role.Expert], false),
            [Capability.Publish] = ([Role.Handler, Role.Head], false),
            [Capability.CreateRectification] = ([Role.Head, Role.Department, Role.Finance], false),
            [Capability.UpdateRectification] = ([Role.Handler, Role.Head], false),
            [Capability.DepartmentView] = ([Role.Department, Role.Finance], false),
            [Capability.FinanceOverview] = ([Role.Finance], false),
            [Capability.UploadForReview] = ([Role.Department, Role.Finance, Role.Expert], false),
            [Capability.ReviewFindings] = ([Role.Department, Role.Finance, Role.Expert], false),
            [Capability.QualityPage] = ([Role.Department, Role.Finance], false),
            [Capability.ReadAudit] = ([Role.Handler, Role.Head, Role.Department, Role.Finance, Role.AuditAdministrator], false),
            [Capability.VerifyAudit] = ([Role.AuditAdministrator], false),
            [Capability.ManageAccounts] = ([Role.SystemAdministrator], false),
            [Capability.EditConfiguration] = ([Role.SystemAdministrator], false),
            [Capability.AssignRoles] = ([Role.SecurityAdministrator], false),
            [Capability.Inbox] = (Business, false),
            [Capability.UseApiTokens] = (Business, false),
        };

    public static bool Allows(Capability capability, Role? role) =>
        Table[capability] is var (roles, anonymous) && (role is { } r ? roles.Contains(r) : anonymous);

    /// <summary>A review step of the workflow is a capability of its role: 签署, 审核, 批复 or the expert's opinion.</summary>
    public static Capability OfStep(Role role) => role switch
    {
        Role.Head => Capability.SignOff,
        Role.Department => Capability.Review,
        Role.Finance => Capability.Approve,
        Role.Expert => Capability.ExpertOpinion,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    private const string Prefix = "cap:";

    /// <summary>The policy that grants any of <paramref name="capabilities"/> (read back by <see cref="CapabilityPolicyProvider"/>).</summary>
    public static string Policy(params IEnumerable<Capability> capabilities) => Prefix + string.Join("|", capabilities);

    public static IReadOnlyList<Capability>? FromPolicy(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal)
            ? name[Prefix.Length..].Split('|').Select(c => Enum.TryParse<Capability>(c, out var x) && Enum.IsDefined(x) ? x : throw new InvalidOperationException("未知权限：" + c)).ToArray()
            : null;
}

/// <summary>Builds the policy of a capability name (<c>cap:Submit|Publish</c>) when it is asked for.</summary>
public sealed class CapabilityPolicyProvider(Microsoft.Extensions.Options.IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        Capabilities.FromPolicy(policyName) is { } capabilities
            ? new AuthorizationPolicyBuilder().AddRequirements(new CapabilityRequirement(capabilities)).Build()
            : await base.GetPolicyAsync(policyName);
}

/// <summary>The capability a page or API route needs — any of those given (and what the authorization matrix test reads).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class NeedsAttribute : AuthorizeAttribute
{
    public NeedsAttribute(params Capability[] capabilities) : base(Accounts.Capabilities.Policy(capabilities)) => Capabilities = capabilities;

    public IReadOnlyList<Capability> Capabilities { get; }
}

public sealed record CapabilityRequirement(IReadOnlyList<Capability> Capabilities) : IAuthorizationRequirement;

/// <summary>
/// Grants a capability by the account's role as the database has it now (not as the cookie had it at login): a role
/// taken away or an account locked takes effect on the next request. The anonymous reader holds only what the table gives it.
/// </summary>
public sealed class CapabilityHandler(CurrentUser user) : AuthorizationHandler<CapabilityRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        bool signedIn = context.User.Identity?.IsAuthenticated == true;
        Role? role = null;
        if (signedIn)
        {
            // a locked or removed account (AccountAsync: null) and an account without a role hold nothing
            if (await user.AccountAsync() is not { } account || Roles.FromCode(account.Role) is not { } current) return;
            role = current;
        }
        if (requirement.Capabilities.Any(c => Capabilities.Allows(c, role))) context.Succeed(requirement);
    }
}
