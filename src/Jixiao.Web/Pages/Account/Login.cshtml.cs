using Jixiao.Web.Accounts;
using Jixiao.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jixiao.Web.Pages.Account;

/// <summary>Password login with lockout after five failures and a rate limit per address.</summary>
[EnableRateLimiting("login")]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class LoginModel(SignInManager<Jixiao.Data.Account> signIn) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    [HandlerNeeds]
    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "请输入用户名和密码";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = result.IsLockedOut ? "登录失败次数过多，账号已锁定 15 分钟" : "用户名或密码不正确";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
