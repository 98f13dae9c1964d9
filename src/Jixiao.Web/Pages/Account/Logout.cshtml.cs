using Jixiao.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Account;

/// <summary>Signs out (a form post: a link could be forged into another page); open to all, as signing out twice is harmless.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class LogoutModel(SignInManager<Jixiao.Data.Account> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    [HandlerNeeds]
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/public");
    }
}
