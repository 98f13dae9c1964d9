using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Jixiao.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Accounts;

/// <summary>
/// API tokens for machine clients (docs/web.md): <c>Authorization: Bearer jx_…</c> on an API call acts as the account that
/// made the token, with its role and scope as the database has them now. The secret is random (256 bits), shown once;
/// only its SHA-256 is kept, so that a copy of the database opens nothing. A revoked or expired token, a locked account,
/// or an account without a role is refused (401).
/// </summary>
public static class ApiTokens
{
    public const string Scheme = "token";
    public const string Prefix = "jx_";

    /// <summary>A new secret and the hash that is stored.</summary>
    public static (string Secret, string Hash) NewSecret()
    {
        string secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, HashOf(secret));
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>True when the request carries a token (it is then authenticated by the token alone, never by a cookie).</summary>
    public static bool Carries(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer " + Prefix, StringComparison.Ordinal);
}

public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, JixiaoDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer " + ApiTokens.Prefix, StringComparison.Ordinal)) return AuthenticateResult.NoResult();
        string hash = ApiTokens.HashOf(header["Bearer ".Length..].Trim());
        var now = DateTime.UtcNow;
        var found = await db.ApiTokens.AsNoTracking().Where(t => t.Hash == hash && t.RevokedUtc == null && t.ExpiresUtc > now)
            .Join(db.Users, t => t.AccountId, a => a.Id, (t, a) => a).FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null) return AuthenticateResult.Fail("无效、已撤销或已过期的令牌");
        if (found.LockoutEnd is { } end && end > DateTimeOffset.UtcNow) return AuthenticateResult.Fail("账号已锁定");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, found.Id), new Claim(ClaimTypes.Name, found.UserName ?? found.Id),
            new Claim(AccountClaims.Role, found.Role), new Claim(AccountClaims.DisplayName, found.DisplayName + "（令牌）"),
        ], ApiTokens.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiTokens.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
