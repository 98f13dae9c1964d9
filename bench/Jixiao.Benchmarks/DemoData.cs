namespace Jixiao.Benchmarks;

/// <summary>The Xinglong seed text as shipped in the CLI's demo data (so the benchmark does not depend on ../shared).</summary>
internal static class DemoData
{
    public static string XinglongText()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var p = Path.Combine(dir.FullName, "src", "Jixiao.Cli", "Demo", "xinglong-2021-unit-budget.txt");
            if (File.Exists(p)) return File.ReadAllText(p);
            dir = dir.Parent;
        }
        throw new FileNotFoundException("src/Jixiao.Cli/Demo/xinglong-2021-unit-budget.txt not found above " + AppContext.BaseDirectory);
    }
}
