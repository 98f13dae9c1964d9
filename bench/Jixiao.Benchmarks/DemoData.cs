namespace Jixiao.Benchmarks;

/// <summary>The Xinglong seed text and the demo package as shipped in the CLI's demo data (so the benchmark does not depend on ../shared).</summary>
internal static class DemoData
{
    public static string XinglongText() => File("xinglong-2021-unit-budget.txt");

    /// <summary>A file of src/Jixiao.Application/Demo, found above the benchmark's folder.</summary>
    public static string File(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var p = Path.Combine(dir.FullName, "src", "Jixiao.Application", "Demo", name);
            if (System.IO.File.Exists(p)) return System.IO.File.ReadAllText(p);
            dir = dir.Parent;
        }
        throw new FileNotFoundException($"src/Jixiao.Application/Demo/{name} not found above " + AppContext.BaseDirectory);
    }
}
