using Jixiao.Disclosures;
using Jixiao.Documents;
using Jixiao.Documents.Html;
using Jixiao.Documents.Json;
using Jixiao.Documents.Xlsx;
using Jixiao.Tables;

namespace Jixiao.Application.Tables;

/// <summary>
/// The disclosure tables of a file: a data package or workbook rendered (万元, rounded so that printed sums add up), or
/// a published document re-laid out from what was read; and written as a workbook, a page or JSON.
/// </summary>
public static class DisclosureTables
{
    /// <summary>The formats the tables are written in.</summary>
    public static readonly IReadOnlyList<OutputFormat> Formats = [OutputFormat.Xlsx, OutputFormat.Html, OutputFormat.Json];

    /// <summary>The tables of <paramref name="path"/>; a <see cref="DocumentReadException"/> naming the file when it has none.</summary>
    /// <param name="set">the set a package or workbook is rendered in</param>
    /// <param name="sets">the sets a published document is recognised by (with a province's own set file among them)</param>
    public static Disclosure Load(string path, TableSet set, TableSetLibrary sets)
    {
        DocumentLoader.RequireReadableFile(path);
        var file = FileTypes.Of(path);
        if (file.IsBudget)
        {
            var budget = DocumentLoader.LoadBudget(path);
            try { return TableRenderer.Render(budget, set, RenderPrecision.WanYuan); }
            catch (Jixiao.Catalogs.UnknownCodeException e)
            {
                throw new DocumentReadException(path, $"{e.Message}，无法生成公开表（用 jixiao check {Path.GetFileName(path)} 列出所有问题）", e);
            }
        }
        if (file.Kind == InputKind.Unsupported)
            throw FileTypes.Unsupported(path, $"应为 .json 数据包、.xlsx 填报工作簿，或公开文件 {string.Join("、", FileTypes.PublishedExtensions)}");
        // a published document is re-laid out from what was read, in its own set
        var read = DocumentLoader.Load(path, sets);
        if (read.Tables.Count == 0) throw new DocumentReadException(path, "未识别出任何预算公开表");
        return read;
    }

    /// <summary>Writes the tables in <paramref name="format"/> (one of <see cref="Formats"/>), whole or not at all.</summary>
    public static void Write(Disclosure disclosure, OutputFormat format, string path)
    {
        switch (format)
        {
            case OutputFormat.Xlsx: DisclosureXlsxWriter.Write(disclosure, path); break;
            case OutputFormat.Html: DisclosureHtmlWriter.Write(disclosure, path); break;
            case OutputFormat.Json: DisclosureJsonWriter.Write(disclosure, path); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "公开表只写出 xlsx、html 或 json");
        }
    }
}
