using System.Globalization;
using System.IO.Compression;

namespace Jixiao.Documents;

/// <summary>
/// The limits on the size of what is read (docs/reliability.md, “Limits on hostile files”), in one place, so that a
/// hostile file is refused with a message naming it before it is loaded: a text or package above
/// <see cref="MaxTextBytes"/>, and a workbook that would inflate beyond <see cref="MaxUnzippedBytes"/> or whose parts
/// compress suspiciously well (a zip bomb: 3 MB that inflate to 3 GiB). Each limit can be changed without rebuilding,
/// through an environment variable read when a file is opened.
/// </summary>
public static class ReadLimits
{
    /// <summary>The environment variable with the largest text (<c>.txt</c>) or data package (<c>.json</c>) read, in MiB.</summary>
    public const string TextVariable = "JIXIAO_MAX_TEXT_MB";

    /// <summary>The environment variable with the largest total a workbook's parts may inflate to, in MiB.</summary>
    public const string UnzippedVariable = "JIXIAO_MAX_XLSX_MB";

    /// <summary>The environment variable with the largest compression ratio of a workbook's part.</summary>
    public const string RatioVariable = "JIXIAO_MAX_ZIP_RATIO";

    /// <summary>Default largest text or package: 64 MiB (a province's whole disclosure is a few MB).</summary>
    public const long DefaultTextMiB = 64;

    /// <summary>Default largest inflated workbook: 200 MiB (the parts of a filled budget workbook are a few MB).</summary>
    public const long DefaultUnzippedMiB = 200;

    /// <summary>
    /// Default largest compression ratio of one part: 100 (sheets of a real workbook compress 5–20 times). Parts that
    /// inflate to less than <see cref="RatioFloorBytes"/> are not judged by their ratio: a small, regular part (styles) can
    /// compress well without harm.
    /// </summary>
    public const long DefaultRatio = 100;

    /// <summary>A part inflating to less than this (1 MiB) is not judged by its compression ratio.</summary>
    public const long RatioFloorBytes = 1L << 20;

    public static long MaxTextBytes => MiB(TextVariable, DefaultTextMiB);

    public static long MaxUnzippedBytes => MiB(UnzippedVariable, DefaultUnzippedMiB);

    public static long MaxRatio => Positive(RatioVariable, DefaultRatio);

    /// <summary>Why a text or package of <paramref name="length"/> bytes is not read, or null when it is within the limit.</summary>
    public static string? TextTooLarge(long length)
    {
        long max = MaxTextBytes;
        return length <= max ? null
            : $"文件太大（{Describe(length)}，超过 {Describe(max)} 的上限），未读取；如确需读取，可设置环境变量 {TextVariable}（单位 MiB）";
    }

    /// <summary>
    /// Why the zip archive (a workbook) in <paramref name="stream"/> is not opened, judged from the sizes its central
    /// directory declares without inflating anything; null when it is within the limits or is no zip at all (the reader
    /// then says what it is). The stream is left at its start.
    /// </summary>
    public static string? ZipBomb(Stream stream)
    {
        if (!stream.CanSeek) return null;
        long start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0, maxTotal = MaxUnzippedBytes, maxRatio = MaxRatio;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > maxTotal)
                    return $"解压后超过 {Describe(maxTotal)}（疑为压缩炸弹），未打开；如确需读取，可设置环境变量 {UnzippedVariable}（单位 MiB）";
                if (entry.Length >= RatioFloorBytes && entry.Length > maxRatio * Math.Max(1, entry.CompressedLength))
                    return $"其中的“{entry.FullName}”压缩比超过 {maxRatio}:1（{Describe(entry.CompressedLength)} 解压为 {Describe(entry.Length)}，疑为压缩炸弹），未打开；如确需读取，可设置环境变量 {RatioVariable}";
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return null;
        }
        finally { stream.Position = start; }
    }

    /// <summary>A size as a person reads it: 3.0 GiB, 64 MiB, 512 KiB.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " 字节",
    };

    private static long MiB(string variable, long fallback) => Positive(variable, fallback) * (1L << 20);

    // a whole positive number from the environment, the default when absent or unreadable
    private static long Positive(string variable, long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out long v) && v is > 0 and < 1L << 40
            ? v : fallback;
}
