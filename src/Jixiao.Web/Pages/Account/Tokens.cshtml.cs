using Jixiao.Data;
using Jixiao.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Account;

/// <summary>API 令牌: the signed-in account's tokens for machine clients — made (the secret shown once), listed, revoked.</summary>
[Needs(Capability.UseApiTokens)]
public sealed class TokensModel(JixiaoDb db, CurrentUser user) : PageModel
{
    public List<ApiToken> Tokens { get; private set; } = [];
    public string? Secret { get; private set; }
    public string? RefusalText { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int Days { get; set; } = 90;

    public async Task OnGetAsync() => await LoadAsync();

    [HandlerNeeds(Capability.UseApiTokens)]
    public async Task<IActionResult> OnPostCreateAsync()
    {
        string name = Name?.Trim() ?? "";
        string? problem = name.Length is 0 or > 100 ? "请给令牌起个名字（如“一体化系统对接”，不超过 100 字）"
            : Days is < 1 or > 365 ? "有效期应为 1 至 365 天" : null;
        if (problem is null && await db.ApiTokens.CountAsync(t => t.AccountId == user.Principal.UserId() && t.RevokedUtc == null && t.ExpiresUtc > DateTime.UtcNow) >= 20)
            problem = "有效的令牌已有 20 个，请先撤销不用的";
        if (problem is not null)
        {
            RefusalText = problem;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync();
            return Page();
        }
        var (secret, hash) = ApiTokens.NewSecret();
        db.ApiTokens.Add(new ApiToken
        {
            AccountId = user.Principal.UserId(), Name = name, Prefix = secret[..10], Hash = hash, CreatedUtc = DateTime.UtcNow,
            ExpiresUtc = DateTime.UtcNow.AddDays(Days),
        });
        await db.SaveChangesAsync();
        // shown once, on this answer (not through a redirect, which would keep it in the cookie of TempData)
        Secret = secret;
        await LoadAsync();
        return Page();
    }

    [HandlerNeeds(Capability.UseApiTokens)]
    public async Task<IActionResult> OnPostRevokeAsync(Guid token)
    {
        var found = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == token && t.AccountId == user.Principal.UserId());
        if (found is null) return NotFound();
        if (found.RevokedUtc is null)
        {
            found.RevokedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }
        TempData["Message"] = $"已撤销令牌“{found.Name}”";
        return Redirect("/account/tokens");
    }

    private async Task LoadAsync()
    {
        string me = user.Principal.UserId();
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.AccountId == me).OrderByDescending(t => t.CreatedUtc).ToListAsync();
    }
}
