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
        // Contexts are pooled: setting up a fresh context's services cost more than the account query a request makes.
        services.AddDbContextPool<JixiaoDb>((sp, o) =>
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
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddEntityFrameworkStores<JixiaoDb>()
            .AddClaimsPrincipalFactory<AccountClaims>();
        // An API request carrying a token (machine clients) is authenticated by it alone; every other by the login cookie.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "jixiao";
                o.DefaultChallengeScheme = "jixiao";
                o.DefaultForbidScheme = "jixiao";
            })
            .AddPolicyScheme("jixiao", "cookie or token", o => o.ForwardDefaultSelector = c =>
                ApiTokens.Carries(c.Request) && IsApi(c.Request) ? ApiTokens.Scheme : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokens.Scheme, null)
            .AddIdentityCookies();
        // A cookie is checked against its account's security stamp every minute: a password reset, a lock or a new role
        // ends the sessions opened before it (capabilities are read from the database on every request anyway).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
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
        services.AddAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationPolicyProvider, CapabilityPolicyProvider>();
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
        })
            // The pages are found in this assembly whichever program hosts it (the server, a test, the load bench).
            .AddApplicationPart(typeof(JixiaoApp).Assembly);
        services.AddOptions<Microsoft.AspNetCore.Http.Features.FormOptions>().Configure<JixiaoOptions>((f, o) => f.MultipartBodyLengthLimit = o.MaxUploadBytes);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // The framework's own problems (an unhandled error, a body that does not bind) are said in Chinese too.
            if (c.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
                (c.ProblemDetails.Title, c.ProblemDetails.Detail) = ("服务器内部错误", "服务器处理请求时出错，已记录；请稍后再试");
            else if (c.ProblemDetails.Status == StatusCodes.Status400BadRequest && c.ProblemDetails.Title is null or "Bad Request")
                (c.ProblemDetails.Title, c.ProblemDetails.Detail) = ("请求无效", "请求的格式不正确（JSON 正文无法读取，或参数类型不符）");
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Jixiao 绩效 API";
            document.Info.Description = "预算与绩效记录的数据交换接口：与页面相同的角色与权限范围，预算以数据包（元）交换，错误以中文 problem details 返回。";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        // Chinese text is written as text, not as character references (pages stay readable and a third smaller).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var sets = Jixiao.Tables.TableSets.Current;
        services.AddSingleton(sp => sets.Get(sp.GetRequiredService<JixiaoOptions>().TableSet));
        services.AddSingleton(sp => new CheckService(sp.GetRequiredService<Jixiao.Tables.TableSet>(), sets));
        // A province's own chain and deadlines, when its data folder has them (docs/operations.md); else the shipped ones.
        services.AddSingleton(sp => Own(sp, "workflow.json", WorkflowChain.Load, WorkflowChain.Default));
        services.AddSingleton(sp => Own(sp, "calendar.json", DeadlineCalendar.Load, DeadlineCalendar.Default));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FileStore>();
        // Budgets and reports of revisions (immutable), by count: a province's budgets are a few hundred KB each.
        services.AddMemoryCache(o => o.SizeLimit = 2000);
        services.AddScoped<HandlerCapabilityFilter>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<RecordAccess>();
        services.AddScoped<RecordService>();
        services.AddScoped<AccountAdmin>();
        services.AddScoped<RectificationService>();
        services.AddSingleton<IndicatorSuggestions>();
        services.AddScoped<Reviews.ReviewService>();
        services.AddSingleton<ReadSlots>();
        services.AddSingleton<Reviews.ReviewQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<Reviews.ReviewQueue>());
        services.AddSingleton<Reviews.PageImages>();

        var app = builder.Build();
        // The API answers errors as problem details in Chinese; the pages as the Chinese error page.
        app.UseWhen(c => IsApi(c.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
            api.UseStatusCodePages(ApiStatus);
        });
        app.UseWhen(c => !IsApi(c.Request), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
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
        Api.RecordsApi.Map(app);
        Api.OpenDataApi.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>Creates the data folder and creates or migrates the database (SQLite in write-ahead-log mode).</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        var options = services.GetRequiredService<JixiaoOptions>();
        Directory.CreateDirectory(options.DataFolder);
        var db = services.GetRequiredService<JixiaoDb>();
        await db.Database.MigrateAsync();
        if (!options.UsesPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    private static T Own<T>(IServiceProvider services, string name, Func<string, string, T> load, T shipped)
    {
        string path = Path.Combine(services.GetRequiredService<JixiaoOptions>().DataFolder, name);
        return File.Exists(path) ? load(File.ReadAllText(path), path) : shipped;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.Ordinal);

    /// <summary>A bare status of the API (401, 403, 404, 405, 413 …) said as a problem in Chinese.</summary>
    private static async Task ApiStatus(Microsoft.AspNetCore.Diagnostics.StatusCodeContext context)
    {
        var http = context.HttpContext;
        string title = http.Response.StatusCode switch
        {
            401 => "未登录",
            403 => "无权访问",
            404 => "未找到",
            405 => "不支持的请求方法",
            413 => "请求正文太大",
            415 => "不支持的内容类型",
            429 => "请求过于频繁",
            _ => "请求未完成",
        };
        string detail = http.Response.StatusCode switch
        {
            401 => "请先登录（或登录已过期）",
            403 => "您的角色不能使用这个接口",
            404 => "接口或记录不存在，或不在您的权限范围内",
            _ => title,
        };
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = http.Response.StatusCode, Title = title, Detail = detail },
        });
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
        // A broken workflow or calendar file stops the start, saying where, rather than the first request that needs it.
        var chain = app.Services.GetRequiredService<WorkflowChain>();
        app.Services.GetRequiredService<DeadlineCalendar>();
        await using var scope = app.Services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider);
        var logins = options.Demo ? await DemoData.LoadAsync(scope.ServiceProvider) : [];
        var urls = app.Urls.Count > 0 ? string.Join(" ", app.Urls) : app.Configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrl;
        Console.WriteLine($"Jixiao 绩效 — 数据库：{(options.UsesPostgres ? "PostgreSQL" : options.SqlitePath)}；数据目录：{options.DataFolder}");
        if (logins.Count > 0)
        {
            Console.WriteLine("演示账号（密码均为 " + DemoData.Password + "）：");
            foreach (var (user, role, scopeName) in logins) Console.WriteLine($"  {user,-14} {role,-8} {scopeName}");
        }
        Console.WriteLine($"审核流程：{string.Join(" → ", chain.Steps.Select(x => x.Name))}");
        Console.WriteLine($"打开 {urls}");
    }
}
