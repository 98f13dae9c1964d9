namespace Jixiao.Documents.Forms;

/// <summary>
/// The user's form layouts (docs/form-layouts.md): every <c>*.json</c> of <c>$JIXIAO_DATA/forms/</c>, or without that
/// variable <c>$XDG_CONFIG_HOME/jixiao/forms/</c> (<c>~/.config/jixiao/forms/</c>). A province adds its form by adding
/// a file; a file with the id of a shipped layout replaces it.
/// </summary>
public static class UserFormFolder
{
    /// <summary>The forms folder the environment points at (it may not exist).</summary>
    public static string Root() => UserData.UserDataFolder.Sub("forms");

    /// <summary>Reads the folder the environment points at and uses its layouts; <see cref="FormLayoutException"/> names a bad file.</summary>
    public static void Apply() => FormLayouts.Configure(Read(Root()));

    internal static IReadOnlyList<FormLayout> Read(string formsDir) =>
        UserData.UserDataFolder.ReadAll(formsDir, ReadFile, l => l.Id, l => l.Source, (path, problem) => new FormLayoutException(path, problem));

    private static FormLayout ReadFile(string file)
    {
        string json;
        try { json = File.ReadAllText(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormLayoutException(file, $"无法读取：{e.Message}");
        }
        return FormLayoutParser.Parse(json, file);
    }
}
