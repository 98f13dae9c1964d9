using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin;

/// <summary>账号管理 (the system administrator): create accounts, lock and unlock them, reset their passwords.</summary>
[Needs(Capability.ManageAccounts)]
public sealed class AccountsModel(AccountAdmin admin, JixiaoDb db) : PageModel
{
    public List<AccountList.Row> Rows { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string? Password { get; set; }
    public string? RefusalText { get; private set; }

    public async Task OnGetAsync() => Rows = await AccountList.FindAsync(db, Q);

    [HandlerNeeds(Capability.ManageAccounts)]
    public Task<IActionResult> OnPostCreateAsync() => DoAsync(async () =>
    {
        var (account, password) = await admin.CreateAsync(UserName, DisplayName, Password);
        return $"已创建账号 {account.UserName}（{account.DisplayName}）" + (string.IsNullOrEmpty(Password) ? $"，初始密码：{password}（只显示这一次）" : "") +
               "。请安全管理员为其分配角色和范围。";
    });

    [HandlerNeeds(Capability.ManageAccounts)]
    public Task<IActionResult> OnPostLockAsync(string id) => DoAsync(async () => { await admin.LockAsync(id, true); return "已锁定账号，其登录已失效"; });

    [HandlerNeeds(Capability.ManageAccounts)]
    public Task<IActionResult> OnPostUnlockAsync(string id) => DoAsync(async () => { await admin.LockAsync(id, false); return "已解锁账号"; });

    [HandlerNeeds(Capability.ManageAccounts)]
    public Task<IActionResult> OnPostResetPasswordAsync(string id) =>
        DoAsync(async () => $"已重置密码，新密码：{await admin.ResetPasswordAsync(id)}（只显示这一次），其登录已失效");

    private async Task<IActionResult> DoAsync(Func<Task<string>> action)
    {
        try
        {
            TempData["Message"] = await action();
            return Redirect("/admin/accounts" + (string.IsNullOrEmpty(Q) ? "" : "?q=" + Uri.EscapeDataString(Q)));
        }
        catch (Refusal r)
        {
            db.ChangeTracker.Clear();
            RefusalText = r.Message;
            Response.StatusCode = r.Status;
            Rows = await AccountList.FindAsync(db, Q);
            return Page();
        }
    }
}
