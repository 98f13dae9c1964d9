using System.Security.Claims;
using Jixiao.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Accounts;

/// <summary>Puts the account's role and scope into its sign-in cookie (checked again against the database on use).</summary>
public sealed class AccountClaims(UserManager<Account> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    public const string Role = "jixiao:role";
    public const string DisplayName = "jixiao:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Role, user.Role));
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        return identity;
    }
}
