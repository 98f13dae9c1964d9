using System.Threading.RateLimiting;
using Jixiao.Application.Checking;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Data.Postgres;
using Jixiao.Data.Sqlite;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Jixiao.Web.Setup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web;

/// <summary>The web application's services and request pipeline; <c>Program</c> only runs it.</summary>
public static class JixiaoApp
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplication Build(string[] args)
    {
        // The content root is where the application is installed (its wwwroot beside it), wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // If no address is configured (--urls, ASPNETCORE_URLS), the demo listens on this machine only.
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])) builder.WebHost.UseUrls(DefaultUrl);
        // The options are read from the built configuration (a host's or a test's settings all applied).
        builder.WebHost.ConfigureKestrel((context, k) => k.Limits.MaxRequestBodySize = JixiaoOptions.From(context.Configuration).MaxUploadBytes);

        var services = builder.Services;
        services.AddSingleton(sp => JixiaoOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddDbContext<JixiaoDb>((sp, o) =>
        {
            var options = sp.GetRequiredService<JixiaoOptions>();
            if (options.UsesPostgres) PostgresStore.Use(o, options.PostgresConnection!);
            else SqliteStore.Use(o, $"Data Source={options.SqlitePath};Default Timeout=30");
        });
        services.AddDataProtection().SetApplicationName("Jixiao");
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
            new Microsoft.Extensions.Options.ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o =>
                o.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                    new DirectoryInfo(sp.GetRequiredService<JixiaoOptions>().KeysFolder), sp.GetRequiredService<ILoggerFactory>())));

        services.AddIdentityCore<Account>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<JixiaoDb>()
            .AddClaimsPrincipalFactory<AccountClaims>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.Cookie.Name = "jixiao";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure under HTTPS; the loopback demo is plain HTTP, where a Secure cookie would never come back.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            // The API answers with a status, not a login page.
            o.Events.OnRedirectToLogin = c => Status(c, StatusCodes.Status401Unauthorized);
            // A signed-in account that lacks the capability is told so where it asked (403, the Chinese error page).
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(Capabilities.AddPolicies);
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CapabilityHandler>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "jixiao-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("login", c => RateLimitPartition.GetFixedWindowLimiter(c.Connection.RemoteIpAddress?.ToString() ?? "-",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = c.RequestServices.GetRequiredService<JixiaoOptions>().LoginPermitsPerMinute, Window = TimeSpan.FromMinutes(1),
                }));
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(HandlerCapabilityFilter)));
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToFolder("/Public");
        });
        services.AddProblemDetails();
        // Chinese text is written as text, not as character references (pages stay readable and a third smaller).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var sets = Jixiao.Tables.TableSets.Current;
        services.AddSingleton(sp => sets.Get(sp.GetRequiredService<JixiaoOptions>().TableSet));
        services.AddSingleton(sp => new CheckService(sp.GetRequiredService<Jixiao.Tables.TableSet>(), sets));
        services.AddSingleton(WorkflowChain.Default);
        services.AddSingleton<FileStore>();
        services.AddScoped<HandlerCapabilityFilter>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<RecordAccess>();
        services.AddScoped<RecordService>();

        var app = builder.Build();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.Use(SecurityHeaders.Add);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            // The audit log names the signed-in account for every save of this request.
            context.RequestServices.GetRequiredService<JixiaoDb>().Actor = CurrentUser.ActorOf(context.User);
            await next();
        });
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        return app;
    }

    private static Task Status(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)) c.Response.StatusCode = status;
        else c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Creates or migrates the database, loads the demo into an empty one and says how to log in.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<JixiaoOptions>();
        Directory.CreateDirectory(options.DataFolder);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        await db.Database.MigrateAsync();
        if (!options.UsesPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        var logins = options.Demo ? await DemoData.LoadAsync(scope.ServiceProvider) : [];
        var urls = app.Urls.Count > 0 ? string.Join(" ", app.Urls) : app.Configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrl;
        Console.WriteLine($"Jixiao 绩效 — 数据库：{(options.UsesPostgres ? "PostgreSQL" : options.SqlitePath)}；数据目录：{options.DataFolder}");
        if (logins.Count > 0)
        {
            Console.WriteLine("演示账号（密码均为 " + DemoData.Password + "）：");
            foreach (var (user, role, scopeName) in logins) Console.WriteLine($"  {user,-14} {role,-8} {scopeName}");
        }
        Console.WriteLine($"打开 {urls}");
    }
}
