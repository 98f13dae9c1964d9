using System.Text;
using System.Text.Json;
using Jixiao.Budget;

namespace Jixiao.Documents.Package;

/// <summary>
/// The data package of a unit budget: JSON, amounts in 元 (docs/package-format.md, schema
/// docs/schema/unit-budget.schema.json). Reading validates the whole file and throws <see cref="PackageException"/>
/// with every error (file, JSON path, expected, found); it throws nothing else, and returns nothing partial.
/// </summary>
public static class UnitBudgetPackage
{
    /// <summary>The format name written in <c>format</c>.</summary>
    public const string Format = PackageReader.FormatName;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    /// <summary>Reads a package file.</summary>
    public static UnitBudget Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new PackageException(path, [new PackageError(path, "$", "可读取的 JSON 文件", DocumentLoader.ReadFailure(e))]);
        }
        return Parse(bytes, path);
    }

    /// <summary>Reads a package from its JSON text; <paramref name="file"/> names it in errors.</summary>
    public static UnitBudget Parse(string json, string file = "数据包") => Parse(Encoding.UTF8.GetBytes(json ?? ""), file);

    /// <summary>Reads a package from UTF-8 bytes (a BOM is allowed); <paramref name="file"/> names it in errors.</summary>
    public static UnitBudget Parse(ReadOnlyMemory<byte> utf8, string file = "数据包") => Parse(utf8, file, validated: false);

    /// <summary>
    /// Reads a package that was validated against the schema when it was stored (a revision Jixiao saved, whose hash
    /// the caller has checked): the schema is not evaluated again; the records and the domain's checks still are.
    /// </summary>
    public static UnitBudget ParseStored(ReadOnlyMemory<byte> utf8, string file = "数据包") => Parse(utf8, file, validated: true);

    private static UnitBudget Parse(ReadOnlyMemory<byte> utf8, string file, bool validated)
    {
        if (utf8.Span.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            int bad = FirstInvalidByte(utf8.Span);
            throw new PackageException(file, [new PackageError(file, "$", "UTF-8 编码的 JSON 文本", $"第 {bad + 1} 个字节起不是有效的 UTF-8")]);
        }
        if (IsBlank(utf8.Span))
            throw new PackageException(file, [new PackageError(file, "$", "JSON 格式的数据包", "文件是空的")]);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            throw new PackageException(file, [new PackageError(file, e.Path ?? "$", "符合 JSON 语法的文本", Jixiao.Text.JsonSyntax.Describe(e))]);
        }
        catch (ArgumentException e)
        {
            throw new PackageException(file, [new PackageError(file, "$", "UTF-8 编码的 JSON 文本", e.Message)]);
        }
        using (doc)
        {
            var reader = new PackageReader(file);
            UnitBudget? budget;
            try
            {
                budget = reader.Read(doc.RootElement, validated);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException or ArgumentException)
            {
                // A value the checks above let through but the domain refuses: still an error of the package, with what we know.
                throw new PackageException(file, [.. reader.Errors, new PackageError(file, "$", "可读取的数据包", e.Message)]);
            }
            if (reader.Errors.Count > 0 || budget is null)
                throw new PackageException(file, reader.Errors.Count > 0 ? reader.Errors : [new PackageError(file, "$", "数据包", "无法读取")]);
            return budget;
        }
    }

    /// <summary>The package of <paramref name="budget"/> as JSON text (Chinese names, amounts in 元 with two decimals).</summary>
    public static string Write(UnitBudget budget)
    {
        using var stream = new MemoryStream();
        PackageWriter.Write(budget, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the package of <paramref name="budget"/> to a stream as UTF-8 JSON.</summary>
    public static void Write(UnitBudget budget, Stream stream) => PackageWriter.Write(budget, stream);

    /// <summary>Writes the package of <paramref name="budget"/> to a file.</summary>
    /// <summary>Writes the package to <paramref name="path"/>, all or nothing (a temp file moved into place).</summary>
    public static void WriteFile(UnitBudget budget, string path) => AtomicFile.Write(path, stream => PackageWriter.Write(budget, stream));

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return i;
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (byte b in utf8) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        return true;
    }

}
