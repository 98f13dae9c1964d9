namespace Jixiao.Documents.Forms;

/// <summary>A form layout file that cannot be used: the message names the file and the field (in Chinese).</summary>
public sealed class FormLayoutException(string file, string problem) : Exception($"表样文件 {file}：{problem}")
{
    /// <summary>The file as the message names it.</summary>
    public string File { get; } = file;

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; } = problem;
}
