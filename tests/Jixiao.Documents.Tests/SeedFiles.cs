namespace Jixiao.Documents.Tests;

/// <summary>Locates the shared seed documents (<c>shared/seeds/</c>) by walking up from the test binary.</summary>
internal static class SeedFiles
{
    private static readonly Lazy<string> Directory = new(Find);

    /// <summary>The full path of seed <paramref name="name"/>, e.g. <c>xinglong-2021-unit-budget.txt</c>.</summary>
    public static string Path(string name) => System.IO.Path.Combine(Directory.Value, name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(seeds)) return seeds;
        }
        throw new DirectoryNotFoundException($"在 {AppContext.BaseDirectory} 的上级目录中找不到 shared/seeds");
    }
}
