using Jixiao.Disclosures;
using Jixiao.Documents.Text;

namespace Jixiao.Documents;

/// <summary>Opens any document Jixiao reads, by its extension, as a <see cref="Disclosure"/> to check.</summary>
public static class DocumentLoader
{
    public static Disclosure Load(string path)
    {
        if (!File.Exists(path)) throw new DocumentReadException(path, "文件不存在");
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".text" or ".tsv" or "" => PublishedTextReader.ReadFile(path),
            _ => throw new DocumentReadException(path, $"不支持的文件类型“{ext}”（应为 .txt 公开文本、.json 数据包或 .xlsx 填报工作簿）"),
        };
    }
}
