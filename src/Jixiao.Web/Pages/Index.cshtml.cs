using Jixiao.Application.Workflow;
using Jixiao.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>The home address sends each visitor where they work: the public to the portal, a reviewer to the inbox.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        var role = User.Identity?.IsAuthenticated == true ? Roles.FromCode(User.FindFirst(AccountClaims.Role)?.Value) : null;
        return Redirect(role switch
        {
            null => "/public",
            Role.AuditAdministrator => "/audit",
            Role.SystemAdministrator => "/admin/accounts",
            Role.SecurityAdministrator => "/admin/roles",
            _ => "/inbox",
        });
    }
}
