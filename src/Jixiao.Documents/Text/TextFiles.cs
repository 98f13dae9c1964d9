using System.Text;

namespace Jixiao.Documents.Text;

/// <summary>
/// Reads a text file whatever its encoding: UTF-8 (with or without a BOM), UTF-16 LE or BE (with a BOM, or without one
/// when the zero bytes of ASCII characters say which), or GB18030 (common for Chinese government files). The choice
/// between UTF-8 and GB18030 is made on the share of invalid UTF-8 sequences among all multi-byte ones, not on the first:
/// a UTF-8 file with a stray byte stays UTF-8 (the byte becomes U+FFFD and <see cref="DecodedText.Warning"/> says so),
/// while GB18030 text is almost nothing but invalid UTF-8.
/// </summary>
public static class TextFiles
{
    static TextFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Above this share of invalid sequences among the multi-byte ones (a fifth), the text is GB18030, not damaged UTF-8.</summary>
    public const double MaxInvalidUtf8Share = 0.2;

    public static string ReadAllText(string path) => Read(path).Text;

    /// <summary>Reads and decodes <paramref name="path"/>; refuses what is not a regular file or is too large (<see cref="ReadLimits"/>).</summary>
    public static DecodedText Read(string path)
    {
        DocumentLoader.RequireReadableFile(path);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException(path, $"无法读取文件：{DocumentLoader.ReadFailure(e)}", e);
        }
        return DecodeWithWarning(bytes);
    }

    public static string Decode(byte[] bytes) => DecodeWithWarning(bytes).Text;

    /// <summary>The text of <paramref name="bytes"/> and the encoding it was read in, with a warning when bytes were replaced.</summary>
    public static DecodedText DecodeWithWarning(byte[] bytes)
    {
        ReadOnlySpan<byte> b = bytes;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8(bytes, 3);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Utf16(bytes, 2, bigEndian: false, "UTF-16 LE");
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Utf16(bytes, 2, bigEndian: true, "UTF-16 BE");
        if (Utf16WithoutBom(b) is { } bigEndian) return Utf16(bytes, 0, bigEndian, bigEndian ? "UTF-16 BE（无 BOM）" : "UTF-16 LE（无 BOM）");
        var (valid, invalid) = Utf8Sequences(b);
        if (invalid == 0) return Utf8(bytes, 0);
        if (invalid <= MaxInvalidUtf8Share * (valid + invalid)) return Utf8(bytes, 0, invalid);
        return new DecodedText(Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030", null);
    }

    private static DecodedText Utf8(byte[] bytes, int start, int invalid = 0)
    {
        var text = new UTF8Encoding(false, false).GetString(bytes, start, bytes.Length - start).TrimStart('\ufeff');
        return new DecodedText(text, "UTF-8", invalid == 0 ? null
            : $"文件按 UTF-8 读取，其中 {invalid} 处字节不是有效的 UTF-8，已替换为“\ufffd”（附近的文字可能有误）");
    }

    private static DecodedText Utf16(byte[] bytes, int start, bool bigEndian, string name)
    {
        int length = (bytes.Length - start) & ~1;
        var text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: false).GetString(bytes, start, length).TrimStart('\ufeff');
        int replaced = text.Count(c => c == '\ufffd');
        return new DecodedText(text, name, replaced == 0 && length == bytes.Length - start ? null
            : $"文件按 {name} 读取，其中有不完整或无效的字符，已替换为“\ufffd”");
    }

    /// <summary>
    /// UTF-16 without a BOM, told by the zero bytes of its ASCII characters (digits, tabs, line ends): true for big-endian
    /// (zeros at even offsets), false for little-endian (odd offsets), null when the zeros are not so placed. UTF-8 and
    /// GB18030 text has no zero byte.
    /// </summary>
    private static bool? Utf16WithoutBom(ReadOnlySpan<byte> b)
    {
        int pairs = Math.Min(b.Length, 1 << 16) / 2;
        if (pairs < 2) return null;
        int even = 0, odd = 0;
        for (int i = 0; i < pairs; i++)
        {
            if (b[2 * i] == 0) even++;
            if (b[2 * i + 1] == 0) odd++;
        }
        if (odd >= pairs / 5 && even <= odd / 20) return false;
        if (even >= pairs / 5 && odd <= even / 20) return true;
        return null;
    }

    /// <summary>The valid multi-byte UTF-8 sequences of <paramref name="b"/>, and the invalid ones (each stray or cut sequence once).</summary>
    private static (int Valid, int Invalid) Utf8Sequences(ReadOnlySpan<byte> b)
    {
        int valid = 0, invalid = 0;
        for (int i = 0; i < b.Length;)
        {
            byte c = b[i];
            if (c < 0x80) { i++; continue; }
            int n = c switch { >= 0xC2 and <= 0xDF => 1, >= 0xE0 and <= 0xEF => 2, >= 0xF0 and <= 0xF4 => 3, _ => -1 };
            bool ok = n > 0;
            for (int k = 1; ok && k <= n; k++) ok = i + k < b.Length && (b[i + k] & 0xC0) == 0x80;
            if (ok && n == 2 && ((c == 0xE0 && b[i + 1] < 0xA0) || (c == 0xED && b[i + 1] > 0x9F))) ok = false;
            if (ok && n == 3 && ((c == 0xF0 && b[i + 1] < 0x90) || (c == 0xF4 && b[i + 1] > 0x8F))) ok = false;
            if (ok) { valid++; i += n + 1; }
            else { invalid++; i++; }
        }
        return (valid, invalid);
    }
}

/// <summary>A decoded text, the encoding it was read in, and a warning when some bytes could not be decoded.</summary>
public sealed record DecodedText(string Text, string Encoding, string? Warning);
