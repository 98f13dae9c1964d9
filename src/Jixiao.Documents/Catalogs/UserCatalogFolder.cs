using System.Globalization;
using Jixiao.Catalogs;

namespace Jixiao.Documents.Catalogs;

/// <summary>
/// The user's catalog folder (docs/catalogs.md): <c>$JIXIAO_DATA/catalogs/&lt;year&gt;/</c>, or without that variable
/// <c>$XDG_CONFIG_HOME/jixiao/catalogs/&lt;year&gt;/</c> (<c>~/.config/jixiao/catalogs/&lt;year&gt;/</c>). Each year folder holds a
/// whole year or a <c>changes.json</c> against a base year; it adds that year or replaces the shipped one.
/// </summary>
public static class UserCatalogFolder
{
    /// <summary>The environment variable naming the user's data folder (its <c>catalogs/</c> subfolder holds the years).</summary>
    public const string Variable = UserData.UserDataFolder.Variable;

    /// <summary>The catalogs folder the environment points at (it may not exist).</summary>
    public static string Root() => UserData.UserDataFolder.Sub("catalogs");

    /// <summary>Reads the user folder the environment points at and gives its years to <see cref="CatalogSet.Configure"/>.</summary>
    public static void Apply() => CatalogSet.Configure(Read(Root()));

    /// <summary>
    /// The year folders under <paramref name="catalogsDir"/> (none when it does not exist); throws
    /// <see cref="CatalogDataException"/> naming the folder or file that cannot be read.
    /// </summary>
    public static IReadOnlyList<CatalogYearFiles> Read(string catalogsDir)
    {
        if (!Directory.Exists(catalogsDir)) return [];
        var years = new List<CatalogYearFiles>();
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(catalogsDir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(dir);
                if (name.StartsWith('.')) continue;
                if (name.Length != 4 || !int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                    || year is < Codes.FiscalYear.MinValue or > Codes.FiscalYear.MaxValue)
                    throw new CatalogDataException(dir, $"文件夹名应为预算年度（{Codes.FiscalYear.MinValue}–{Codes.FiscalYear.MaxValue} 的四位数字），如 catalogs/2028/");
                var files = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var file in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
                    files[Path.GetFileName(file)] = ReadFile(file);
                if (files.Count == 0)
                    throw new CatalogDataException(dir, $"文件夹里没有目录文件（应有 {CatalogLibrary.ChangesFile}，或 {string.Join("、", CatalogLibrary.WholeYearFiles)}）");
                years.Add(new CatalogYearFiles(year, dir, files));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogDataException(catalogsDir, $"无法读取：{e.Message}");
        }
        return years;
    }

    private static string ReadFile(string file)
    {
        try { return File.ReadAllText(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogDataException(file, $"无法读取：{e.Message}");
        }
    }
}
