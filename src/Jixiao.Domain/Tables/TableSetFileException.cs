namespace Jixiao.Tables;

/// <summary>A table-set file that cannot be used (bad JSON, a missing field, a relation to a table the set lacks); the message names the file.</summary>
public sealed class TableSetFileException(string file, string problem, Exception? inner = null)
    : Exception($"表套文件 {file}：{problem}", inner)
{
    /// <summary>The file as the message names it.</summary>
    public string File { get; } = file;
}
