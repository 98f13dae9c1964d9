using System.Security.Cryptography;
using Jixiao.Web.Setup;

namespace Jixiao.Web.Records;

/// <summary>
/// Uploaded and published files, stored under the data folder by their SHA-256 (files/ab/abcd…): written to a temporary
/// name and moved into place, so that a file is whole or absent; the same content is stored once. A file written by a
/// save that then fails is an unreferenced copy, never a half-written one.
/// </summary>
public sealed class FileStore(JixiaoOptions options)
{
    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        string sha = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        string path = PathOf(sha);
        if (File.Exists(path)) return sha;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.WriteThrough))
            await stream.WriteAsync(content, cancellationToken);
        File.Move(temp, path, overwrite: true);
        return sha;
    }

    public Stream Open(string sha) => File.OpenRead(PathOf(sha));

    public bool Exists(string sha) => File.Exists(PathOf(sha));

    public string PathOf(string sha)
    {
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("不是 SHA-256", nameof(sha));
        return Path.Combine(options.FilesFolder, sha[..2], sha);
    }

    /// <summary>The media type a file is served with, by its extension.</summary>
    public static string MediaType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".json" => "application/json",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".html" or ".htm" => "text/html",
        ".txt" => "text/plain; charset=utf-8",
        ".xls" => "application/vnd.ms-excel",
        ".doc" => "application/msword",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
