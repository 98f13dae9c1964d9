namespace Jixiao.Documents;

/// <summary>A file that cannot be read at all (missing, unreadable, not the expected format): file, place and what was expected.</summary>
public sealed class DocumentReadException(string file, string message, Exception? inner = null) : Exception($"{file}：{message}", inner)
{
    public string File { get; } = file;
}
