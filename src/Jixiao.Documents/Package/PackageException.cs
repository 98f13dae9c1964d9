namespace Jixiao.Documents.Package;

/// <summary>
/// A data package that cannot be read: every problem found (not the first only), each naming file, JSON path,
/// what was expected and what was found. Nothing of the package is returned when this is thrown.
/// </summary>
public sealed class PackageException(string file, IReadOnlyList<PackageError> errors)
    : Exception(Describe(file, errors))
{
    public string File { get; } = file;

    public IReadOnlyList<PackageError> Errors { get; } = errors;

    private static string Describe(string file, IReadOnlyList<PackageError> errors)
    {
        var lines = errors.Take(20).Select(e => "  " + e.Path + "：应为" + e.Expected + "，实为" + e.Found);
        var more = errors.Count > 20 ? $"\n  ……另有 {errors.Count - 20} 处" : "";
        return $"{file}：数据包有 {errors.Count} 处错误：\n{string.Join("\n", lines)}{more}";
    }
}
