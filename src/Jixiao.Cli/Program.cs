using System.Globalization;
using System.Text;
using Jixiao.Cli;
using Jixiao.Cli.Rendering;
using Spectre.Console;

// Jixiao speaks Chinese whatever the machine's locale (LANG, LC_ALL): its own messages are Chinese, and so are
// System.CommandLine's where its zh-Hans resources translate them.
var chinese = CultureInfo.GetCultureInfo("zh-Hans");
CultureInfo.DefaultThreadCurrentUICulture = chinese;
CultureInfo.CurrentUICulture = chinese;
Console.OutputEncoding = Encoding.UTF8;

var console = AnsiConsole.Console;
ConsoleWidth.Apply(console, Environment.GetEnvironmentVariable("COLUMNS"));
return CliApp.Run(args, console, Console.Out, Console.Error);
