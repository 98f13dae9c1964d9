namespace Jixiao.Cli.Tests;

/// <summary>The real published documents in <c>shared/seeds</c> (beside the repository), found from the test binary.</summary>
internal static class Seeds
{
    public const string Xinglong = "xinglong-2021-unit-budget.txt";
    public const string Xinzhou = "xinzhou-2022-performance-targets.txt";
    public const string Jinzhong = "jinzhong-2021-self-evaluation.txt";

    public static string Path(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(candidate)) return candidate;
            candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "seeds", name);
            if (File.Exists(candidate)) return System.IO.Path.GetFullPath(candidate);
            dir = dir.Parent;
        }
        throw new FileNotFoundException($"seed {name} not found above {AppContext.BaseDirectory} (expected ../shared/seeds beside the repository)");
    }

    /// <summary>The repository root (the folder holding Jixiao.slnx).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Jixiao.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string Text(string name) => File.ReadAllText(Path(name));
}
