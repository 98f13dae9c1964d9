using Jixiao.Disclosures;
using Jixiao.Documents.Html;
using Jixiao.Documents.Json;
using Jixiao.Documents.Text;
using Jixiao.Documents.Xlsx;

namespace Jixiao.Documents.Tests;

/// <summary>The Xinglong 2021 seed read once, and written once by each writer into a temporary folder.</summary>
internal static class WrittenSeed
{
    private static readonly Lazy<Disclosure> Read = new(() => PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Xinglong), SeedFiles.Xinglong));

    private static readonly Lazy<string> Folder = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-writers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
        };
        return dir;
    });

    private static readonly Lazy<string> Xlsx = new(() =>
    {
        var path = Path.Combine(Folder.Value, "xinglong-2021.xlsx");
        DisclosureXlsxWriter.Write(Read.Value, path);
        return path;
    });

    private static readonly Lazy<string> Html = new(() =>
    {
        var path = Path.Combine(Folder.Value, "xinglong-2021.html");
        DisclosureHtmlWriter.Write(Read.Value, path);
        return path;
    });

    private static readonly Lazy<string> Json = new(() =>
    {
        var path = Path.Combine(Folder.Value, "xinglong-2021.json");
        DisclosureJsonWriter.Write(Read.Value, path);
        return path;
    });

    public static Disclosure Disclosure => Read.Value;
    public static string XlsxPath => Xlsx.Value;
    public static string HtmlPath => Html.Value;
    public static string JsonPath => Json.Value;

    /// <summary>A fresh temporary folder for a test that writes its own files.</summary>
    public static string NewFolder()
    {
        var dir = Path.Combine(Folder.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// Figures printed in the seed, copied by hand from <c>tests/corpus/real/xinglong-2021-unit-budget.txt</c>: table number,
    /// the row (its code, or its printed name), the 栏次 number of the column, the figure as printed with 2 decimals.
    /// </summary>
    public static TheoryData<int, string, int, string> PrintedFigures => new()
    {
        { 1, "一、一般公共预算拨款收入", 2, "6596.36" },
        { 1, "八、社会保障和就业支出", 4, "53.84" },
        { 1, "十、医疗卫生与计划生育支出", 4, "6523.54" },
        { 1, "二十、住房保障支出", 4, "18.98" },
        { 1, "收入总计", 2, "6596.36" },
        { 1, "支出总计", 4, "6596.36" },
        { 2, "合计", 3, "6596.36" },
        { 2, "2101202", 3, "3450.00" },
        { 2, "2101501", 5, "481.39" },
        { 2, "2210201", 4, "18.98" },
        { 3, "合计", 3, "6596.36" },
        { 3, "合计", 4, "298.30" },
        { 3, "合计", 5, "6298.06" },
        { 3, "2101501", 4, "215.49" },
        { 3, "2101501", 5, "265.90" },
        { 3, "21012", 5, "3450.00" },
        { 4, "本年收入合计", 2, "6596.36" },
        { 4, "十、医疗卫生与计划生育支出", 5, "6523.54" },
        { 5, "合计", 5, "282.12" },
        { 5, "合计", 6, "16.18" },
        { 5, "2080501", 5, "10.00" },
        { 5, "2080501", 6, "0.88" },
        { 5, "2101501", 5, "200.19" },
        { 6, "30101", 3, "100.45" },
        { 6, "30113", 3, "18.98" },
        { 6, "30217", 5, "1.00" },
        { 6, "30231", 5, "1.50" },
        { 6, "303", 4, "10.07" },
        { 6, "30309", 4, "0.07" },
        { 9, "合计", 2, "2.50" },
        { 9, "三、公务接待费", 3, "1.00" },
        { 9, "公务用车运行维护费", 2, "1.50" },
    };
}
