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
}
