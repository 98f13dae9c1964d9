namespace Jixiao.Catalogs;

/// <summary>A catalog file that cannot be used (bad JSON, a missing field, a change that does not apply); the message names the file.</summary>
public sealed class CatalogDataException(string file, string problem)
    : Exception($"科目目录文件 {file}：{problem}")
{
    /// <summary>The file as the message names it.</summary>
    public string File { get; } = file;

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; } = problem;
}
