using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Documents.Package;
using Jixiao.Documents.Text;
using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents;

/// <summary>
/// Opens what Jixiao reads, by extension: a published text (<c>.txt</c>) as a <see cref="Disclosure"/>; a data
/// package (<c>.json</c>) or a filled budget workbook (<c>.xlsx</c>) as a <see cref="UnitBudget"/>. Every failure to
/// read surfaces as a <see cref="DocumentReadException"/> whose message names the file and each problem.
/// </summary>
public static class DocumentLoader
{
    /// <summary>True for the extensions of a budget (data package or workbook) rather than a published text.</summary>
    public static bool IsBudget(string path) => Path.GetExtension(path).ToLowerInvariant() is ".json" or ".xlsx";

    /// <summary>Reads a published text disclosure.</summary>
    public static Disclosure Load(string path)
    {
        if (!File.Exists(path)) throw new DocumentReadException(path, "文件不存在");
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var disclosure = ext switch
        {
            ".txt" or ".text" or ".tsv" or "" => PublishedTextReader.ReadFile(path),
            _ => throw new DocumentReadException(path, $"不支持的文件类型“{ext}”（应为 .txt 公开文本、.json 数据包或 .xlsx 填报工作簿）"),
        };
        // Nothing recognised at all is not a clean document: every rule would be “not applicable” and the exit code 0.
        if (disclosure.Kind == DocumentKind.Unknown && disclosure.Tables.Count == 0 && disclosure.TargetForms.Count == 0)
            throw new DocumentReadException(path, new FileInfo(path).Length == 0
                ? "文件是空的"
                : "未识别为预算公开文件：没有找到任何预算公开表、绩效目标申报表或绩效自评表的标题");
        // A title of a target form with no form behind it (项目名称, 资金, 绩效指标 all missing) has nothing to check.
        if (disclosure.Kind == DocumentKind.PerformanceTargets && disclosure.Tables.Count == 0 && disclosure.TargetForms.Count == 0)
            throw new DocumentReadException(path, "有绩效目标申报表的标题，但没有读到任何一张表的内容（项目名称、项目资金、绩效指标都未找到）");
        return disclosure;
    }

    /// <summary>Reads a data package or a filled budget workbook.</summary>
    public static UnitBudget LoadBudget(string path)
    {
        if (!File.Exists(path)) throw new DocumentReadException(path, "文件不存在");
        UnitBudget budget;
        try
        {
            budget = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".json" => UnitBudgetPackage.Read(path),
                ".xlsx" => BudgetWorkbookReader.Read(path),
                var ext => throw new DocumentReadException(path, $"不支持的文件类型“{ext}”（应为 .json 数据包或 .xlsx 填报工作簿）"),
            };
        }
        catch (PackageException e) { throw new DocumentReadException(path, Strip(e.Message, path), e); }
        catch (WorkbookImportException e) { throw new DocumentReadException(path, Strip(e.Message, path), e); }
        // Without the year's catalogs no table can be derived and no code checked: say so instead of guessing a year.
        if (!Jixiao.Catalogs.CatalogSet.AvailableYears.Contains(budget.Year.Value))
            throw new DocumentReadException(path,
                $"预算年度 {budget.Year.Value} 没有科目目录（现有：{Jixiao.Catalogs.CatalogSet.AvailableYearsText} 年），无法检查或生成公开表");
        return budget;
    }

    // The inner messages already start with the file name.
    private static string Strip(string message, string path)
    {
        foreach (var prefix in new[] { path + "：", Path.GetFileName(path) + "：" })
            if (message.StartsWith(prefix, StringComparison.Ordinal)) return message[prefix.Length..];
        return message;
    }
}
