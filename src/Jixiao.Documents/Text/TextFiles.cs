using System.Text;

namespace Jixiao.Documents.Text;

/// <summary>Reads a text file as UTF-8, falling back to GB18030 (common for Chinese government files) when it is not valid UTF-8.</summary>
public static class TextFiles
{
    static TextFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string ReadAllText(string path)
    {
        DocumentLoader.RequireReadableFile(path);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException(path, $"无法读取文件：{DocumentLoader.ReadFailure(e)}", e);
        }
        return Decode(bytes);
    }

    public static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\ufeff');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
