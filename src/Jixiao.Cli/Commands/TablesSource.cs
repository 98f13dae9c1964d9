using Jixiao.Disclosures;
using Jixiao.Documents;
using Jixiao.Documents.Text;
using Jixiao.Tables;

namespace Jixiao.Cli.Commands;

/// <summary>Where the tables of <c>jixiao tables</c> come from: a data package or workbook (rendered), or a published text (as read).</summary>
internal static class TablesSource
{
    public static Disclosure Load(string path, string setId)
    {
        DocumentLoader.RequireReadableFile(path);
        var set = TableSets.Get(setId);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".txt" or ".text" or ".tsv")
        {
            var read = PublishedTextReader.ReadFile(path);
            if (read.Tables.Count == 0) throw new DocumentReadException(path, "未识别出任何预算公开表");
            return read;
        }
        if (DocumentLoader.IsBudget(path))
        {
            var budget = DocumentLoader.LoadBudget(path);
            try { return TableRenderer.Render(budget, set, RenderPrecision.WanYuan); }
            catch (Jixiao.Catalogs.UnknownCodeException e)
            {
                throw new DocumentReadException(path, $"{e.Message}，无法生成公开表（用 jixiao check {Path.GetFileName(path)} 列出所有问题）", e);
            }
        }
        throw new DocumentReadException(path, $"不支持的文件类型“{ext}”（应为 .json 数据包、.xlsx 填报工作簿或 .txt 公开文本）");
    }
}
