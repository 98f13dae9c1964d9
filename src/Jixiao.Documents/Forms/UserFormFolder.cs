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

    internal static IReadOnlyList<FormLayout> Read(string formsDir)
    {
        if (!Directory.Exists(formsDir)) return [];
        var layouts = new List<FormLayout>();
        IEnumerable<string> files;
        try { files = Directory.EnumerateFiles(formsDir, "*.json").Order(StringComparer.Ordinal).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormLayoutException(formsDir, $"无法读取：{e.Message}");
        }
        foreach (var file in files)
        {
            string json;
            try { json = File.ReadAllText(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new FormLayoutException(file, $"无法读取：{e.Message}");
            }
            var layout = FormLayoutParser.Parse(json, file);
            if (layouts.FirstOrDefault(l => string.Equals(l.Id, layout.Id, StringComparison.OrdinalIgnoreCase)) is { } twin)
                throw new FormLayoutException(file, $"id：“{layout.Id}”与 {twin.Source} 重复");
            layouts.Add(layout);
        }
        return layouts;
    }
}
