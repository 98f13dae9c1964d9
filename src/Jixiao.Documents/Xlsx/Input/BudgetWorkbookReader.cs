using ClosedXML.Excel;
using Jixiao.Budget;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// Imports a budget workbook filled from <see cref="BudgetWorkbookTemplate"/> as a <see cref="UnitBudget"/>. It checks
/// the whole workbook (codes against the year's catalogs, required cells, list values, amounts in 元 with at most two
/// decimals, project codes) and, if anything is wrong, throws one <see cref="WorkbookImportException"/> listing every
/// problem with its sheet, row and column. Nothing is returned partly read. Rules: <c>docs/input-workbook.md</c>.
/// </summary>
public static class BudgetWorkbookReader
{
    /// <summary>Reads the workbook at <paramref name="path"/>; errors name the file by its file name.</summary>
    /// <exception cref="WorkbookImportException">The file is missing or not an .xlsx workbook, or its content is wrong.</exception>
    public static UnitBudget Read(string path)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path)) throw WorkbookImportException.ForFile(file, $"文件不存在（{path}）");
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw WorkbookImportException.ForFile(file, $"无法打开文件：{DocumentLoader.ReadFailure(ex)}", ex);
        }
        using (stream) return Read(stream, file);
    }

    /// <summary>Reads a workbook from <paramref name="stream"/> (e.g. an upload); <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="WorkbookImportException">The stream is not an .xlsx workbook, or its content is wrong.</exception>
    public static UnitBudget Read(Stream stream, string fileName)
    {
        using var workbook = Open(stream, fileName);
        return new BudgetImport(workbook, new ImportErrors(fileName)).Run();
    }

    private static XLWorkbook Open(Stream stream, string fileName)
    {
        const string notAWorkbook = "不是有效的 Excel 工作簿（应为用填报模板填写并保存的 .xlsx 文件）";
        try
        {
            if (stream.CanSeek && stream.Length == 0) throw WorkbookImportException.ForFile(fileName, notAWorkbook + "：文件是空的");
            if (!stream.CanSeek)
            {
                var copy = new MemoryStream();
                stream.CopyTo(copy);
                copy.Position = 0;
                stream = copy;
            }
            // a zip bomb is refused from the sizes it declares, before ClosedXML inflates anything
            if (ReadLimits.ZipBomb(stream) is { } bomb) throw WorkbookImportException.ForFile(fileName, bomb);
            return new XLWorkbook(stream);
        }
        catch (WorkbookImportException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // ClosedXML and System.IO.Packaging throw many kinds of exception for a file that is not a workbook.
            throw WorkbookImportException.ForFile(fileName, notAWorkbook, ex);
        }
    }
}
