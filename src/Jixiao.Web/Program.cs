using Jixiao.Web;

if (args is ["backup" or "restore", ..]) return await Jixiao.Web.Setup.Backup.CommandAsync(args);

var app = JixiaoApp.Build(args);
await JixiaoApp.PrepareAsync(app);
await app.RunAsync();
return 0;

/// <summary>The web application's entry point (named for WebApplicationFactory in the tests).</summary>
public partial class Program;
