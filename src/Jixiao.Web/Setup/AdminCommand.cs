using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Setup;

/// <summary>
/// <c>Jixiao.Web admin USER sysadmin|secadmin|auditor NAME [options]</c>: creates one of the three administrators at
/// installation (三员分立: they are not made or changed in the application, so that none can give itself another's power),
/// with a generated password printed once. The database is created or migrated first; no demo is loaded.
/// </summary>
public static class AdminCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 4 || Roles.FromCode(args[2]) is not { } role || !role.IsAdministrator())
        {
            Console.Error.WriteLine("用法：Jixiao.Web admin 用户名 sysadmin|secadmin|auditor 姓名 [--Jixiao:DataFolder=… | --ConnectionStrings:Postgres=…]");
            return 2;
        }
        var app = JixiaoApp.Build([.. args[4..], "--Jixiao:Demo=false"]);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await JixiaoApp.MigrateAsync(scope.ServiceProvider);
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            db.Actor = new AuditActor("install", "安装");
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            string password = AccountAdmin.Generated();
            var result = await users.CreateAsync(new Account { UserName = args[1], DisplayName = args[3], Role = role.Code() }, password);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("未创建：" + string.Join("；", result.Errors.Select(e => e.Description)));
                return 1;
            }
            Console.WriteLine($"已创建{role.ChineseName()} {args[1]}（{args[3]}），初始密码：{password}（只显示这一次，请登录后保管好）");
        }
        return 0;
    }
}
