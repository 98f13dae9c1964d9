using Jixiao.Disclosures;
using Jixiao.Documents;
using Jixiao.Tables;

namespace Jixiao.Cli.Commands;

/// <summary>Where the tables of <c>jixiao tables</c> come from: a data package or workbook (rendered), or a published document (as read).</summary>
internal static class TablesSource
{
    /// <param name="set">the set a package or workbook is rendered in</param>
    /// <param name="sets">the sets a published document is recognised by (with a <c>--set FILE</c> among them)</param>
    public static Disclosure Load(string path, TableSet set, TableSetLibrary sets)
    {
        DocumentLoader.RequireReadableFile(path);
        if (DocumentLoader.IsBudget(path))
        {
            var budget = DocumentLoader.LoadBudget(path);
            try { return TableRenderer.Render(budget, set, RenderPrecision.WanYuan); }
            catch (Jixiao.Catalogs.UnknownCodeException e)
            {
                throw new DocumentReadException(path, $"{e.Message}，无法生成公开表（用 jixiao check {Path.GetFileName(path)} 列出所有问题）", e);
            }
        }
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext.Length > 0 && !DocumentLoader.PublishedExtensions.Contains(ext))
            throw new DocumentReadException(path, $"不支持的文件类型“{ext}”（应为 .json 数据包、.xlsx 填报工作簿，或公开文件 {string.Join("、", DocumentLoader.PublishedExtensions)}）");
        // a published document is re-laid out from what was read, in its own set
        var read = DocumentLoader.Load(path, sets);
        if (read.Tables.Count == 0) throw new DocumentReadException(path, "未识别出任何预算公开表");
        return read;
    }
}
