namespace Jixiao.Documents.Tests;

/// <summary>Finds the shared seed documents (<c>shared/seeds/</c>) by walking up from the test binaries.</summary>
internal static class SeedFiles
{
    public const string Xinglong = "xinglong-2021-unit-budget.txt";
    public const string Xinzhou = "xinzhou-2022-performance-targets.txt";
    public const string Jinzhong = "jinzhong-2021-self-evaluation.txt";

    /// <summary>The text of seed <paramref name="name"/>.</summary>
    public static string Text(string name) => File.ReadAllText(Path(name));

    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"找不到种子文件 shared/seeds/{name}（从 {AppContext.BaseDirectory} 向上查找）");
    }

    /// <summary>The repository root (the folder holding Jixiao.slnx).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("找不到仓库根目录（Jixiao.slnx）");
    }
}
