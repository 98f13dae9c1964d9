using System.CommandLine;
using System.Text;
using Jixiao.Cli.Commands;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
var console = AnsiConsole.Console;
var root = new RootCommand("Jixiao 绩效 — 预算公开表生成与勾稽检查")
{
    CheckCommand.Create(console, Console.Out),
    ReadCommand.Create(console),
};
return root.Parse(args).Invoke();
