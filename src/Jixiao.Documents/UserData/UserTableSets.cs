using Jixiao.Tables;

namespace Jixiao.Documents.UserData;

/// <summary>
/// A province's own table sets (docs/table-sets.md): every <c>*.json</c> of the user's <c>sets/</c> folder, added to
/// the shipped sets for every reader (a set with a shipped id replaces it), and a single file given as <c>--set FILE</c>.
/// </summary>
public static class UserTableSets
{
    /// <summary>The folder the environment points at (it may not exist).</summary>
    public static string Root() => UserDataFolder.Sub("sets");

    /// <summary>Reads the user folder and gives its sets to <see cref="TableSets.Configure"/>; throws <see cref="TableSetFileException"/> naming a bad file.</summary>
    public static void Apply() => TableSets.Configure(Read(Root()));

    /// <summary>The sets of the <c>*.json</c> files in <paramref name="folder"/>, by file name (none when it does not exist).</summary>
    public static IReadOnlyList<TableSet> Read(string folder) =>
        UserDataFolder.ReadAll(folder, TableSets.ReadFile, s => s.Id, s => s.File ?? "", (path, problem) => new TableSetFileException(path, problem));

    /// <summary>
    /// What <c>--set</c> names: a set's id in <paramref name="library"/>, or the path of a set file (a value ending in
    /// <c>.json</c>), which is added to the library. Throws <see cref="KeyNotFoundException"/> for an unknown id and
    /// <see cref="TableSetFileException"/> for a bad file.
    /// </summary>
    public static (TableSet Set, TableSetLibrary Library) Resolve(string value, TableSetLibrary library)
    {
        if (!value.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return (library.Get(value), library);
        if (!File.Exists(value)) throw new TableSetFileException(value, "文件不存在");
        var set = TableSets.ReadFile(value);
        return (set, library.With([set]));
    }
}
