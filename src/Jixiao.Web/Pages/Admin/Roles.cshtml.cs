using Jixiao.Data;
using Jixiao.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin;

/// <summary>角色与范围 (the security administrator): the accounts with their role and scope, each opened to change them.</summary>
[Needs(Capability.AssignRoles)]
public sealed class RolesModel(JixiaoDb db) : PageModel
{
    public List<AccountList.Row> Rows { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public async Task OnGetAsync() => Rows = await AccountList.FindAsync(db, Q);
}
