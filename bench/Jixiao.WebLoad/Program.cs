using System.Globalization;
using Jixiao.WebLoad;

// dotnet run -c Release --project bench/Jixiao.WebLoad -- overview [UNITS] [--postgres CONNECTION]
// dotnet run -c Release --project bench/Jixiao.WebLoad -- load [CLIENTS] [SECONDS] [--think MS] [--postgres CONNECTION]
string? postgres = null;
int think = 0;
var rest = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--postgres" && i + 1 < args.Length) postgres = args[++i];
    else if (args[i] == "--think" && i + 1 < args.Length) think = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else rest.Add(args[i]);
}
int Arg(int index, int fallback) => rest.Count > index ? int.Parse(rest[index], CultureInfo.InvariantCulture) : fallback;
return rest.FirstOrDefault() switch
{
    "overview" => await Overview.RunAsync(Arg(1, 20_000), postgres),
    "load" => await Load.RunAsync(Arg(1, 64), Arg(2, 60), think, postgres),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("用法：overview [单位数] [--postgres 连接串] | load [客户端数] [秒数] [--think 毫秒] [--postgres 连接串]");
    return 2;
}
