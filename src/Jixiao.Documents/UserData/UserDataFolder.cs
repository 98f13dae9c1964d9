namespace Jixiao.Documents.UserData;

/// <summary>
/// The user's data folder, read when jixiao starts: <c>$JIXIAO_DATA</c>, or without that variable
/// <c>$XDG_CONFIG_HOME/jixiao</c> (<c>~/.config/jixiao</c>). Its subfolders add reference data to the shipped:
/// <c>catalogs/</c> (docs/catalogs.md), <c>sets/</c> (docs/table-sets.md).
/// </summary>
public static class UserDataFolder
{
    /// <summary>The environment variable naming the user's data folder.</summary>
    public const string Variable = "JIXIAO_DATA";

    /// <summary>The subfolder <paramref name="name"/> of the folder the environment points at (it may not exist).</summary>
    public static string Sub(string name)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } data) return Path.Combine(data, name);
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } x
            ? x
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(config, "jixiao", name);
    }

    /// <summary>
    /// Every <c>*.json</c> of <paramref name="folder"/> (none when it does not exist), in file-name order, read by
    /// <paramref name="read"/>; two of one id (case-insensitive) are refused. <paramref name="fail"/> makes the error that
    /// names a file (or the folder) and what is wrong.
    /// </summary>
    public static List<T> ReadAll<T>(string folder, Func<string, T> read, Func<T, string> id, Func<T, string> file,
        Func<string, string, Exception> fail)
    {
        var all = new List<T>();
        if (!Directory.Exists(folder)) return all;
        string[] files;
        try { files = Directory.GetFiles(folder, "*.json"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw fail(folder, $"无法读取：{e.Message}"); }
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var path in files)
        {
            var item = read(path);
            if (all.FirstOrDefault(x => string.Equals(id(x), id(item), StringComparison.OrdinalIgnoreCase)) is { } twin)
                throw fail(path, $"id：“{id(item)}”与 {file(twin)} 重复");
            all.Add(item);
        }
        return all;
    }
}
