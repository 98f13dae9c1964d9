using System.Text;
using Jixiao.Cli;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Build(AnsiConsole.Console, Console.Out).Parse(args).Invoke();
