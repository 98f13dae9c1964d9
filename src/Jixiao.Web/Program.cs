using Jixiao.Web;

var app = JixiaoApp.Build(args);
await JixiaoApp.PrepareAsync(app);
await app.RunAsync();

/// <summary>The web application's entry point (named for WebApplicationFactory in the tests).</summary>
public partial class Program;
