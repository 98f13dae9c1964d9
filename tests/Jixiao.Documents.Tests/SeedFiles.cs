namespace Jixiao.Documents.Tests;

/// <summary>Finds the real documents the tests read (<c>tests/corpus/real/</c>) from the repository root.</summary>
internal static class SeedFiles
{
    public const string Xinglong = "xinglong-2021-unit-budget.txt";
    public const string Xinzhou = "xinzhou-2022-performance-targets.txt";
    public const string Jinzhong = "jinzhong-2021-self-evaluation.txt";
    public const string Putuo = "putuo-2024-final-accounts.pdf";
    public const string FinalAccountsTemplate = "final-accounts-template-2024.pdf";

    /// <summary>The text of seed <paramref name="name"/>.</summary>
    public static string Text(string name) => File.ReadAllText(Path(name));

    public static string Path(string name)
    {
        var candidate = System.IO.Path.Combine(RepositoryRoot(), "tests", "corpus", "real", name);
        if (File.Exists(candidate)) return candidate;
        throw new FileNotFoundException($"找不到测试文件 tests/corpus/real/{name}");
    }

    /// <summary>The repository root (the folder holding Jixiao.slnx).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("找不到仓库根目录（Jixiao.slnx）");
    }
}
