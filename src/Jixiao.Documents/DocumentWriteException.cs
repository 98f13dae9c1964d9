namespace Jixiao.Documents;

/// <summary>A document that could not be written (folder missing, no permission, disk full, nothing to write): file and reason.</summary>
public sealed class DocumentWriteException(string file, string message, Exception? inner = null) : Exception($"{file}：{message}", inner)
{
    public string File { get; } = file;
}
