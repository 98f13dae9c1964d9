using Jixiao.Web;

if (args is ["backup" or "restore", ..]) return await Jixiao.Web.Setup.Backup.CommandAsync(args);
if (args is ["admin", ..]) return await Jixiao.Web.Setup.AdminCommand.RunAsync(args);

var app = JixiaoApp.Build(args);
try
{
    await JixiaoApp.PrepareAsync(app);
}
catch (Jixiao.Application.Workflow.WorkflowException e)
{
    Console.Error.WriteLine("无法启动：" + e.Message);
    return 2;
}
await app.RunAsync();
return 0;

/// <summary>The web application's entry point (named for WebApplicationFactory in the tests).</summary>
public partial class Program;
